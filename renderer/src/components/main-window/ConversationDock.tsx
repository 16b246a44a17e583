// Web harness only: conversations show beside the list as tabs, the newest in front.
import { l10n } from '../../strings';
import { AppMark } from '../../art/AppMark';
import { displayName, useContacts } from '../../stores/contacts';
import { closeConversationView } from '../../stores/actions';
import { useConversations } from '../../stores/conversations';
import { useSignedInAccounts } from '../../stores/signedInAccounts';
import { useUi } from '../../stores/ui';
import { accountEmail } from '@shared/ipc/account-id';
import { ConversationWindow } from '../conversation/ConversationWindow';

export function ConversationDock(): React.JSX.Element | null {
  const tabs = useUi((s) => s.tabs);
  const active = useUi((s) => s.activeConversation);
  // A tab picked stays focused (the tabs pattern); opening from the list moves into the input.
  const show = useUi((s) => s.showConversation);
  const byId = useConversations((s) => s.byId);
  // With several accounts signed in, the dock says whose conversations these are.
  const shown = useSignedInAccounts((s) => (s.accounts.length > 1 ? s.shown : null));
  const whose = shown ? (
    <p className="dock__account">{l10n.accounts.dockAccount({ account: accountEmail(shown) })}</p>
  ) : null;
  // A string, so the dock re-renders only when a tab's title changes, not on every presence
  // (JSON, not a separator: a name may hold any character, a line break included).
  const titles = JSON.parse(
    useContacts((s) =>
      JSON.stringify(
        tabs.map(
          (id) =>
            (byId[id]?.participants ?? [])
              .map((e) => displayName(s.nicknames, e, s.byEmail[e]))
              .join(', ') || id,
        ),
      ),
    ),
  ) as string[];
  if (tabs.length === 0 || !active) {
    return (
      <section className="dock dock--empty" aria-label={l10n.conversation.tabs}>
        {whose}
        <AppMark size={64} />
        <p className="muted">{l10n.conversation.dockHint}</p>
      </section>
    );
  }
  const title = (id: string): string => titles[tabs.indexOf(id)] ?? id;
  return (
    <section className="dock" aria-label={l10n.conversation.tabs}>
      {whose}
      <div className="dock__tabs" role="tablist" aria-label={l10n.conversation.tabs}>
        {tabs.map((id) => (
          <div key={id} className={`dock__tab${id === active ? ' dock__tab--active' : ''}`}>
            {/* A tablist may hold only tabs (axe aria-required-children): the tab closes with
                Delete (the WAI-ARIA deletable-tabs pattern), the × is the mouse's shortcut. */}
            <button
              type="button"
              role="tab"
              aria-selected={id === active}
              aria-keyshortcuts="Delete"
              aria-description={l10n.conversation.closeTabHint}
              onClick={() => show(id)}
              onKeyDown={(e) => {
                if (e.key === 'Delete') closeConversationView(id);
              }}
            >
              <bdi>{title(id)}</bdi>
            </button>
            <button
              type="button"
              tabIndex={-1}
              aria-hidden="true"
              title={`${l10n.conversation.close}: ${title(id)}`}
              onClick={() => closeConversationView(id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
      <div className="dock__body" role="tabpanel">
        <ConversationWindow key={active} conversationId={active} />
      </div>
    </section>
  );
}
