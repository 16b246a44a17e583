/// <reference lib="dom" />
// "Sign-in to painted list", as a person waits for it: Sign In clicked in the built renderer
// (Chromium, through the web harness) against the local MSNP8 network, until the contact list
// has been painted; for 100, 1,000 and 5,000 contacts beside a baseline of 0. The phases come
// from User Timing marks: main's sign-in steps (main/msnp/perf-mark.ts, in this process: the
// harness runs here) and the page's (renderer/src/app/perfMarks.ts), joined on the wall clock
// through each side's timeOrigin. Each figure is the median of RUNS fresh sign-ins (a fresh
// network, user-data folder and browser profile each: a full SYN, no list cache).
import type { AccountSeed } from '../server';
import { BENCH_EMAIL, BENCH_PASSWORD, benchAccount } from './support/bench-account';
import { openPage } from '../e2e/helpers/browser';
import { signIn } from '../e2e/helpers/flows';
import { startWorld } from '../e2e/helpers/world';

/** Skipped, on one line, when Chromium is missing (support/runner.ts). */
export const needs = 'chromium';

const SIZES = [0, 100, 1000, 5000];
const RUNS = 5;
const EMAIL = BENCH_EMAIL;
const PASSWORD = BENCH_PASSWORD;

function account(contacts: number): AccountSeed[] {
  return [benchAccount(contacts)];
}

/** Wall-clock time (ms since the epoch) of main's latest mark of that name. */
function mainMark(name: string): number {
  const entry = performance.getEntriesByName(name, 'mark').at(-1);
  if (!entry) throw new Error(`main never marked ${name}`);
  return performance.timeOrigin + entry.startTime;
}

const PAGE_MARKS = [
  'tweener:signIn',
  'tweener:session:online',
  'tweener:list:committed',
  'tweener:list:painted',
] as const;
type PageMark = (typeof PAGE_MARKS)[number];

interface Phases {
  'click → main starts': number;
  'connect, VER/CVR/USR (+ XFR hop)': number;
  'Passport + USR ticket': number;
  'SYN + first CHG': number;
  'online → page': number;
  'page: event → list committed': number;
  'commit → painted': number;
  'total: click → painted': number;
  'painted after the list reached the page': number;
}

async function signInOnce(contacts: number): Promise<Phases> {
  const world = await startWorld(account(contacts));
  try {
    const harness = await world.harness(EMAIL);
    const opened = await openPage(harness.url, { width: 300, height: 700 });
    try {
      const { page } = opened;
      await page.getByLabel('E-mail address:').waitFor({ timeout: 40_000 });
      await signIn(page, EMAIL, PASSWORD);
      // Only waits for the end; the figures come from the marks, not from this polling.
      await page.waitForFunction(
        () => performance.getEntriesByName('tweener:list:painted').length > 0,
        undefined,
        { timeout: 60_000, polling: 50 },
      );
      const marks = await page.evaluate(
        (names) => {
          const out: Record<string, number> = {};
          for (const name of names) {
            const entry = performance.getEntriesByName(name, 'mark').at(-1);
            if (entry) out[name] = performance.timeOrigin + entry.startTime;
          }
          return out;
        },
        PAGE_MARKS as unknown as string[],
      );
      const p = (name: PageMark): number => {
        const at = marks[name];
        if (at === undefined) throw new Error(`the page never marked ${name}`);
        return at;
      };
      const connecting = mainMark('tweener:ns:connecting');
      const authenticating = mainMark('tweener:ns:authenticating');
      const syncing = mainMark('tweener:ns:syncing');
      const online = mainMark('tweener:ns:online');
      return {
        'click → main starts': connecting - p('tweener:signIn'),
        'connect, VER/CVR/USR (+ XFR hop)': authenticating - connecting,
        'Passport + USR ticket': syncing - authenticating,
        'SYN + first CHG': online - syncing,
        'online → page': p('tweener:session:online') - online,
        'page: event → list committed': p('tweener:list:committed') - p('tweener:session:online'),
        'commit → painted': p('tweener:list:painted') - p('tweener:list:committed'),
        'total: click → painted': p('tweener:list:painted') - p('tweener:signIn'),
        'painted after the list reached the page':
          p('tweener:list:painted') - p('tweener:session:online'),
      };
    } finally {
      await opened.close();
    }
  } finally {
    await world.stop();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export default async function run(): Promise<void> {
  const results = new Map<number, Phases>();
  await signInOnce(0); // warm-up: module loading, the first Chromium start
  for (const size of SIZES) {
    const runs: Phases[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await signInOnce(size));
    const keys = Object.keys(runs[0]!) as (keyof Phases)[];
    results.set(
      size,
      Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as unknown as Phases,
    );
  }
  const base = results.get(0)!;
  const keys = Object.keys(base) as (keyof Phases)[];
  const width = Math.max(...keys.map((k) => k.length));
  const cell = (value: number, baseline: number): string =>
    `${value.toFixed(1)} (${value - baseline >= 0 ? '+' : ''}${(value - baseline).toFixed(1)})`.padStart(
      18,
    );
  console.log(
    `sign-in to painted list, ms, median of ${RUNS} fresh sign-ins; (beside: minus the 0-contact baseline)`,
  );
  console.log(
    `${'phase'.padEnd(width)}  ${'0 (baseline)'.padStart(12)}${SIZES.slice(1)
      .map((s) => `${s} contacts`.padStart(18))
      .join('')}`,
  );
  for (const key of keys) {
    const line = SIZES.slice(1)
      .map((s) => cell(results.get(s)![key], base[key]))
      .join('');
    console.log(`${key.padEnd(width)}  ${base[key].toFixed(1).padStart(12)}${line}`);
  }
}
