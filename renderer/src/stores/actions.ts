// Actions that span stores: opening a conversation needs the session (Appear Offline cannot
// start one), the contact (offline ones cannot receive), the conversations and the UI.
import { statusDisplay } from '../status/statusDisplay';
import { l10n } from '../strings';
import { call } from './client';
import { requestConversationFocus, returnFocusFromConversation } from './conversationFocus';
import { useContacts } from './contacts';
import { useConversations } from './conversations';
import { useSession } from './session';
import { useUi } from './ui';

/** Opens (or brings forward) a conversation with these people; explains when it cannot. */
export async function openConversationWith(emails: string[]): Promise<string | undefined> {
  const ui = useUi.getState();
  const self = useSession.getState().self;
  // reference: presence.md — HDN cannot start switchboard sessions (ui-spec §1.4.8).
  if (self?.status === 'HDN') {
    ui.notify('warning', l10n.conversation.appearOffline, {
      label: l10n.conversation.changeStatus,
      run: () => void useSession.getState().setStatus('NLN'),
    });
    return undefined;
  }
  const contacts = useContacts.getState().byEmail;
  const offline = emails.filter((e) => {
    const c = contacts[e];
    return !c || !statusDisplay(c.status).online;
  });
  if (offline.length === emails.length) {
    const first = offline[0] ?? '';
    ui.notify('info', l10n.conversation.offline({ name: contacts[first]?.friendlyName ?? first }));
    return undefined;
  }
  const existing = Object.values(useConversations.getState().byId).find(
    (c) =>
      c.participants.length === emails.length && emails.every((e) => c.participants.includes(e)),
  );
  const id = existing?.id ?? (await useConversations.getState().open(emails));
  if (!id) return undefined;
  showConversation(id);
  return id;
}

/**
 * Ctrl+N, "Send an Instant Message..." (ui-spec §6.1): to the contact selected in the list;
 * with none selected, the list takes focus to pick one.
 */
export function messageSelectedContact(): void {
  const key = useUi.getState().selected;
  // Contact rows are keyed `<group>/<email>` (group keys have no slash).
  const email = key?.includes('/') ? key.slice(key.indexOf('/') + 1) : null;
  if (email && useContacts.getState().byEmail[email]) {
    void openConversationWith([email]);
    return;
  }
  document.querySelector<HTMLElement>('[data-pane="contacts"]')?.focus();
  useUi.getState().notify('info', l10n.list.pickSomeone);
}

/** In-page in the web harness; its own window in Electron. */
export function showConversation(id: string): void {
  if (useSession.getState().platform === 'web') {
    if (useUi.getState().activeConversation === id) {
      // Already in front: nothing mounts, so the focus is moved here.
      document.querySelector<HTMLElement>('.conversation [data-pane="input"]')?.focus();
      return;
    }
    requestConversationFocus(id);
    useUi.getState().showConversation(id);
  } else void call('window:showConversation', { conversationId: id });
}

/**
 * Closing a conversation leaves it, in the web harness as in Electron (whose window manager
 * leaves when the window closes): otherwise main counted every closed tab as open, and once
 * its cap of live conversations was reached new ones were refused.
 */
export function closeConversationView(id: string): void {
  if (useSession.getState().platform !== 'web') {
    void call('window:close', undefined);
    return;
  }
  const ui = useUi.getState();
  const wasActive = ui.activeConversation === id;
  ui.closeConversation(id);
  void useConversations.getState().leave(id);
  if (!wasActive) return;
  // The next tab comes to the front with the focus in it; with none left, back to the list.
  const next = useUi.getState().activeConversation;
  if (next) requestConversationFocus(next);
  else requestAnimationFrame(returnFocusFromConversation);
}

/** Opens an http(s) link in the person's browser, only after they clicked it. */
export function openLink(url: string): void {
  if (/^https?:\/\//i.test(url)) void call('app:openExternal', { url });
}
