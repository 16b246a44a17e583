// Which view this window shows: the main window, or (Electron) one conversation from
// `#/conversation/<id>`.
import { useEffect, useSyncExternalStore } from 'react';
import { ConversationWindow } from '../components/conversation/ConversationWindow';
import { MainWindow } from '../components/main-window/MainWindow';
import { Notices } from '../components/main-window/Notices';
import { useDisplayNames } from '../stores/contacts';
import { useConversations } from '../stores/conversations';
import { useSession } from '../stores/session';
import { l10n, useLanguage } from '../strings';
import { useWindowKeys } from './keyboard';
import { useThemeOnRoot } from './theme';
import { isolateText } from '../components/isolate';

const NO_ONE: string[] = [];

function subscribeHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function conversationIdFromHash(hash: string): string | null {
  const match = /^#\/conversation\/(.+)$/.exec(hash);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

function ConversationRoute({ id }: { id: string }): React.JSX.Element {
  const participants = useConversations((s) => s.byId[id]?.participants ?? NO_ONE);
  const title = useDisplayNames(participants).join(', ');
  const language = useLanguage();
  useEffect(() => {
    document.title = title ? l10n.conversation.title({ names: isolateText(title) }) : l10n.appName;
  }, [title, language]);
  return (
    <div className="app app--conversation">
      <ConversationWindow conversationId={id} />
      <Notices />
    </div>
  );
}

export function App(): React.JSX.Element {
  useWindowKeys();
  useThemeOnRoot();
  // Every component below renders again in the new language (memo'd ones call it themselves).
  useLanguage();
  const hash = useSyncExternalStore(subscribeHash, () => window.location.hash);
  const loaded = useSession((s) => s.loaded);
  const conversationId = conversationIdFromHash(hash);
  if (!loaded) return <div className="app app--loading" aria-busy="true" />;
  if (conversationId) return <ConversationRoute id={conversationId} />;
  return <MainWindow />;
}
