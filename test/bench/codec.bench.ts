// Codec throughput on realistic server → client traffic, against a raw CRLF scan as the floor.
// reference: msnp8/README.md §3.4 (the reader); DESIGN.md (Codec)
import { CommandParser } from '../../main/msnp/codec';

const TARGET_BYTES = 52 * 1024 * 1024;
const CHUNK_BYTES = 16 * 1024; // a typical socket read
const RUNS = 7;

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

// Both clocks: wall time, and this process's CPU time, which is not inflated when other work
// on a shared machine takes the CPU away (the ratios use CPU time).
interface Timing {
  wallMs: number;
  cpuMs: number;
  count: number;
}

function timed(work: () => number): Timing {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const count = work();
  const wallMs = performance.now() - wall;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000, count };
}

/** Parses every chunk; returns the number of commands (throws on a protocol error). */
function parseAll(chunks: readonly Buffer[]): number {
  const parser = new CommandParser();
  let commands = 0;
  for (const chunk of chunks) {
    for (const event of parser.push(chunk)) {
      if (event.kind !== 'command') throw event.error;
      commands += 1;
    }
  }
  return commands;
}

/** The floor: Buffer.indexOf over the same chunks the codec gets, counting LF-terminated
 * lines (a line split across chunks is counted where its LF is). */
function rawScan(chunks: readonly Buffer[]): number {
  let lines = 0;
  for (const chunk of chunks) {
    let at = chunk.indexOf(0x0a);
    while (at >= 0) {
      lines += 1;
      at = chunk.indexOf(0x0a, at + 1);
    }
  }
  return lines;
}

/** Context: the scan plus decoding every line to a string, the least a parser handing out
 * string parameters must do per line. */
function decodeScan(stream: Buffer): number {
  let chars = 0;
  let from = 0;
  let at = stream.indexOf(0x0a);
  while (at >= 0) {
    chars += stream.toString('utf8', from, at).length;
    from = at + 1;
    at = stream.indexOf(0x0a, from);
  }
  return chars;
}

const mb = (bytes: number): number => bytes / (1024 * 1024);
// The best run is the least disturbed one on a shared machine.
const best = (runs: Timing[], clock: 'wallMs' | 'cpuMs'): number =>
  Math.min(...runs.map((r) => r[clock]));

export default async function run(): Promise<void> {
  const { stream, commands, lines } = generateTraffic();
  const chunks = chunked(stream, CHUNK_BYTES);
  const size = mb(stream.length);
  console.log(
    `traffic: ${size.toFixed(1)} MB, ${commands} commands, ${lines} LF-terminated lines, ${chunks.length} chunks of ${CHUNK_BYTES / 1024} KiB`,
  );

  // Warm up every path so the JIT has compiled them before timing.
  parseAll(chunks.slice(0, 400));
  rawScan(chunks.slice(0, 400));
  decodeScan(stream.subarray(0, 1024 * 1024));

  const codecRuns: Timing[] = [];
  const rawRuns: Timing[] = [];
  const decodeRuns: Timing[] = [];
  for (let i = 0; i < RUNS; i++) {
    const codec = timed(() => parseAll(chunks));
    if (codec.count !== commands) throw new Error(`parsed ${codec.count} of ${commands} commands`);
    codecRuns.push(codec);
    const raw = timed(() => rawScan(chunks));
    if (raw.count !== lines) throw new Error(`raw scan counted ${raw.count} of ${lines} lines`);
    rawRuns.push(raw);
    decodeRuns.push(timed(() => decodeScan(stream)));
    await new Promise((resolve) => setImmediate(resolve));
  }

  const report = (label: string, runs: Timing[], count: number, unit: string): void => {
    const cpu = best(runs, 'cpuMs');
    const wall = best(runs, 'wallMs');
    console.log(
      `${label.padEnd(32)} ${(size / (cpu / 1000)).toFixed(0).padStart(5)} MB/s, ${(((count / cpu) * 1000) / 1e6).toFixed(2)} M ${unit}/s` +
        `  (best of ${RUNS}: ${cpu.toFixed(0)} ms CPU, ${wall.toFixed(0)} ms wall)`,
    );
  };
  report('codec (CommandParser)', codecRuns, commands, 'commands');
  report('raw CRLF scan (Buffer.indexOf)', rawRuns, lines, 'lines');
  report('raw scan + decode every line', decodeRuns, lines, 'lines');
  const codecCpu = best(codecRuns, 'cpuMs');
  console.log(
    `codec / raw scan: ${(best(rawRuns, 'cpuMs') / codecCpu).toFixed(2)} (aim: >= 0.33)` +
      `; wall clock: ${(best(rawRuns, 'wallMs') / best(codecRuns, 'wallMs')).toFixed(2)}`,
  );
  console.log(`codec / (raw scan + decode): ${(best(decodeRuns, 'cpuMs') / codecCpu).toFixed(2)}`);
}
