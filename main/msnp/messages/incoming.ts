// Classifies an incoming MSG payload by media type (reference: switchboard.md §6).
// Unknown types are reported as such, never shown as text and never dropped silently.
import type { MessageFormat } from '@shared/domain';
import { datacastId } from './nudge';
import { parseInvitation } from './invite';
import type { Invitation } from './invite';
import { fieldValue, header, mediaType, parseFieldLines, parseMime } from './mime';
import { parseTextMessage } from './text';

export type IncomingPayload =
  | { kind: 'text'; text: string; format: MessageFormat | null }
  | { kind: 'typing'; user: string }
  | { kind: 'datacast'; id: number | null }
  | { kind: 'invitation'; invitation: Invitation }
  | { kind: 'clientCaps'; clientName: string | null; chatLogging: string | null }
  /** Known types this MSNP8 client deliberately does not handle (P2P, ink, custom emoticons…). */
  | { kind: 'ignored'; contentType: string }
  | { kind: 'unknown'; contentType: string };

const IGNORED = new Set([
  'application/x-msnmsgrp2p',
  'text/x-mms-emoticon',
  'text/x-mms-animemoticon',
  'application/x-ms-ink',
  'image/gif',
  'text/x-keepalive',
]);

export function classifyPayload(payload: Buffer): IncomingPayload {
  const message = parseMime(payload);
  const contentType = header(message, 'Content-Type') ?? '';
  switch (mediaType(contentType)) {
    case 'text/plain':
      return { kind: 'text', ...parseTextMessage(message) };
    case 'text/x-msmsgscontrol':
      return { kind: 'typing', user: (header(message, 'TypingUser') ?? '').trim() };
    case 'text/x-msnmsgr-datacast':
      return { kind: 'datacast', id: datacastId(message) };
    case 'text/x-msmsgsinvite': {
      const invitation = parseInvitation(message);
      return invitation ? { kind: 'invitation', invitation } : { kind: 'unknown', contentType };
    }
    case 'text/x-clientcaps': {
      // reference: §9 — parsed and ignored.
      const fields = parseFieldLines(message.body.toString('utf8'));
      return {
        kind: 'clientCaps',
        clientName: fieldValue(fields, 'Client-Name') ?? null,
        chatLogging: fieldValue(fields, 'Chat-Logging') ?? null,
      };
    }
    default:
      return IGNORED.has(mediaType(contentType))
        ? { kind: 'ignored', contentType }
        : { kind: 'unknown', contentType };
  }
}
