// How an exported history is written: plain text, a self-contained HTML page that is safe to
// open (no script, every message escaped, a Content-Security-Policy that allows only its own
// style), and MSN Messenger's XML message log (<Log><Message ...>).
import { createHash } from 'node:crypto';
import type { HistoryEntry } from '@shared/ipc/events';
import type { HistoryExportFormat } from '@shared/ipc/history';

export interface ExportWriter {
  start(): string;
  /** A new contact's section starts (everything in one file: contact by contact). */
  contact(contact: string): string;
  message(entry: HistoryEntry): string;
  end(): string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const localStamp = (time: number): string => {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
};
const sender = (entry: HistoryEntry): string => entry.fromName || entry.from;

/** Text for markup: every character that means something in HTML or XML is escaped. */
export function escapeMarkup(text: string): string {
  return (
    text
      // Characters XML 1.0 forbids (controls, lone surrogates) cannot be escaped: they go.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
  );
}

function textWriter(): ExportWriter {
  return {
    start: () => 'Message history exported from Tweener\n',
    contact: (contact) => `\n=== Conversation with ${contact} ===\n`,
    message: (entry) =>
      `[${localStamp(entry.time)}] ${sender(entry)}: ${entry.text.replace(/\r?\n/g, '\n    ')}\n`,
    end: () => '',
  };
}

const STYLE =
  'body{font:14px/1.4 "Segoe UI",Tahoma,sans-serif;margin:2em;color:#222}' +
  'h2{font-size:16px;border-bottom:1px solid #ccc;margin-top:2em}' +
  'p{margin:.2em 0}.t{color:#777}.in .n{color:#a82f2f}.out .n{color:#16569e}';
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');
/** Nothing may load or run; only the page's own style applies. */
export const EXPORT_CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; base-uri 'none'; form-action 'none'`;

function htmlWriter(): ExportWriter {
  return {
    start: () =>
      '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n' +
      `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">\n` +
      '<meta name="referrer" content="no-referrer">\n' +
      `<title>Message history</title><style>${STYLE}</style></head><body>\n<h1>Message history</h1>\n`,
    contact: (contact) => `<h2>Conversation with <bdi>${escapeMarkup(contact)}</bdi></h2>\n`,
    message: (entry) =>
      `<p class="${entry.direction === 'out' ? 'out' : 'in'}"><span class="t">[${localStamp(entry.time)}]</span> ` +
      `<b class="n"><bdi>${escapeMarkup(sender(entry))}</bdi>:</b> ` +
      `<bdi>${escapeMarkup(entry.text).replace(/\r?\n/g, '<br>')}</bdi></p>\n`,
    end: () => '</body></html>\n',
  };
}

/**
 * MSN Messenger's message log: `<Log FirstSessionID LastSessionID>` holding `<Message Date
 * Time DateTime SessionID>` with `<From>`, `<To>` (`<User FriendlyName>`) and `<Text Style>`.
 * A new SessionID starts with each conversation. Without the stylesheet reference Messenger
 * added (MessageLog.xsl is not ours to ship).
 */
function xmlWriter(sessions: number): ExportWriter {
  let session = 0;
  let conversation: string | null = null;
  let contactName = '';
  return {
    start: () =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<Log FirstSessionID="${sessions > 0 ? 1 : 0}" LastSessionID="${sessions}">\n`,
    contact: (contact) => {
      contactName = contact;
      conversation = null;
      return '';
    },
    message: (entry) => {
      if (entry.conversationId !== conversation) {
        conversation = entry.conversationId;
        session++;
      }
      const d = new Date(entry.time);
      const date = `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()}`;
      const time = `${d.getHours()}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
      const to = entry.direction === 'out' ? contactName : 'Me';
      return (
        `<Message Date="${date}" Time="${time}" DateTime="${d.toISOString()}" SessionID="${session}">` +
        `<From><User FriendlyName="${escapeMarkup(sender(entry))}"/></From>` +
        `<To><User FriendlyName="${escapeMarkup(to)}"/></To>` +
        `<Text Style="font-family:Segoe UI; color:#000000; ">${escapeMarkup(entry.text)}</Text></Message>\n`
      );
    },
    end: () => '</Log>\n',
  };
}

export function exportWriter(format: HistoryExportFormat, sessions = 0): ExportWriter {
  if (format === 'html') return htmlWriter();
  if (format === 'xml') return xmlWriter(sessions);
  return textWriter();
}

export const EXPORT_EXTENSIONS: Record<HistoryExportFormat, string> = {
  text: 'txt',
  html: 'html',
  xml: 'xml',
};
