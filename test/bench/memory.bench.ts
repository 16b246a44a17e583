/// <reference lib="dom" />
// Memory: main (the web harness in a process of its own: heap used and RSS after a full GC)
// and the renderer (Chromium's JS heap after a full GC, over the DevTools protocol), signed in
// with 5,000 contacts (the baseline); then holding 30 conversations (the app's cap; the issue
// asks 50) of 200 messages each (30 peers, each writes 200 messages and leaves); then after
// closing every conversation tab.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { AccountSeed } from '../server';
import { startNetwork } from '../server';
import {
  BENCH_EMAIL,
  BENCH_PASSWORD,
  benchAccount,
  benchContactEmail,
} from './support/bench-account';
import { openPage } from '../e2e/helpers/browser';
import { ensureRendererBuilt, RENDERER_OUT } from '../e2e/helpers/build';
import { signedIn } from '../e2e/helpers/flows';
import { profileForNetwork } from '../demo/demo-network';
import { signInPeer } from '../integration/conversations/helpers/peers';
import type { Peer } from '../integration/conversations/helpers/peers';
import { MAX_LIVE_CONVERSATIONS, RING_BURST, RING_REFILL_MS } from '../../main/msnp/limits';
import { forkHarness } from './support/harness-child';
import type { HarnessChild } from './support/harness-child';

/** Skipped, on one line, when Chromium is missing (support/runner.ts). */
export const needs = 'chromium';

const CONTACTS = 5000;
/**
 * The issue asks for 50; the app holds at most MAX_LIVE_CONVERSATIONS (30) open at once and
 * refuses more (a cap against a flood of invitations), so 30 are held here.
 */
const CONVERSATIONS = Math.min(
  Number(process.env['BENCH_CONVERSATIONS']) || 50,
  MAX_LIVE_CONVERSATIONS,
);
const MESSAGES = 200;
const EMAIL = BENCH_EMAIL;
const PASSWORD = BENCH_PASSWORD;
const WAIT_MS = 120_000;

const peerEmail = benchContactEmail;

function accounts(): AccountSeed[] {
  return [
    benchAccount(CONTACTS),
    // The first 50 contacts are people who can sign in and talk.
    ...Array.from({ length: CONVERSATIONS }, (_, i) => ({
      email: peerEmail(i),
      password: PASSWORD,
      friendlyName: `Peer ${i}`,
      contacts: [{ email: EMAIL, lists: 11, groups: [] }],
    })),
  ];
}

/** In the page before its scripts: how many bench messages reached it over the bridge. */
function countArrivals(): void {
  const w = window as unknown as Record<string, unknown>;
  const seen = new Set<string>();
  w['__memArrived'] = seen;
  const Native = WebSocket;
  class Counting extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('message', (event: MessageEvent) => {
        if (typeof event.data !== 'string') return;
        for (const m of event.data.matchAll(/mem-\d+-\d+/g)) seen.add(m[0]);
      });
    }
  }
  w['WebSocket'] = Counting;
}

interface Memory {
  mainHeap: number;
  mainRss: number;
  rendererHeap: number;
}

async function measure(page: Page, harness: HarnessChild): Promise<Memory> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const main = await harness.memory();
    return { mainHeap: main.heapUsed, mainRss: main.rss, rendererHeap: usedSize };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${WAIT_MS / 1000} s`);
    await new Promise((r) => setTimeout(r, 250)); // only polls for the end of a phase
  }
}

/** One peer writes its messages, waits until the server took them all, and leaves. */
async function talk(peer: Peer, index: number): Promise<number> {
  const conversationId = peer.chat.openConversation([EMAIL]);
  let settled = 0;
  let failed = 0;
  const done = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${peer.email}: no ACKs`)), WAIT_MS);
    const count = (): void => {
      if (++settled < MESSAGES) return;
      clearTimeout(timer);
      resolve();
    };
    peer.chat.on('messageDelivered', count);
    peer.chat.on('messageFailed', () => {
      failed++;
      count();
    });
  });
  for (let k = 0; k < MESSAGES; k++) {
    peer.chat.sendMessage(conversationId, `mem-${index}-${k} ${'words '.repeat(8)}`, null);
  }
  await done;
  peer.chat.leave(conversationId);
  return failed;
}

