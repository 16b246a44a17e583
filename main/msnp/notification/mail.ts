// Hotmail notifications, system messages and MSN Alerts on the NS.
// reference: notifications.md §2 (mail), §3 (system messages), §4 (NOT)
import type { MailState } from '@shared/domain';
import { intField, parseNsPayload } from './fields';

export interface NewMail {
  from: string;
  fromAddress: string;
  subject: string;
  folder: string;
}

export type NsMessage =
  | { kind: 'profile' }
  | { kind: 'mailInitial'; inboxUnread: number; foldersUnread: number }
  | { kind: 'mailNew'; mail: NewMail }
  | { kind: 'mailActivity'; srcFolder: string; destFolder: string; delta: number }
  | { kind: 'system'; text: string }
  | { kind: 'other'; contentType: string };

/** RFC 2047 encoded words (`=?charset?Q?…?=` / `=?charset?B?…?=`), quoted charset accepted. */
export function decodeEncodedWords(text: string): string {
  return text.replace(
    /=\?"?([^?"]+)"?\?([QqBb])\?([^?]*)\?=/g,
    (whole, charset: string, enc: string, data: string) => {
      try {
        const bytes =
          enc.toUpperCase() === 'B'
            ? Buffer.from(data, 'base64')
            : Buffer.from(
                data
                  .replace(/_/g, ' ')
                  .replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) =>
                    String.fromCharCode(parseInt(h, 16)),
                  ),
                'latin1',
              );
        return new TextDecoder(charset.toLowerCase(), { fatal: false }).decode(bytes);
      } catch {
        return whole;
      }
    },
  );
}

function count(value: number | null): number {
  return value !== null && value >= 0 ? value : 0;
}

/** notifications.md §3: the words for a system message. */
export function systemMessageText(type: number | null, arg1: number | null): string {
  if (type === 1) {
    const minutes = arg1 ?? 0;
    return (
      `The Messenger service will shut down for maintenance in ${minutes} minute${minutes === 1 ? '' : 's'}. ` +
      'You will be signed out automatically; please finish your conversations.'
    );
  }
  return `Message from the Messenger service (type ${type ?? 'unknown'}, ${arg1 ?? ''}).`;
}

/** Classifies an NS `MSG Hotmail Hotmail` payload (notifications.md §1). */
export function classifyNsMessage(payload: Buffer | string): NsMessage {
  const { contentType, fields } = parseNsPayload(payload);
  const text = (n: string) => fields.get(n.toLowerCase()) ?? '';
  switch (contentType) {
    case 'text/x-msmsgsprofile':
      return { kind: 'profile' };
    case 'text/x-msmsgsinitialemailnotification':
      return {
        kind: 'mailInitial',
        inboxUnread: count(intField(fields, 'Inbox-Unread')),
        foldersUnread: count(intField(fields, 'Folders-Unread')),
      };
    case 'text/x-msmsgsemailnotification':
      return {
        kind: 'mailNew',
        mail: {
          from: decodeEncodedWords(text('From')),
          fromAddress: text('From-Addr'),
          subject: decodeEncodedWords(text('Subject')),
          folder: text('Dest-Folder') || 'ACTIVE',
        },
      };
    case 'text/x-msmsgsactivemailnotification':
      return {
        kind: 'mailActivity',
        srcFolder: text('Src-Folder'),
        destFolder: text('Dest-Folder'),
        delta: count(intField(fields, 'Message-Delta')),
      };
    // notifications.md §3: accept a text/ variant defensively.
    case 'application/x-msmsgssystemmessage':
    case 'text/x-msmsgssystemmessage':
      return {
        kind: 'system',
        text: systemMessageText(intField(fields, 'Type'), intField(fields, 'Arg1')),
      };
    default:
      return { kind: 'other', contentType };
  }
}

/** The mailbox counters after one notification (notifications.md §2.1–§2.3). */
export function nextMailState(state: MailState, msg: NsMessage): MailState {
  switch (msg.kind) {
    case 'mailInitial':
      return { inboxUnread: msg.inboxUnread, foldersUnread: msg.foldersUnread };
    case 'mailNew':
      return msg.mail.folder.toUpperCase() === 'ACTIVE'
        ? { ...state, inboxUnread: state.inboxUnread + 1 }
        : { ...state, foldersUnread: state.foldersUnread + 1 };
    case 'mailActivity': {
      // notifications.md §2.3 Uncertain: any name other than ACTIVE is "another folder".
      const fromInbox = msg.srcFolder.toUpperCase() === 'ACTIVE';
      return fromInbox
        ? { ...state, inboxUnread: Math.max(0, state.inboxUnread - msg.delta) }
        : { ...state, foldersUnread: Math.max(0, state.foldersUnread - msg.delta) };
    }
    default:
      return state;
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** notifications.md §4: the TEXT of an MSN Alert, or null (Escargot's notices have none). */
export function alertText(payload: Buffer | string): string | null {
  const xml = typeof payload === 'string' ? payload : payload.toString('utf8');
  const m = /<TEXT(?:\s[^>]*)?>([\s\S]*?)<\/TEXT>/.exec(xml);
  if (!m || m[1] === undefined) return null;
  const text = m[1].replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, ent: string) => {
    if (ent.startsWith('#')) {
      const code = ent.startsWith('#x') ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ent] ?? whole;
  });
  return text.trim() === '' ? null : text;
}

/** notifications.md §5: an incoming mobile page, as words; null when it carries no text. */
export function pageText(payload: Buffer | string): string | null {
  const text = alertText(payload);
  if (text === null) return null;
  const xml = typeof payload === 'string' ? payload : payload.toString('utf8');
  const from = /<FROM\b[^>]*\bname="([^"]*)"/.exec(xml)?.[1];
  return from ? `Mobile message from ${from}: ${text}` : `Mobile message: ${text}`;
}
