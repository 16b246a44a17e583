// Pidgin's logs: `~/.purple/logs/msn/<account>/<contact>/<YYYY-MM-DD.HHMMSS±ZZZZTZ>.html|.txt`,
// one file per conversation. The file name gives the day, start time and UTC offset; each
// message gives only its time of day, "(21:30:15)" (or "(09:30:15 PM)", or with a date when
// the conversation crossed midnight). HTML logs colour our side #16569E and theirs #A82F2F.
import { decodeLog, htmlToText } from './imported-message';
import type { ImportedMessage, ParsedLog } from './imported-message';

export const PIDGIN_FILE =
  /^(\d{4})-(\d{2})-(\d{2})\.(\d{2})(\d{2})(\d{2})([+-]\d{4})?[A-Za-z]*\.(html?|txt)$/;

const OUT_COLOUR = '#16569e';
const IN_COLOUR = '#a82f2f';

interface Clock {
  /** Start of the conversation's day at 00:00 in the log's time zone, in UTC ms. */
  dayStart: number;
  /** The log's UTC offset, in ms. */
  offset: number;
  last: number;
}

/** The time of a "(…)" stamp, rolling over midnight when the clock goes backwards. */
function stampTime(stamp: string, clock: Clock): number | null {
  const full =
    /^(\d{4})-(\d{2})-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})$/.exec(stamp) ??
    /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2})$/.exec(stamp);
  if (full) {
    const iso = full[1]!.length === 4;
    const [y, m, d] = iso ? [full[1], full[2], full[3]] : [full[3], full[1], full[2]];
    const time =
      Date.UTC(
        Number(y),
        Number(m) - 1,
        Number(d),
        Number(full[4]),
        Number(full[5]),
        Number(full[6]),
      ) - clock.offset;
    clock.last = time;
    return time;
  }
  const short = /^(\d{1,2}):(\d{2}):(\d{2})(?:\s*([AP]M))?$/i.exec(stamp);
  if (!short) return null;
  let hours = Number(short[1]) % (short[4] ? 12 : 24);
  if (short[4]?.toUpperCase() === 'PM') hours += 12;
  let time = clock.dayStart + ((hours * 60 + Number(short[2])) * 60 + Number(short[3])) * 1000;
  // A conversation that goes past midnight: the clock goes backwards by more than a minute.
  while (time < clock.last - 60_000) time += 86_400_000;
  clock.last = time;
  return time;
}

/** The clock of a file from its name, or null when it is not a Pidgin log name. */
export function pidginClock(fileName: string): Clock | null {
  const m = PIDGIN_FILE.exec(fileName);
  if (!m) return null;
  const offset = m[7]
    ? (m[7][0] === '-' ? -1 : 1) * (Number(m[7].slice(1, 3)) * 60 + Number(m[7].slice(3, 5)))
    : 0;
  const dayStart = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - offset * 60_000;
  const start = dayStart + ((Number(m[4]) * 60 + Number(m[5])) * 60 + Number(m[6])) * 1000;
  return { dayStart, offset: offset * 60_000, last: start };
}

export function parsePidginHtml(bytes: Buffer, fileName: string): ParsedLog {
  const clock = pidginClock(fileName);
  const messages: ImportedMessage[] = [];
  if (!clock) return { messages };
  const body = decodeLog(bytes);
  const message =
    /^<font color="(#[0-9a-f]{6})"><font size="2">\(([^)]{1,40})\)<\/font> <b>(.*?):<\/b><\/font>\s?(.*)$/i;
  for (const raw of body.split(/\r?\n/)) {
    const m = message.exec(raw);
    if (m) {
      const time = stampTime(m[2]!, clock);
      if (time === null) continue;
      const colour = m[1]!.toLowerCase();
      messages.push({
        time,
        sender: htmlToText(m[3]!),
        direction: colour === OUT_COLOUR ? 'out' : colour === IN_COLOUR ? 'in' : null,
        text: htmlToText(m[4]!.replace(/<br\s*\/?>\s*$/i, '')),
        session: 0,
      });
    } else if (
      messages.length > 0 &&
      raw.trim() !== '' &&
      !/^<(\/?(body|html)|font size="2">\()/i.test(raw)
    ) {
      // A message written over several lines.
      const last = messages[messages.length - 1]!;
      const more = htmlToText(raw.replace(/<br\s*\/?>\s*$/i, ''));
      if (more.trim() !== '') last.text += `\n${more}`;
    }
  }
  return { messages };
}

export function parsePidginText(bytes: Buffer, fileName: string): ParsedLog {
  const clock = pidginClock(fileName);
  const messages: ImportedMessage[] = [];
  if (!clock) return { messages };
  const lines = decodeLog(bytes).split(/\r?\n/);
  const message = /^\(([^)]{1,40})\) ([^:]{1,200}?): (.*)$/;
  for (const [i, line] of lines.entries()) {
    if (i === 0 && line.startsWith('Conversation with ')) continue;
    const m = message.exec(line);
    const time = m ? stampTime(m[1]!, clock) : null;
    if (m && time !== null) {
      messages.push({ time, sender: m[2]!, direction: null, text: m[3]!, session: 0 });
    } else if (/^\([^)]{1,40}\) /.test(line)) {
      // A status line ("Bob has signed off."): not a message.
    } else if (messages.length > 0 && line !== '') {
      messages[messages.length - 1]!.text += `\n${line}`;
    }
  }
  return { messages };
}
