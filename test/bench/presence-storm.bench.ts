/// <reference lib="dom" />
// Presence storm, as a person sees it: signed in (Chromium, through the web harness, against
// the local MSNP8 network) with 5,000 contacts, the server sends 1,000 NLN status changes within
// one second (as after a server restart); then one last NLN renames a contact to a marker that
// sorts first in the first group (so it is on screen). The sign-in storm: 5,000 ILN in one
// write (every contact coming online at once; sent after sign-in, from an all-offline list).
// Measured in the page: long tasks over 50 ms (PerformanceObserver 'longtask'), the longest gap
// between frames (requestAnimationFrame), and the time from the first change sent until the
// marker is on screen (the list has settled). Baseline: the marker alone, after a quiet second.
// Median of RUNS storms of each kind.
import type { Page } from 'playwright-core';
import type { AccountSeed } from '../server';
import { BENCH_EMAIL, BENCH_PASSWORD, benchAccount } from './support/bench-account';
import { openPage } from '../e2e/helpers/browser';
import { signedIn } from '../e2e/helpers/flows';
import { startWorld } from '../e2e/helpers/world';
import { profilePage, profiling, summarise } from './support/profile';

/** Skipped, on one line, when Chromium is missing (support/runner.ts). */
export const needs = 'chromium';

const CONTACTS = 5000;
const CHANGES = 1000;
const SLICES = 20; // 50 changes every 50 ms: 1,000 within one second
const RUNS = 3;
/** In group 1 (the first group shown); its marker names sort before every "Contact ...". */
const MARKER = 'contact1@bench.test';
const WAIT_MS = 30_000;
const EMAIL = BENCH_EMAIL;
const PASSWORD = BENCH_PASSWORD;
const ONLINE = ['NLN', 'BSY', 'AWY', 'BRB', 'PHN', 'LUN'];

function account(): AccountSeed[] {
  return [benchAccount(CONTACTS)];
}

