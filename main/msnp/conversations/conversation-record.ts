// The manager's per-conversation bookkeeping (plain data; the manager changes it).
import type { Conversation, ConversationState, MessageFormat } from '@shared/domain';
import { TypingThrottle } from '../messages/typing';
import type { SwitchboardSession } from '../switchboard/switchboard-session';

/** Something typed while no switchboard was ready; sent in order once one is (§1.3). */
export type QueuedItem =
  | { kind: 'text'; messageId: string; parts: string[]; format: MessageFormat | null }
  | { kind: 'nudge' }
  | { kind: 'typing'; queuedAt: number }
  | { kind: 'invitation'; payload: Buffer; undeliverable?: (reason: string) => void };

/**
 * The person's side of a conversation, and whether an outgoing setup (XFR SB → USR → CAL →
 * JOI, switchboard.md §1) runs. A setup started before the person left keeps running until it
 * ends (it then finds the conversation left, and stops): hence `leftSettingUp`.
 *   idle ──beginSetup──▶ settingUp ──endSetup──▶ idle
 *    │ ▲                   │ ▲
 *  leave reopen          leave reopen
 *    ▼ │                   ▼ │
 *   left ──beginSetup─▶ settingUp     leftSettingUp ──endSetup──▶ left
 */
export type RecordPhase = 'idle' | 'settingUp' | 'left' | 'leftSettingUp';

export interface ConversationRecord {
  id: string;
  /** Other participants: live when ready, last known when idle (lower-case e-mails). */
  participants: string[];
  /** Switchboards feeding this conversation; `primary` is the one we send on. */
  sessions: Set<SwitchboardSession>;
  primary: SwitchboardSession | null;
  /** Where the conversation stands; changed only by the transitions below. */
  phase: RecordPhase;
  /** Invited while no switchboard was live: called once one is. */
  invitees: Set<string>;
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
    phase: 'idle',
    invitees: new Set(),
    error: undefined,
    queue: [],
    typing: new TypingThrottle(),
    lastNudgeAt: Number.NEGATIVE_INFINITY,
    emitted: '',
  };
}

/** Starts a setup; false when one runs already (a second one would only race it). */
export function beginSetup(record: ConversationRecord): boolean {
  if (isSettingUp(record)) return false;
  record.phase = 'settingUp';
  return true;
}

/** The setup ended (ready or failed). */
export function endSetup(record: ConversationRecord): void {
  if (record.phase === 'settingUp') record.phase = 'idle';
  else if (record.phase === 'leftSettingUp') record.phase = 'left';
}

/** The person left (or everything closed): a running setup stops when it next looks. */
export function markLeft(record: ConversationRecord): void {
  if (record.phase === 'idle') record.phase = 'left';
  else if (record.phase === 'settingUp') record.phase = 'leftSettingUp';
}

/** The person (or a contact's RNG) opened it again. */
export function reopen(record: ConversationRecord): void {
  if (record.phase === 'left') record.phase = 'idle';
  else if (record.phase === 'leftSettingUp') record.phase = 'settingUp';
}

export const isLeft = (record: ConversationRecord): boolean =>
  record.phase === 'left' || record.phase === 'leftSettingUp';

export const isSettingUp = (record: ConversationRecord): boolean =>
  record.phase === 'settingUp' || record.phase === 'leftSettingUp';

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
  if (isSettingUp(record) || opening) return 'connecting';
  return isLeft(record) ? 'closed' : 'idle';
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
