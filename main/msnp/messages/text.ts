// Chat text payloads: text/plain with an optional X-MMS-IM-Format header.
// reference: switchboard.md §7
import type { MessageFormat } from '@shared/domain';
import { buildImFormat, parseImFormat } from './format';
import { buildMime, charsetOf, header } from './mime';
import type { MimeMessage } from './mime';

export const TEXT_CONTENT_TYPE = 'text/plain; charset=UTF-8';

/** Every CR LF, lone CR or lone LF becomes `\n` (the core's own line break). */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\n');
}

/** On the wire every line break is CR LF (§7). */
export function toWireLineBreaks(text: string): string {
  return normalizeLineBreaks(text).replace(/\n/g, '\r\n');
}

/** `body` must already use CR LF line breaks (see toWireLineBreaks / splitForWire). */
export function buildTextPayload(wireBody: string, format: MessageFormat | null): Buffer {
  const headers: [string, string][] = format ? [['X-MMS-IM-Format', buildImFormat(format)]] : [];
  return buildMime(TEXT_CONTENT_TYPE, headers, wireBody);
}

/** Header block length for a text message with this format, for splitting (§5: 1664 bytes). */
export function textHeaderBytes(format: MessageFormat | null): number {
  return buildTextPayload('', format).length;
}

function decodeBody(body: Buffer, charset: string | null): string {
  // reference: switchboard.md §7 — no charset means Windows-1252/ISO-8859-1.
  const label = charset ?? 'windows-1252';
  if (label === 'utf-8' || label === 'utf8') return body.toString('utf8');
  try {
    return new TextDecoder(label).decode(body);
  } catch {
    return body.toString('latin1');
  }
}

export interface ParsedText {
  text: string;
  format: MessageFormat | null;
}

export function parseTextMessage(message: MimeMessage): ParsedText {
  const contentType = header(message, 'Content-Type');
  const formatValue = header(message, 'X-MMS-IM-Format');
  return {
    text: normalizeLineBreaks(decodeBody(message.body, charsetOf(contentType))),
    format: formatValue === undefined ? null : parseImFormat(formatValue),
  };
}
