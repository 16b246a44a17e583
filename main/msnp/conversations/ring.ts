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
  try {
    await session.answer(invite);
  } catch {
    return; // the invitation expired or the inviter gave up: nothing to show
  }
  if (!deps.signedIn()) {
    session.leave(); // README.md §9.1: signed out meanwhile — the switchboard goes too
    return;
  }
  const others = [...session.participants.keys()];
  if (others.length === 0) {
    session.leave(); // §2.1: ANS OK with no IRO — nobody is left
    return;
  }
  const record = deps.conversationFor(others);
  reopen(record);
  record.error = undefined;
  record.participants = others;
  record.sessions.add(session);
  record.primary = session; // the newest switchboard is the one the peer uses
  owner.record = record;
  for (const replay of owner.backlog.splice(0)) replay();
  deps.attached(record);
}
