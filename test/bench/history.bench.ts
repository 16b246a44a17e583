// History at the scale of years: 1,000,000 messages across 500 contacts (BENCH_HISTORY_MESSAGES
// to change it), written straight to the log files, then: building the index from the logs
// (time, size on disk), searching (p95 target ≤ 100 ms; memory while searching), and appending
// with the index kept up to date (p99 target ≤ 1 ms).
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { HistoryStore } from '../../main/services/history/history-store';
import type { HistorySearch } from '../../main/services/history/history-store';
import { logNameFor } from '../../main/services/history/log-files';

const MESSAGES = Number(process.env.BENCH_HISTORY_MESSAGES ?? 1_000_000);
const CONTACTS = 500;
const VOCABULARY = 30_000;
const SEARCHES = 300;
const APPENDS = 10_000;
const SEARCH_P95_MS = 100;
const APPEND_P99_MS = 1;
const START = Date.UTC(2004, 0, 1);
const SPAN = 20 * 365 * 24 * 3600 * 1000;

/** A seeded generator, so every run writes the same history. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(19);
const letters = 'abcdefghijklmnopqrstuvwxyzéü';
const vocabulary = Array.from({ length: VOCABULARY }, (_, rank) => {
  const length = 2 + Math.min(10, Math.floor(Math.log2(rank + 2)) + Math.floor(random() * 3));
  let word = '';
  for (let i = 0; i < length; i++)
    word += letters[Math.floor(random() * (i === 0 ? 26 : letters.length))];
  return `${word}${rank}`;
});
// Zipf-like word frequencies, as in real text.
const cumulative = new Float64Array(VOCABULARY);
{
  let sum = 0;
  for (let r = 0; r < VOCABULARY; r++) cumulative[r] = sum += 1 / Math.pow(r + 1, 1.05);
  for (let r = 0; r < VOCABULARY; r++) cumulative[r]! /= sum;
}
function zipfWord(): string {
  const x = random();
  let lo = 0;
  let hi = VOCABULARY - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return vocabulary[lo]!;
}
const sentence = (): string =>
  Array.from({ length: 3 + Math.floor(random() * 14) }, zipfWord).join(' ');
const contactOf = (i: number): string => `contact${i}@example.com`;

/** Writes the logs directly (one buffered write per contact): the generator must not be the bottleneck. */
function writeLogs(dir: string): string[] {
  const history = join(dir, 'history');
  mkdirSync(history, { recursive: true });
  const perContact = Math.floor(MESSAGES / CONTACTS);
  const samples: string[] = [];
  for (let c = 0; c < CONTACTS; c++) {
    const contact = contactOf(c);
    const count = c === CONTACTS - 1 ? MESSAGES - perContact * (CONTACTS - 1) : perContact;
    const times = Array.from({ length: count }, () => START + Math.floor(random() * SPAN)).sort(
      (a, b) => a - b,
    );
    const lines: string[] = [];
    for (let i = 0; i < count; i++) {
      const out = random() < 0.5;
      const text = sentence();
      if (samples.length < 2000 && random() < 0.01) samples.push(text);
      lines.push(
        JSON.stringify({
          contact,
          conversationId: `conv-${c}-${Math.floor(i / 40)}`,
          direction: out ? 'out' : 'in',
          from: out ? 'me@example.com' : contact,
          fromName: out ? 'Me' : `Contact ${c}`,
          text,
          time: times[i],
        }),
      );
    }
    writeFileSync(join(history, logNameFor(contact)), `${lines.join('\n')}\n`);
  }
  return samples;
}

const dirBytes = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) =>
      n + (e.isDirectory() ? dirBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
// A collector to call, so memory figures are what a search allocates, not earlier garbage.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const memory = (): number => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external + m.arrayBuffers;
};

const KINDS = ['one word', 'two words', 'phrase', 'rare word', 'one contact', 'date range'];

function searches(samples: string[]): HistorySearch[] {
  const out: HistorySearch[] = [];
  for (let i = 0; i < SEARCHES; i++) {
    const words = samples[i % samples.length]!.split(' ');
    const pick = (): string => words[Math.floor(random() * words.length)]!;
    switch (i % 6) {
      case 0: // one word as people type it
        out.push({ text: pick(), limit: 30 });
        break;
      case 1: // two words
        out.push({ text: `${pick()} ${pick()}`, limit: 30 });
        break;
      case 2: // a phrase from a real message
        out.push({ text: `"${words.slice(0, 3).join(' ')}"`, limit: 30 });
        break;
      case 3: // a rare word
        out.push({ text: vocabulary[5000 + Math.floor(random() * 25_000)]!, limit: 30 });
        break;
      case 4: // one contact
        out.push({ text: pick(), contact: contactOf(Math.floor(random() * CONTACTS)), limit: 30 });
        break;
      default: // a date range
        out.push({
          text: pick(),
          from: START + SPAN / 2,
          to: START + SPAN / 2 + 90 * 24 * 3600 * 1000,
          limit: 30,
        });
    }
  }
  return out;
}

