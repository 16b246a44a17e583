// What a malformed line costs the codec next to a valid one: a hostile server can send
// nothing but malformed lines, so each must be skipped cheaply (no Error object, no stack).
// reference: msnp8/README.md §3.4 (the reader: bad input is skipped, never fatal to the parser)
import { CommandParser } from '../../main/msnp/codec';

const LINES = 400_000;
const CHUNK_BYTES = 16 * 1024;
const RUNS = 5;

function stream(line: string): Buffer[] {
  const bytes = Buffer.from(line.repeat(LINES), 'latin1');
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES)
    chunks.push(bytes.subarray(at, at + CHUNK_BYTES));
  return chunks;
}

/** CPU ms for the best of RUNS parses of the chunks (and the event count, as a check). */
function bestCpuMs(chunks: readonly Buffer[]): { ms: number; events: number } {
  let best = Infinity;
  let events = 0;
  for (let run = 0; run < RUNS; run++) {
    const parser = new CommandParser();
    const cpu = process.cpuUsage();
    events = 0;
    for (const chunk of chunks) events += parser.push(chunk).length;
    const used = process.cpuUsage(cpu);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return { ms: best, events };
}

export default async function run(): Promise<void> {
  // Same length, so the bytes scanned are the same.
  const valid = stream('NLN NLN bob@example.com Bob 0\r\n');
  const malformed = stream('nln NLN bob@example.com Bob 0\r\n');
  bestCpuMs(valid.slice(0, 50));
  bestCpuMs(malformed.slice(0, 50));
  const good = bestCpuMs(valid);
  const bad = bestCpuMs(malformed);
  if (good.events !== LINES || bad.events !== LINES) {
    throw new Error(`expected ${LINES} events each, got ${good.events} and ${bad.events}`);
  }
  const perLine = (ms: number): string => `${((ms * 1e6) / LINES).toFixed(0)} ns/line`;
  console.log(`valid lines:     ${perLine(good.ms)}  (${LINES} lines, best of ${RUNS}, CPU)`);
  console.log(`malformed lines: ${perLine(bad.ms)}`);
  console.log(`malformed / valid: ${(bad.ms / good.ms).toFixed(1)}× (aim: <= 3)`);
  await Promise.resolve();
}
