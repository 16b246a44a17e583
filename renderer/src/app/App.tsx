// Which view this window shows: the main window, or (Electron) one conversation from
// `#/conversation/<id>`.
import { l10n, useLanguage } from '../strings';
import { useEffect, useSyncExternalStore } from 'react';
import { ConversationWindow } from '../components/conversation/ConversationWindow';
import { MainWindow } from '../components/main-window/MainWindow';
import { Notices } from '../components/main-window/Notices';
import { useDisplayNames } from '../stores/contacts';
import { useConversations } from '../stores/conversations';
import { useSession } from '../stores/session';
import { useSignedInAccounts } from '../stores/signedInAccounts';
import { accountEmail } from '@shared/ipc/account-id';
import { useWindowKeys } from './keyboard';
import { useThemeOnRoot } from './theme';
import { isolateText } from '../components/isolate';
import { conversationIdFromHash } from './route';

export { conversationIdFromHash };
import { LiveRegions } from '../components/live/LiveRegions';
import { watchSignIn } from './announceEvents';

const NO_ONE: string[] = [];

function subscribeHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function ConversationRoute({ id }: { id: string }): React.JSX.Element {
  const participants = useConversations((s) => s.byId[id]?.participants ?? NO_ONE);
  const title = useDisplayNames(participants).join(', ');
  // With several accounts signed in, the title says which one the conversation belongs to.
  const account = useConversations((s) => s.byId[id]?.account);
  const several = useSignedInAccounts((s) => s.accounts.length > 1);
  const mine = several && account ? accountEmail(account) : null;
  const language = useLanguage();
  useEffect(() => {
    if (!title) document.title = l10n.appName;
    else if (mine)
      document.title = l10n.accounts.conversationTitle({
        names: isolateText(title),
        account: mine,
      });
    else document.title = l10n.conversation.title({ names: isolateText(title) });
  }, [title, mine, language]);
  return (
    <main className="app app--conversation">
      <h1 className="visually-hidden">{title || l10n.appName}</h1>
      <ConversationWindow conversationId={id} focusOnOpen />
      <Notices />
    </main>
  );
}

export function App(): React.JSX.Element {
  useWindowKeys();
  useThemeOnRoot();
  // Every component below renders again in the new language (memo'd ones call it themselves).
  useLanguage();
  const hash = useSyncExternalStore(subscribeHash, () => window.location.hash);
  const loaded = useSession((s) => s.loaded);
  useEffect(watchSignIn, []);
  const conversationId = conversationIdFromHash(hash);
  // The live regions stay mounted whatever the view, so they exist before they speak.
  return (
    <>
      {!loaded ? (
        <div className="app app--loading" aria-busy="true" />
      ) : conversationId ? (
        <ConversationRoute id={conversationId} />
      ) : (
        <MainWindow />
      )}
      <LiveRegions />
    </>
  );
}
