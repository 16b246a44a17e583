// Being invited: answer the RNG on the switchboard, then attach the session to the
// conversation with exactly the people already there (switchboard.md §2.1, §2.2).
import type { SwitchboardInvite } from '../switchboard/broker';
import type { SwitchboardSession } from '../switchboard/switchboard-session';
import { reopen } from './conversation-record';
import type { ConversationRecord } from './conversation-record';
import type { SessionOwner } from './session-binding';

export interface RingDeps {
  createSession(owner: SessionOwner): SwitchboardSession;
  /** The conversation for exactly these people: an existing (idle) one, or a new one. */
  conversationFor(others: string[]): ConversationRecord;
  attached(record: ConversationRecord): void;
  /** Still signed in (online or appearing offline)? A sign-out may happen while answering. */
  signedIn(): boolean;
}

export async function answerRing(invite: SwitchboardInvite, deps: RingDeps): Promise<void> {
  // Events that arrive before we know the conversation wait in the owner's backlog.
  const owner: SessionOwner = { record: null, backlog: [] };
  const session = deps.createSession(owner);
  let spoke = false; // a message arrived before we knew the conversation
  const onMessage = (): void => {
    spoke = true;
  };
  session.on('message', onMessage);
  try {
    await session.answer(invite);
  } catch {
    return; // the invitation expired or the inviter gave up: nothing to show
  } finally {
    session.off('message', onMessage);
  }
  if (!deps.signedIn()) {
    session.leave(); // msnp8/README.md §9.1: signed out meanwhile — the switchboard goes too
    return;
  }
  let others = [...session.participants.keys()];
  if (others.length === 0) {
    // §2.1: ANS OK with no IRO — nobody is left. But the caller may have said something and
    // left (§4 BYE) in the same read as ANS OK: that message waits in the backlog and must
    // still be shown, in the conversation with the caller.
    if (!spoke) {
      session.leave();
      return;
    }
    others = [invite.callerEmail.toLowerCase()];
  }
  const record = deps.conversationFor(others);
  reopen(record);
  record.error = undefined;
  record.participants = others;
  record.sessions.add(session);
  record.primary = session; // the newest switchboard is the one the peer uses
  owner.record = record;
  for (const replay of owner.backlog.splice(0)) replay();
  // Replayed events read the session as it is now: when everyone has already left, they stay
  // the last known participants (§4), so the next message calls them back.
  if (record.participants.length === 0) record.participants = others;
  deps.attached(record);
}
