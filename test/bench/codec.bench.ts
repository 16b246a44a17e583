// Codec throughput on realistic server → client traffic, against a raw CRLF scan as the floor.
// reference: README.md §3.4 (the reader); DESIGN.md (Codec)
import { CommandParser } from '../../main/msnp/codec';

const TARGET_BYTES = 52 * 1024 * 1024;
const CHUNK_BYTES = 16 * 1024; // a typical socket read
const RUNS = 5;

// A small deterministic generator, so every run parses the same bytes.
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUSES = ['NLN', 'AWY', 'BSY', 'IDL', 'BRB', 'PHN', 'LUN'];
const NAMES = [
  'Bob',
  'Carol%20Smith',
  'Zo%C3%AB',
  'Caf%C3%A9%20%E2%98%95',
  'Dave',
  'Eve%20(away)',
  '%E6%97%A5%E6%9C%AC',
];
const WORDS = [
  'hello',
  'lunch',
  'café',
  'at',
  'noon',
  '☕',
  'ok',
  'see',
  'you',
  'later',
  'Zoë',
  '日本語',
  '😀',
  'the',
  'meeting',
  'is',
  'moved',
];

function generateTraffic(): { stream: Buffer; commands: number; lines: number } {
  const rand = prng(2003);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const email = (): string => `user${Math.floor(rand() * 5000)}@example.com`;
  const parts: Buffer[] = [];
  let bytes = 0;
  let commands = 0;
  let lines = 0;
  let trid = 10;
  const line = (text: string): void => {
    const b = Buffer.from(text + '\r\n', 'utf8');
    parts.push(b);
    bytes += b.length;
    commands += 1;
    lines += 1;
  };
  const payload = (head: string, body: string): void => {
    const b = Buffer.from(body, 'utf8');
    const h = Buffer.from(`${head} ${b.length}\r\n`, 'utf8');
    parts.push(h, b);
    bytes += h.length + b.length;
    commands += 1;
    lines += 1 + (body.match(/\n/g)?.length ?? 0);
  };
  const text = (): string => {
    const n = 1 + Math.floor(rand() ** 2 * 250); // mostly short, some near the 1664-byte cap
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(pick(WORDS));
    return words.join(' ');
  };

  while (bytes < TARGET_BYTES) {
    const r = rand();
    if (r < 0.35) {
      line(
        `NLN ${pick(STATUSES)} ${email()} ${pick(NAMES)} ${pick(['0', '268435492', '1073741860'])}`,
      );
    } else if (r < 0.45) {
      line(`FLN ${email()}`);
    } else if (r < 0.5) {
      trid += 1;
      for (let i = 0; i < 20; i++)
        line(`ILN ${trid} ${pick(STATUSES)} ${email()} ${pick(NAMES)} 0`);
    } else if (r < 0.53) {
      // A SYN listing: settings, groups, contacts with phone properties.
      trid += 1;
      line(`SYN ${trid} 42 40 5`);
      line('GTC A');
      line('BLP AL');
      line('PRP PHH 1%20(555)%200100');
      for (let g = 0; g < 5; g++)
        line(`LSG ${g} ${pick(['Other%20Contacts', 'Friends', 'Work%20Mates'])} 0`);
      for (let c = 0; c < 40; c++) {
        const addr = email();
        line(
          `LST ${addr} ${pick(NAMES)} ${pick(['11', '3', '12', '8'])} ${pick(['0', '1', '1,2'])}`,
        );
        if (c % 4 === 0) line('BPR PHM 1%20(555)%200199');
      }
    } else if (r < 0.75) {
      payload(
        `MSG ${email()} ${pick(NAMES)}`,
        `MIME-Version: 1.0\r\nContent-Type: text/x-msmsgscontrol\r\nTypingUser: ${email()}\r\n\r\n\r\n`,
      );
    } else if (r < 0.95) {
      payload(
        `MSG ${email()} ${pick(NAMES)}`,
        `MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nX-MMS-IM-Format: FN=Segoe%20UI; EF=B; CO=ff; CS=0; PF=22\r\n\r\n${text()}`,
      );
    } else if (r < 0.97) {
      payload(
        'NOT',
        `<NOTIFICATION ver="1" id="2" siteid="0"><MSG id="0"><BODY><TEXT>${text()}</TEXT></BODY></MSG></NOTIFICATION>`,
      );
    } else {
      line(
        pick([
          `JOI ${email()} Bob`,
          `BYE ${email()}`,
          `ACK ${trid}`,
          'QNG',
          `CHL 0 15570131571988941333`,
        ]),
      );
    }
  }
  return { stream: Buffer.concat(parts, bytes), commands, lines };
}

