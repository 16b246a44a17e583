/// <reference lib="dom" />
// Message to screen, as a person waits for it: a peer (a real MsnClient in this process) writes
// a message to the switchboard; it goes through the local network to the web harness (main's
// services, here too) and over the bridge to the built renderer in Chromium, which paints it in
// the open conversation. Each message is timed from the peer's write (wall clock) until the
// frame after the page committed it (a MutationObserver, then requestAnimationFrame + a task);
// the baseline is the same path without the render step: until the bridge's WebSocket frame
// carrying it reached the page (a listener registered before the app's own).
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { openPage } from '../e2e/helpers/browser';
import { signedIn } from '../e2e/helpers/flows';
import { startWorld } from '../e2e/helpers/world';
import { signInPeer } from '../integration/conversations/helpers/peers';
import { percentile } from './support/message-flow';
import { profilePage, profiling, summarise } from './support/profile';

/** Skipped, on one line, when Chromium is missing (support/runner.ts). */
export const needs = 'chromium';

const ALICE = 'alice@tweener.test';
const BOB = 'bob@tweener.test';
const PASSWORD = 'tweener';
/** 1,000 at 20/s (50 s); at 1/s, 1,000 would take 17 minutes: fewer there. */
const RATES = [
  { perSecond: 1, count: 40 },
  { perSecond: 20, count: 1000 },
];
const WAIT_MS = 30_000;

/** In the page before its scripts: when each bench message's frame arrived, when painted. */
function instrument(): void {
  const w = window as unknown as Record<string, unknown>;
  const arrived: Record<number, number> = {};
  const painted: Record<number, number> = {};
  w['__arrived'] = arrived;
  w['__painted'] = painted;
  const pattern = /bench-msg-(\d+)/g;
  const Native = WebSocket;
  class Timed extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('message', (event: MessageEvent) => {
        if (typeof event.data !== 'string' || !event.data.includes('bench-msg-')) return;
        const at = performance.timeOrigin + performance.now();
        for (const m of event.data.matchAll(pattern)) arrived[Number(m[1])] ??= at;
      });
    }
  }
  w['WebSocket'] = Timed;
  const observer = new MutationObserver((records) => {
    const found: number[] = [];
    for (const record of records) {
      for (const node of record.addedNodes) {
        for (const m of (node.textContent ?? '').matchAll(pattern)) found.push(Number(m[1]));
      }
    }
    if (found.length === 0) return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        const at = performance.timeOrigin + performance.now();
        for (const i of found) painted[i] ??= at;
      }, 0),
    );
  });
  document.addEventListener('DOMContentLoaded', () =>
    observer.observe(document.body, { childList: true, subtree: true }),
  );
}

const now = (): number => performance.timeOrigin + performance.now();
const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Latencies {
  arrived: number[];
  painted: number[];
  render: number[];
}

/** Sends `count` messages at `perSecond` on a fixed schedule; the page's times for each. */
async function burst(
  page: Page,
  send: (text: string) => void,
  first: number,
  count: number,
  perSecond: number,
): Promise<Latencies> {
  const sentAt: number[] = [];
  const start = performance.now();
  for (let k = 0; k < count; k++) {
    // A fixed schedule: a slow send does not slow the rate down.
    const wait = start + (k * 1000) / perSecond - performance.now();
    if (wait > 0) await pause(wait);
    sentAt.push(now());
    send(`bench-msg-${first + k}`);
  }
  const last = first + count - 1;
  const deadline = Date.now() + WAIT_MS;
  // Only waits for the end: the figures are the page's own timestamps.
  while (!(await page.evaluate((i) => i in (window as unknown as Shown).__painted, last))) {
    if (Date.now() > deadline) throw new Error(`message ${last} was never painted`);
    await pause(100);
  }
  const shown = await page.evaluate(() => {
    const w = window as unknown as Shown;
    return { arrived: w.__arrived, painted: w.__painted };
  });
  const out: Latencies = { arrived: [], painted: [], render: [] };
  sentAt.forEach((sent, k) => {
    const arrived = shown.arrived[first + k];
    const painted = shown.painted[first + k];
    if (arrived === undefined || painted === undefined) {
      throw new Error(`message ${first + k} never reached the page`);
    }
    out.arrived.push(arrived - sent);
    out.painted.push(painted - sent);
    out.render.push(painted - arrived);
  });
  for (const list of Object.values(out)) list.sort((x: number, y: number) => x - y);
  return out;
}

interface Shown {
  __arrived: Record<number, number>;
  __painted: Record<number, number>;
}

export default async function run(): Promise<void> {
  const world = await startWorld();
  const bob = await signInPeer(world.network, BOB);
  try {
    const harness = await world.harness(ALICE);
    const opened = await openPage(harness.url, { width: 820, height: 600 });
    try {
      const { page } = opened;
      // tsx keeps function names with a `__name` helper that serialised functions lack.
      await page.addInitScript('globalThis.__name = (f) => f;');
      await page.addInitScript(instrument);
      await page.reload();
      await signedIn(page, ALICE, PASSWORD);
      const conversationId = bob.chat.openConversation([ALICE]);
      await bob.chat.sendMessage(conversationId, 'warm-up', null);
      await page.locator('.message--in').first().waitFor({ timeout: WAIT_MS });
      const send = (text: string): void => void bob.chat.sendMessage(conversationId, text, null);
      const cell = (v: number): string => `${v.toFixed(1)}`.padStart(12);
      console.log(
        "message to screen, ms from the peer's write (target: render p99 ≤ 16 ms at 20/s)",
      );
      console.log(
        `${'rate × messages'.padEnd(18)}${[
          'page p50',
          'p99',
          'paint p50',
          'p99',
          'render p50',
          'p99',
        ]
          .map((h) => h.padStart(12))
          .join('')}`,
      );
      let next = 0;
      if (profiling) {
        const { profile } = await profilePage(page, () => burst(page, send, next, 400, 20));
        next += 400;
        console.log(`profile of the page, 400 messages at 20/s\n${summarise(profile, 25)}`);
      }
      for (const { perSecond, count } of RATES) {
        const l = await burst(page, send, next, count, perSecond);
        next += count;
        const q = (list: number[]): string =>
          cell(percentile(list, 50)) + cell(percentile(list, 99));
        console.log(
          `${`${perSecond}/s × ${count}`.padEnd(18)}${q(l.arrived)}${q(l.painted)}${q(l.render)}`,
        );
      }
    } finally {
      await opened.close();
    }
  } finally {
    bob.close();
    await world.stop();
  }
}
