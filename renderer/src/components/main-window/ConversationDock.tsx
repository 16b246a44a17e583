// Web harness only: conversations show beside the list as tabs, the newest in front.
import { AppMark } from '../../art/AppMark';
import { displayName, useContacts } from '../../stores/contacts';
import { useConversations } from '../../stores/conversations';
import { useUi } from '../../stores/ui';
import { l10n } from '../../strings';
import { ConversationWindow } from '../conversation/ConversationWindow';

export function ConversationDock(): React.JSX.Element | null {
  const tabs = useUi((s) => s.tabs);
  const active = useUi((s) => s.activeConversation);
  const show = useUi((s) => s.showConversation);
  const close = useUi((s) => s.closeConversation);
  const byId = useConversations((s) => s.byId);
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
        <AppMark size={64} />
        <p className="muted">{l10n.conversation.dockHint}</p>
      </section>
    );
  }
  const title = (id: string): string => titles[tabs.indexOf(id)] ?? id;
  return (
    <section className="dock" aria-label={l10n.conversation.tabs}>
      <div className="dock__tabs" role="tablist">
        {tabs.map((id) => (
          <div key={id} className={`dock__tab${id === active ? ' dock__tab--active' : ''}`}>
            <button type="button" role="tab" aria-selected={id === active} onClick={() => show(id)}>
              <bdi>{title(id)}</bdi>
            </button>
            <button
              type="button"
              aria-label={`${l10n.conversation.close}: ${title(id)}`}
              onClick={() => close(id)}
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
