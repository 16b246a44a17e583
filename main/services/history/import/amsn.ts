// aMSN's logs: `~/.amsn/<profile>/logs/<contact>.log` (and month folders), one file per
// contact with every conversation appended. Lines carry colour codes: `|"LRED[Conversation
// started on …]` opens a conversation, `|"LGRA[<time> ] |"LITA<name> :|"LC<colour> <text>` is
// a message (newer versions write the time as `|"LTIME<unix seconds>`), `|"LGRA|"LTIME… |"LGRE…`
// is a notice (file transfers). A line without a code continues the message above.
import { decodeLog, monthIndex } from './imported-message';
import type { ImportedMessage, ParsedLog } from './imported-message';

const CODE = /\|"L(?:C[0-9a-fA-F]{6}|TIME\d+|[A-Z]{3})/g;

/** "14 Jun 2007 21:30:12", or "14 Jun 21:30:12" (older aMSN wrote no year). */
function parseStarted(text: string, fallbackYear: number): number | null {
  const unix = /\|"LTIME(\d{1,12})/.exec(text);
  if (unix) return Number(unix[1]) * 1000;
  const m = /(\d{1,2}) ([A-Za-z]{3})[a-z]* (?:(\d{4}) )?(\d{1,2}):(\d{2}):(\d{2})/.exec(text);
  if (!m) return null;
  const month = monthIndex(m[2]!);
  if (month < 0) return null;
  // aMSN wrote local time; without a zone in the file, it is read as UTC.
  return Date.UTC(
    m[3] ? Number(m[3]) : fallbackYear,
    month,
    Number(m[1]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6]),
  );
}

export function looksLikeAmsn(bytes: Buffer): boolean {
  return bytes.subarray(0, 4096).toString('latin1').includes('|"L');
}

export function parseAmsn(bytes: Buffer, fallbackYear: number): ParsedLog {
  const messages: ImportedMessage[] = [];
  let session = 0;
  let dayStart: number | null = null;
  let last = 0;
  let inMessage = false;
  for (const line of decodeLog(bytes).split(/\r?\n/)) {
    if (line.startsWith('|"LRED[')) {
      inMessage = false;
      if (
        /Conversation started on|Conference started on|has entered into a conference/.test(line)
      ) {
        session++;
        const started = parseStarted(line, fallbackYear);
        if (started !== null) {
          last = started;
          dayStart = started - (started % 86_400_000);
        }
      }
      continue;
    }
    const m = /^\|"LGRA\[([^\]]{1,40})\] \|"LITA(.{0,400}?) ?:\|"LC[0-9a-fA-F]{6} ?(.*)$/.exec(
      line,
    );
    if (m) {
      const stamp = m[1]!.trim();
      const unix = /^\|"LTIME(\d{1,12})$/.exec(stamp);
      let time: number | null = null;
      if (unix) time = Number(unix[1]) * 1000;
      else {
        const t = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(stamp);
        if (t && dayStart !== null) {
          time = dayStart + ((Number(t[1]) * 60 + Number(t[2])) * 60 + Number(t[3] ?? 0)) * 1000;
          while (time < last - 60_000) time += 86_400_000;
        }
      }
      if (time === null) continue;
      last = time;
      messages.push({
        time,
        sender: m[2]!.trim(),
        direction: null,
        text: m[3]!.replace(CODE, ''),
        session,
      });
      inMessage = true;
      continue;
    }
    if (line.startsWith('|"L')) {
      inMessage = false; // a notice
      continue;
    }
    if (inMessage && messages.length > 0)
      messages[messages.length - 1]!.text += `\n${line.replace(CODE, '')}`;
  }
  return { messages };
}
