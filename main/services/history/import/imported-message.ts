// What a reader of another client's logs produces, before it is mapped onto our history.
export interface ImportedMessage {
  time: number;
  /** The name the log shows for the sender. */
  sender: string;
  /** Known from the log itself (Pidgin's HTML colours), or null to be worked out. */
  direction: 'in' | 'out' | null;
  text: string;
  /** Messages of one conversation window share a session number within a file. */
  session: number;
}

export interface ParsedLog {
  messages: ImportedMessage[];
}

/** Bytes to text: UTF-8 when it is valid, else the Windows Western code page old clients used. */
export function decodeLog(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.replace(/^\ufeff/, '');
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  reg: '®',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  hellip: '…',
  euro: '€',
};

/** HTML as the text a person saw: line breaks kept, tags dropped, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code =
          name[1] === 'x' || name[1] === 'X'
            ? parseInt(name.slice(2), 16)
            : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
          ? String.fromCodePoint(code)
          : '\ufffd';
      }
      return NAMED[name.toLowerCase()] ?? whole;
    });
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const monthIndex = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase());