function chunked(stream: Buffer, size: number): Buffer[] {
  const chunks: Buffer[] = [];
  for (let at = 0; at < stream.length; at += size) chunks.push(stream.subarray(at, at + size));
  return chunks;
}

function timeCodec(chunks: readonly Buffer[]): { ms: number; commands: number; errors: number } {
  const parser = new CommandParser();
  let commands = 0;
  let errors = 0;
  const started = performance.now();
  for (const chunk of chunks) {
    for (const event of parser.push(chunk)) {
      if (event.kind === 'command') commands += 1;
      else errors += 1;
    }
  }
  return { ms: performance.now() - started, commands, errors };
}

// Context for the ratio: the same scan plus decoding every line to a string, the least any
// parser that hands out string parameters must do per line.
function timeDecodeScan(stream: Buffer): { ms: number; lines: number } {
  const started = performance.now();
  let lines = 0;
  let from = 0;
  let at = stream.indexOf(0x0a);
  while (at >= 0) {
    if (stream.toString('utf8', from, at).length >= 0) lines += 1;
    from = at + 1;
    at = stream.indexOf(0x0a, from);
  }
  return { ms: performance.now() - started, lines };
}

function timeRawScan(stream: Buffer): { ms: number; lines: number } {
  const started = performance.now();
  let lines = 0;
  let at = stream.indexOf(0x0a);
  while (at >= 0) {
    lines += 1;
    at = stream.indexOf(0x0a, at + 1);
  }
  return { ms: performance.now() - started, lines };
}

const mb = (bytes: number): number => bytes / (1024 * 1024);
// The best run is the least disturbed one on a shared machine.
const best = (xs: number[]): number => Math.min(...xs);

export default async function run(): Promise<void> {
  const { stream, commands, lines } = generateTraffic();
  const chunks = chunked(stream, CHUNK_BYTES);
  console.log(
    `traffic: ${mb(stream.length).toFixed(1)} MB, ${commands} commands, ${lines} LF-terminated lines, ${chunks.length} chunks of ${CHUNK_BYTES / 1024} KiB`,
  );

  // Warm up both paths so the JIT has compiled them before timing.
  timeCodec(chunks.slice(0, 400));
  timeRawScan(stream.subarray(0, 4 * 1024 * 1024));

  const codecMs: number[] = [];
  const rawMs: number[] = [];
  const decodeMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const codec = timeCodec(chunks);
    if (codec.commands !== commands || codec.errors !== 0) {
      throw new Error(
        `codec parsed ${codec.commands} commands (${codec.errors} errors), expected ${commands}`,
      );
    }
    codecMs.push(codec.ms);
    const raw = timeRawScan(stream);
    if (raw.lines !== lines)
      throw new Error(`raw scan counted ${raw.lines} lines, expected ${lines}`);
    rawMs.push(raw.ms);
    decodeMs.push(timeDecodeScan(stream).ms);
    await new Promise((resolve) => setImmediate(resolve));
  }

  const codec = best(codecMs);
  const raw = best(rawMs);
  const decode = best(decodeMs);
  const size = mb(stream.length);
  const rate = (ms: number): number => size / (ms / 1000);
  const perSecond = (count: number, ms: number): string => (((count / ms) * 1000) / 1e6).toFixed(2);
  console.log(
    `codec (CommandParser):          ${rate(codec).toFixed(0)} MB/s, ${perSecond(commands, codec)} M commands/s (best of ${RUNS}: ${codec.toFixed(0)} ms)`,
  );
  console.log(
    `raw CRLF scan (Buffer.indexOf): ${rate(raw).toFixed(0)} MB/s, ${perSecond(lines, raw)} M lines/s (best of ${RUNS}: ${raw.toFixed(0)} ms)`,
  );
  console.log(
    `raw scan + decode every line:   ${rate(decode).toFixed(0)} MB/s (best of ${RUNS}: ${decode.toFixed(0)} ms)`,
  );
  console.log(`codec / raw scan: ${(raw / codec).toFixed(2)} (aim: >= 0.33)`);
  console.log(`codec / (raw scan + decode): ${(decode / codec).toFixed(2)}`);
}