/** In the page, from now on: long tasks, frame gaps, and when `marker` shows. */
function watch(
  marker: string,
): Promise<{ settledAt: number; longTasks: number[]; worstFrame: number }> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  return new Promise((resolve) => {
    let last = performance.now();
    let worstFrame = 0;
    const frame = (now: number): void => {
      worstFrame = Math.max(worstFrame, now - last);
      last = now;
      if (document.body.textContent?.includes(marker)) {
        const settledAt = performance.timeOrigin + performance.now();
        // Long tasks are reported after they end: one more frame lets the last one in.
        requestAnimationFrame(() =>
          setTimeout(() => {
            observer.disconnect();
            resolve({ settledAt, longTasks, worstFrame });
          }, 0),
        );
        return;
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function bounded<T>(what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer in ${WAIT_MS} ms`)), WAIT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
}

interface Figures {
  settled: number;
  longTasks: number;
  longestTask: number;
  worstFrame: number;
}

type Storm = 'quiet' | 'presence' | 'sign-in';

/** The lines of one storm, in the slices they are written in (one write per slice). */
function stormLines(kind: Storm, round: number): string[][] {
  if (kind === 'quiet') return Array.from({ length: SLICES }, () => []);
  if (kind === 'sign-in') {
    const lines = Array.from({ length: CONTACTS }, (_, i) => {
      const status = ONLINE[(round + i) % ONLINE.length];
      return `ILN ${round} ${status} contact${i}@bench.test Contact%20${i} 0\r\n`;
    });
    return [lines];
  }
  const perSlice = CHANGES / SLICES;
  return Array.from({ length: SLICES }, (_, s) =>
    Array.from({ length: perSlice }, (_, k) => {
      const i = (round * 7919 + s * perSlice + k) % CONTACTS;
      const status = ONLINE[(round + k) % ONLINE.length];
      return `NLN ${status} contact${i}@bench.test Contact%20${i} 0\r\n`;
    }),
  );
}

async function storm(
  page: Page,
  send: (data: string) => void,
  round: number,
  kind: Storm,
): Promise<Figures> {
  const marker = `0 Settled ${round}`;
  const watching = page.evaluate(watch, marker);
  await pause(100); // the watcher is in place
  const slices = stormLines(kind, round);
  for (const lines of slices) {
    if (lines.length > 0) send(lines.join(''));
    if (slices.length > 1) await pause(1000 / SLICES);
  }
  const end = Date.now();
  send(`NLN NLN ${MARKER} ${encodeURIComponent(marker)} 0\r\n`);
  const r = await bounded(`the marker of a ${kind} storm`, watching);
  return {
    settled: r.settledAt - end,
    longTasks: r.longTasks.filter((d) => d > 50).length,
    longestTask: Math.max(0, ...r.longTasks),
    worstFrame: r.worstFrame,
  };
}

/** Everyone offline again (before a sign-in storm), and settled. */
async function allOffline(page: Page, send: (data: string) => void, round: number): Promise<void> {
  const lines = Array.from({ length: CONTACTS }, (_, i) => `FLN contact${i}@bench.test\r\n`);
  send(lines.join(''));
  await storm(page, send, round, 'quiet');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export default async function run(): Promise<void> {
  const world = await startWorld(account());
  try {
    const harness = await world.harness(EMAIL);
    const opened = await openPage(harness.url, { width: 300, height: 700 });
    try {
      const { page } = opened;
      // tsx keeps function names with a `__name` helper that serialised functions lack.
      await page.addInitScript('globalThis.__name = (f) => f;');
      await page.evaluate('globalThis.__name = (f) => f;');
      await signedIn(page, EMAIL, PASSWORD);
      await page.getByRole('treeitem').first().waitFor({ timeout: 60_000 });
      await page.getByRole('treeitem').nth(1).waitFor({ timeout: 60_000 });
      const send = (data: string): void => world.network.faults.sendRaw(EMAIL, data);
      const figures: Record<Storm, Figures[]> = { quiet: [], presence: [], 'sign-in': [] };
      let round = 0;
      if (profiling) {
        for (const kind of ['presence', 'sign-in'] as const) {
          if (kind === 'sign-in') await allOffline(page, send, ++round);
          const { profile } = await profilePage(page, () => storm(page, send, ++round, kind));
          console.log(`profile of the page during a ${kind} storm\n${summarise(profile)}`);
        }
      }
      for (let i = 0; i < RUNS; i++) {
        figures.quiet.push(await storm(page, send, ++round, 'quiet'));
        figures.presence.push(await storm(page, send, ++round, 'presence'));
        await allOffline(page, send, ++round);
        figures['sign-in'].push(await storm(page, send, ++round, 'sign-in'));
      }
      const row = (label: string, pick: (f: Figures) => number, unit: string): void => {
        const cells = (['quiet', 'presence', 'sign-in'] as const).map((k) =>
          `${median(figures[k].map(pick)).toFixed(1)}${unit}`.padStart(20),
        );
        console.log(`${label.padEnd(34)}${cells.join('')}`);
      };
      console.log(
        `storms with ${CONTACTS} contacts listed, in the page; median of ${RUNS} ` +
          `(targets: no task over 50 ms, no frame over 100 ms)`,
      );
      console.log(
        `${''.padEnd(34)}${'quiet (baseline)'.padStart(20)}${`${CHANGES} NLN in 1 s`.padStart(20)}${`${CONTACTS} ILN at once`.padStart(20)}`,
      );
      row('storm sent → marker shown', (f) => f.settled, ' ms');
      row('long tasks over 50 ms', (f) => f.longTasks, '');
      row('longest task', (f) => f.longestTask, ' ms');
      row('longest gap between frames', (f) => f.worstFrame, ' ms');
    } finally {
      await opened.close();
    }
  } finally {
    await world.stop();
  }
}
