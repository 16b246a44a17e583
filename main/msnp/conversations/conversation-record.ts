// The manager's per-conversation bookkeeping (plain data; the manager changes it).
import type { Conversation, ConversationState, MessageFormat } from '../../../shared/domain';
import { TypingThrottle } from '../messages/typing';
import type { SwitchboardSession } from '../switchboard/switchboard-session';

/** Something typed while no switchboard was ready; sent in order once one is (§1.3). */
export type QueuedItem =
  | { kind: 'text'; messageId: string; parts: string[]; format: MessageFormat | null }
  | { kind: 'nudge' }
  | { kind: 'typing'; queuedAt: number }
  | { kind: 'invitation'; payload: Buffer; undeliverable?: (reason: string) => void };

export interface ConversationRecord {
  id: string;
  /** Other participants: live when ready, last known when idle (lower-case e-mails). */
  participants: string[];
  /** Switchboards feeding this conversation; `primary` is the one we send on. */
  sessions: Set<SwitchboardSession>;
  primary: SwitchboardSession | null;
  /** An outgoing setup (XFR SB → USR → CAL → JOI) in progress. */
  settingUp: boolean;
  /** Invited while no switchboard was live: called once one is. */
  invitees: Set<string>;
  /** The person left it (leave()); a new message reopens it. */
  left: boolean;
  error: string | undefined;
  queue: QueuedItem[];
  typing: TypingThrottle;
  lastNudgeAt: number;
  /** What was last emitted, to emit only changes. */
  emitted: string;
}

export function newRecord(id: string, participants: string[]): ConversationRecord {
  return {
    id,
    participants,
    sessions: new Set(),
    primary: null,
    settingUp: false,
    invitees: new Set(),
    left: false,
    error: undefined,
    queue: [],
    typing: new TypingThrottle(),
    lastNudgeAt: Number.NEGATIVE_INFINITY,
    emitted: '',
  };
}

export function normalizeEmails(emails: readonly string[], self: string): string[] {
  const me = self.toLowerCase();
  const seen = new Set<string>();
  for (const e of emails) {
    const key = e.trim().toLowerCase();
    if (key !== '' && key !== me) seen.add(key);
  }
  return [...seen];
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((x) => set.has(x));
}

/** A session we can send on: authenticated and with someone else in it. */
export function isLive(session: SwitchboardSession): boolean {
  return session.state === 'open' && session.participants.size > 0;
}

export function stateOf(record: ConversationRecord): ConversationState {
  if (record.primary && isLive(record.primary)) return 'ready';
  const opening = [...record.sessions].some(
    (s) => s.state === 'connecting' || s.state === 'authenticating',
  );
  if (record.settingUp || opening) return 'connecting';
  return record.left ? 'closed' : 'idle';
}

export function toConversation(record: ConversationRecord): Conversation {
  const conversation: Conversation = {
    id: record.id,
    participants: [...record.participants],
    state: stateOf(record),
  };
  if (record.error !== undefined) conversation.error = record.error;
  return conversation;
}
