// Readable lines for text mode. Conversation and transfer events get short sentences that
// start with the event's name; other events print as `name {json}`. Ids are shortened to
// 8 characters, which commands accept as references (references.ts).
import type {
  ChatMessage,
  Contact,
  Conversation,
  FileTransfer,
  SessionState,
} from '@shared/domain';
import { escapeControls } from './escape';
import type { CliEventName } from './events';
import type { CommandOutcome } from './output';
import { commandLines } from './command-spec';

export const short = (id: string): string => id.slice(0, 8);

const json = (value: unknown): string => escapeControls(JSON.stringify(value));
const text = (value: string): string => escapeControls(value);
const who = (email: string, name: string): string =>
  name && name !== email ? `${text(email)} (${text(name)})` : text(email);

export function conversationText(c: Conversation): string {
  const others = c.participants.map(text).join(', ') || 'nobody';
  return `${short(c.id)} ${c.state} with ${others}${c.error ? `: ${text(c.error)}` : ''}`;
}

export function transferText(t: FileTransfer): string {
  const parts = [
    short(t.id),
    t.direction === 'in' ? `from ${text(t.peer)}` : `to ${text(t.peer)}`,
    t.state,
    text(t.fileName),
    `${t.transferred}/${t.size} bytes`,
  ];
  if (t.savedPath) parts.push(`saved as ${text(t.savedPath)}`);
  return parts.join(' ') + (t.error ? `: ${text(t.error)}` : '');
}

function messageText(m: ChatMessage): string {
  const state = m.state && m.state !== 'delivered' ? ` [${m.state}]` : '';
  const from = m.direction === 'out' ? 'me' : who(m.from, m.fromName);
  return `${short(m.conversationId)} ${short(m.id)} ${from}${state}: ${text(m.text)}`;
}

function sessionText(s: SessionState): string {
  const parts: string[] = [s.phase];
  if (s.step) parts.push(text(s.step));
  if (s.failure) parts.push(`${s.failure.kind}: ${text(s.failure.message)}`);
  return parts.join(': ');
}

type Payload = Record<string, string>;

export function eventText(name: CliEventName, data: unknown): string {
  const p = (data ?? {}) as Payload;
  switch (name) {
    case 'session':
      return `session ${sessionText(data as SessionState)}`;
    case 'conversation':
      return `conversation ${conversationText(data as Conversation)}`;
    case 'message':
      return `message ${messageText(data as ChatMessage)}`;
    case 'messageDelivered':
      return `messageDelivered ${short(p.conversationId ?? '')} ${short(p.messageId ?? '')}`;
    case 'messageFailed':
      return `messageFailed ${short(p.conversationId ?? '')} ${short(p.messageId ?? '')}: ${text(p.error ?? '')}`;
    case 'participantJoined':
    case 'typing':
    case 'nudge':
      return `${name} ${short(p.conversationId ?? '')} ${who(p.email ?? '', p.name ?? '')}`;
    case 'participantLeft':
      return `participantLeft ${short(p.conversationId ?? '')} ${text(p.email ?? '')}`;
    case 'unsupportedContent':
      return `unsupportedContent ${short(p.conversationId ?? '')} ${text(p.email ?? '')} ${text(p.contentType ?? '')}`;
    case 'fileTransfer':
      return `fileTransfer ${transferText(data as FileTransfer)}`;
    default:
      return data === null || data === undefined ? name : `${name} ${json(data)}`;
  }
}

/** The lines for one command's outcome: `ok NAME …`, list items, or `error NAME: …`. */
export function resultText(outcome: CommandOutcome): string[] {
  if (!outcome.ok) return [`error ${outcome.command}: ${text(outcome.error.message)}`];
  const d = (outcome.data ?? {}) as Record<string, unknown>;
  const head = `ok ${outcome.command}`;
  if (Array.isArray(d.conversations))
    return [head, ...(d.conversations as Conversation[]).map((c) => `  ${conversationText(c)}`)];
  if (Array.isArray(d.transfers))
    return [head, ...(d.transfers as FileTransfer[]).map((t) => `  ${transferText(t)}`)];
  if (Array.isArray(d.contacts))
    return [head, ...(d.contacts as Contact[]).map((c) => `  contact ${json(c)}`)];
  if (Array.isArray(d.commands))
    return [head, ...commandLines(d.commands as { syntax: string; summary: string }[])];
  if (d.conversation) return [`${head} ${conversationText(d.conversation as Conversation)}`];
  if (d.transfer) return [`${head} ${transferText(d.transfer as FileTransfer)}`];
  if (typeof d.url === 'string') return [`${head} ${text(d.url)}`];
  if (d.group) return [`${head} ${json(d.group)}`];
  if (typeof d.event === 'string') return [`${head} ${d.event}`];
  const ids = [d.conversationId, d.messageId, d.transferId].filter((v) => typeof v === 'string');
  return [[head, ...ids.map((id) => short(id as string))].join(' ')];
}
