// Which arriving events are spoken, and in what words (ui-spec §6.2): an incoming message as
// "Bob says: ..." (just that message, never the transcript), "Bob is typing" at most once per
// 30 s per person, a failed delivery assertively, toasts (a contact signed in) politely.
import type { SessionPhase } from '@shared/domain';
import type { AppEvent } from '@shared/ipc/events';
import { isAppWideEvent } from '@shared/ipc/events';
import {
  announce,
  announceDeliveryFailure,
  isMainWindow,
  showsConversation,
} from '../stores/announcer';
import { displayName, useContacts } from '../stores/contacts';
import { useConversations } from '../stores/conversations';
import { currentEpoch } from '../stores/epoch';
import { useSession } from '../stores/session';
import { l10n } from '../strings';
import { toastWords } from '../components/main-window/toastWords';

export const TYPING_ANNOUNCE_MS = 30_000;
/** When each person was last said to be typing, per conversation; kept small (see below). */
const typingSaid = new Map<string, number>();
/** Beyond this many people, expired entries go: a server could name endless typists. */
const TYPING_KEYS_MAX = 200;

function typingAnnounced(key: string, now: number): boolean {
  if (now - (typingSaid.get(key) ?? -Infinity) < TYPING_ANNOUNCE_MS) return true;
  if (typingSaid.size >= TYPING_KEYS_MAX) {
    for (const [k, at] of typingSaid) if (now - at >= TYPING_ANNOUNCE_MS) typingSaid.delete(k);
    if (typingSaid.size >= TYPING_KEYS_MAX) return true; // a flood within 30 s: stay quiet
  }
  typingSaid.set(key, now);
  return false;
}

function nameOf(email: string, fallback: string): string {
  const { nicknames, byEmail } = useContacts.getState();
  return (
    nicknames[email.toLowerCase()] ?? (fallback || displayName(nicknames, email, byEmail[email]))
  );
}

function failedText(conversationId: string, messageId: string): string {
  const entry = useConversations
    .getState()
    .transcripts[conversationId]?.find((e) => e.kind === 'message' && e.message.id === messageId);
  return entry?.kind === 'message' ? entry.message.text : '';
}

/** Called after the event was applied to the stores. */
export function announceEvent(event: AppEvent): void {
  if (!isAppWideEvent(event) && event.epoch !== currentEpoch()) return;
  switch (event.type) {
    case 'message': {
      const m = event.message;
      if (m.direction !== 'in' || !showsConversation(m.conversationId)) return;
      announce(l10n.announce.says({ name: nameOf(m.from, m.fromName), text: m.text }));
      return;
    }
    case 'typing': {
      if (!showsConversation(event.conversationId)) return;
      const key = `${event.conversationId}\n${event.email}`;
      if (typingAnnounced(key, Date.now())) return;
      announce(l10n.conversation.typingOne({ name: nameOf(event.email, event.name) }));
      return;
    }
    case 'messageState':
      if (event.state === 'failed')
        announceDeliveryFailure(
          event.conversationId,
          failedText(event.conversationId, event.messageId),
        );
      return;
    case 'toast':
      // A message's toast would say again what its "says" line says.
      if (event.toast.kind !== 'message' && isMainWindow()) announce(toastWords(event.toast).text);
      return;
    default:
      return;
  }
}

const inProgress = (phase: SessionPhase): boolean =>
  phase === 'connecting' || phase === 'authenticating' || phase === 'syncing';

/**
 * Sign-in progress in the main window: "Signing in...", each step, then "Signed in"; the
 * failure itself is the sign-in form's alert (an assertive region of its own).
 */
export function watchSignIn(): () => void {
  return useSession.subscribe((now, before) => {
    const a = now.session;
    const b = before.session;
    // Who typed in which conversation is the last sign-in's: it goes with it.
    if (a.phase === 'signedOut') typingSaid.clear();
    if (!isMainWindow()) return;
    if (a.phase === b.phase && a.step === b.step) return;
    if (a.phase === 'online' && b.phase !== 'online') announce(l10n.announce.signedIn);
    else if (a.phase === 'reconnecting' && b.phase !== 'reconnecting')
      announce(l10n.signIn.reconnecting);
    else if (inProgress(a.phase) && !inProgress(b.phase) && b.phase !== 'reconnecting')
      announce(a.step ? `${l10n.signIn.signingIn} ${a.step}` : l10n.signIn.signingIn);
    else if (a.step && a.step !== b.step && a.phase !== 'online') announce(a.step);
  });
}