export default async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tweener-bench-history-'));
  try {
    let t = performance.now();
    const samples = writeLogs(dir);
    console.log(
      `generated ${MESSAGES.toLocaleString('en')} messages for ${CONTACTS} contacts in ${((performance.now() - t) / 1000).toFixed(1)} s (logs: ${mb(dirBytes(join(dir, 'history')))})`,
    );

    const before = memory();
    t = performance.now();
    const store = new HistoryStore(dir);
    const why = await store.ready;
    const buildMs = performance.now() - t;
    console.log(
      `index build (${why ?? 'no rebuild'}): ${(buildMs / 1000).toFixed(1)} s, on disk ${mb(dirBytes(join(dir, 'history', 'index')))}, ${store.index.segmentCount} segment(s)`,
    );

    gc();
    const baseline = memory();
    let most = 0;
    const times: number[] = [];
    const byKind = KINDS.map(() => [] as number[]);
    let found = 0;
    for (const [i, search] of searches(samples).entries()) {
      gc();
      const at = memory();
      const start = performance.now();
      const page = await store.search(search);
      times.push(performance.now() - start);
      byKind[i % KINDS.length]!.push(performance.now() - start);
      // Everything allocated during the search, garbage included: an upper bound on its memory.
      most = Math.max(most, memory() - at);
      found += page.hits.length;
    }
    const p95 = percentile(times, 95);
    console.log(
      `search (${SEARCHES} queries, first page of 30, ${found} results): p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms — target p95 ≤ ${SEARCH_P95_MS} ms ${p95 <= SEARCH_P95_MS ? 'OK' : 'MISSED'}`,
    );
    console.log(
      `  p95 by kind: ${KINDS.map((k, i) => `${k} ${percentile(byKind[i]!, 95).toFixed(1)} ms`).join(', ')}`,
    );
    console.log(
      `memory: ${mb(before)} before opening, ${mb(baseline)} with the index open; one search allocates at most ${mb(most)}`,
    );

    // Two patterns: a few conversations at a time (how people chat), and the worst case, each
    // message to a random one of the 500 contacts (every file's descriptor reopened).
    for (const [label, pick] of [
      ['10 active contacts', () => contactOf(Math.floor(random() * 10))],
      ['random among 500', () => contactOf(Math.floor(random() * CONTACTS))],
    ] as const) {
      const appendTimes: number[] = [];
      for (let i = 0; i < APPENDS; i++) {
        const contact = pick();
        const start = performance.now();
        await store.append({
          contact,
          conversationId: 'bench',
          direction: 'in',
          from: contact,
          fromName: 'Bench',
          text: sentence(),
          time: START + SPAN + appendTimes.length + (label.startsWith('random') ? APPENDS : 0),
        });
        appendTimes.push(performance.now() - start);
      }
      const p99 = percentile(appendTimes, 99);
      console.log(
        `append, ${label} (${APPENDS.toLocaleString('en')}, log line + index): p50 ${percentile(appendTimes, 50).toFixed(3)} ms, p99 ${p99.toFixed(3)} ms, max ${Math.max(...appendTimes).toFixed(1)} ms — target p99 ≤ ${APPEND_P99_MS} ms ${p99 <= APPEND_P99_MS ? 'OK' : 'MISSED'}`,
      );
    }
    // The floor on this machine right now: the same lines with a bare synchronous write and
    // nothing else (no index, no promise), so a busy machine's own p99 is visible beside ours.
    const bare = openSync(join(dir, 'bare.jsonl'), 'a');
    const bareTimes: number[] = [];
    for (let i = 0; i < APPENDS; i++) {
      const line = `${JSON.stringify({ text: sentence(), time: i })}\n`;
      const start = performance.now();
      writeSync(bare, line);
      bareTimes.push(performance.now() - start);
    }
    closeSync(bare);
    console.log(
      `baseline (bare writeSync of a line): p50 ${percentile(bareTimes, 50).toFixed(3)} ms, p99 ${percentile(bareTimes, 99).toFixed(3)} ms, max ${Math.max(...bareTimes).toFixed(1)} ms; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
    );
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