export default async function run(): Promise<void> {
  await ensureRendererBuilt();
  const network = await startNetwork({ accounts: accounts(), profile: 'spec' });
  const userDataDir = mkdtempSync(join(tmpdir(), 'tweener-bench-memory-'));
  const peers: Peer[] = [];
  let harness: HarnessChild | null = null;
  try {
    harness = await forkHarness({
      profile: profileForNetwork(network),
      userDataDir,
      rendererDir: RENDERER_OUT,
    });
    const opened = await openPage('about:blank', { width: 820, height: 600 });
    try {
      const { page } = opened;
      await page.addInitScript('globalThis.__name = (f) => f;');
      await page.addInitScript(countArrivals);
      await page.goto(harness.url);
      await signedIn(page, EMAIL, PASSWORD);
      await page.getByRole('treeitem').nth(1).waitFor({ timeout: 60_000 });
      await new Promise((r) => setTimeout(r, 2000)); // the list settles; nothing is measured
      const baseline = await measure(page, harness);

      for (let i = 0; i < CONVERSATIONS; i++) peers.push(await signInPeer(network, peerEmail(i)));
      // Invitations are answered in a burst of RING_BURST, then one per RING_REFILL_MS (a cap
      // against floods): the peers beyond the burst wait their turn.
      let failed = 0;
      let lastRing = 0;
      for (let i = 0; i < CONVERSATIONS; i++) {
        const wait = i < RING_BURST ? 0 : lastRing + RING_REFILL_MS + 250 - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        lastRing = Date.now();
        failed += await talk(peers[i]!, i);
      }
      if (failed > 0) throw new Error(`${failed} messages could not be sent`);
      const total = CONVERSATIONS * MESSAGES;
      const arrived = (): Promise<number> =>
        page.evaluate(() => (window as unknown as { __memArrived: Set<string> }).__memArrived.size);
      await until(`every message in the page`, async () => (await arrived()) >= total).catch(
        async (error: Error) => {
          throw new Error(`${error.message} (${await arrived()} of ${total})`);
        },
      );
      const tabs = page.getByRole('button', { name: /^Close conversation: / });
      await until('every conversation docked', async () => (await tabs.count()) >= CONVERSATIONS);
      const holding = await measure(page, harness);

      while ((await tabs.count()) > 0) await tabs.first().click();
      await new Promise((r) => setTimeout(r, 1000)); // closing settles; nothing is measured
      const closed = await measure(page, harness);

      const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;
      const vs = (value: number, base: number): string =>
        `${mb(value)} (${value >= base ? '+' : ''}${(((value - base) / base) * 100).toFixed(0)} %)`;
      console.log(
        `memory after a full GC; ${CONTACTS} contacts; ${CONVERSATIONS} conversations × ${MESSAGES} messages ` +
          '(targets: renderer ≤ 80 MB, main heap ≤ 60 MB, closed within 10 % of signed in)',
      );
      console.log(
        `${''.padEnd(16)}${'signed in (baseline)'.padStart(22)}${'holding'.padStart(20)}${'all closed'.padStart(20)}`,
      );
      const row = (label: string, pick: (m: Memory) => number): void =>
        console.log(
          `${label.padEnd(16)}${mb(pick(baseline)).padStart(22)}${vs(pick(holding), pick(baseline)).padStart(20)}${vs(pick(closed), pick(baseline)).padStart(20)}`,
        );
      row('main heap', (m) => m.mainHeap);
      row('main RSS', (m) => m.mainRss);
      row('renderer heap', (m) => m.rendererHeap);
    } finally {
      await opened.close();
    }
  } finally {
    for (const peer of peers) peer.close();
    await harness?.stop();
    await network.stop().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
