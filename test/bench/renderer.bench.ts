/// <reference lib="dom" />
// Renderer benchmark, measured in Chromium: the real built renderer with a fake in-page bridge
// (window.msn injected before the page's scripts) holding 5,000 contacts; then 1,000 presence
// changes, one event each in its own task (each one rendered), and again as a single batch.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { openPage } from '../e2e/helpers/browser';
import { ensureRendererBuilt, RENDERER_OUT } from '../e2e/helpers/build';

/** Skipped, on one line, when Chromium is missing (support/runner.ts). */
export const needs = 'chromium';

const CONTACTS = 5000;
const CHANGES = 1000;

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

async function serveRenderer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/'));
    const file = join(RENDERER_OUT, path === '/' ? 'index.html' : path);
    if (!file.startsWith(RENDERER_OUT)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file)
      .then((body) => {
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        });
        response.end(body);
      })
      .catch(() => response.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Runs in the page before its scripts: a bridge that answers the snapshot and lets us emit. */
function installFakeBridge(count: number): void {
  const statuses = ['NLN', 'BSY', 'AWY', 'BRB', 'PHN', 'LUN', 'FLN'];
  const groups = Array.from({ length: 10 }, (_, i) => ({
    id: i,
    name: i === 0 ? 'Other Contacts' : `Group ${i}`,
  }));
  const contacts = Array.from({ length: count }, (_, i) => ({
    email: `contact${i}@bench.test`,
    friendlyName: `Contact ${String(i).padStart(4, '0')}${i % 17 === 0 ? ' :)' : ''}`,
    lists: 11,
    groupIds: [i % 10],
    status: statuses[i % statuses.length],
    capabilities: 0,
    phones: {},
  }));
  const listeners = new Set<(events: unknown[]) => void>();
  const w = window as unknown as Record<string, unknown>;
  w['__benchContacts'] = contacts;
  w['__benchEmit'] = (events: unknown[]) => listeners.forEach((l) => l(events));
  w['msn'] = {
    request(channel: string) {
      if (channel !== 'app:snapshot') return Promise.resolve(undefined);
      return Promise.resolve({
        session: { phase: 'online' },
        self: {
          email: 'me@bench.test',
          friendlyName: 'Bench',
          verified: true,
          status: 'NLN',
          phones: {},
        },
        contacts,
        groups,
        privacy: { blp: 'AL', gtc: 'A' },
        mail: { inboxUnread: 0, foldersUnread: 0 },
        conversations: [],
        messages: [],
        transfers: [],
        pendingAddedBy: [],
        settings: {
          listView: 'groups',
          showEmoticons: true,
          autoAwayEnabled: false,
          autoAwayMinutes: 5,
          runInBackground: true,
          alertOnSignIn: true,
          alertOnMessage: true,
          alertOnMail: true,
          playSounds: false,
          muteWhenBusy: true,
          soundVolume: 0.8,
          keepHistory: true,
          alertWhenAdded: true,
          downloadFolder: '',
          lastProfileId: 'x',
        },
        profiles: [],
        accounts: [],
        platform: 'web',
      });
    },
    onEvent(listener: (events: unknown[]) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** In the page: apply presence changes and report timings. */
async function presenceStorm(args: {
  changes: number;
  batched: boolean;
  /** row: between online states (one row re-renders); reflow: online <-> offline. */
  kind: 'row' | 'reflow' | 'mixed';
}): Promise<Record<string, number>> {
  const w = window as unknown as {
    __benchContacts: { email: string; status: string }[];
    __benchEmit: (events: unknown[]) => void;
  };
  const statuses = ['NLN', 'BSY', 'AWY', 'BRB', 'PHN', 'LUN', 'FLN'];
  const contacts = w.__benchContacts;
  let seed = 42;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const online = statuses.slice(0, 6);
  const changes = Array.from({ length: args.changes }, () => {
    const base = contacts[next() % contacts.length]!;
    const wasOnline = base.status !== 'FLN';
    const status =
      args.kind === 'mixed'
        ? statuses[next() % statuses.length]!
        : args.kind === 'reflow'
          ? wasOnline
            ? 'FLN'
            : online[next() % online.length]!
          : wasOnline
            ? online[next() % online.length]!
            : 'FLN';
    base.status = status;
    return { ...base };
  });
  const frame = (): Promise<void> =>
    new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  // A MessageChannel task (setTimeout is clamped to 4 ms when nested); React's own render task
  // was queued first, so it has run when this resolves.
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  const yieldTask = (): Promise<void> =>
    new Promise((r) => {
      waiting.push(r);
      channel.port2.postMessage(0);
    });
  let syncTime = 0;
  const t0 = performance.now();
  let worst = 0;
  if (args.batched) {
    w.__benchEmit([{ type: 'contacts', contacts: changes }]);
  } else {
    for (const c of changes) {
      const s = performance.now();
      w.__benchEmit([{ type: 'contacts', contacts: [c] }]);
      syncTime += performance.now() - s;
      await yieldTask();
      worst = Math.max(worst, performance.now() - s);
    }
  }
  await frame();
  const total = performance.now() - t0;
  return { total, perChange: total / args.changes, worst, syncTime };
}

export default async function run(): Promise<void> {
  await ensureRendererBuilt();
  const site = await serveRenderer();
  const opened = await openPage('about:blank', { width: 300, height: 700 });
  const { page } = opened;
  try {
    // tsx keeps function names with a `__name` helper that serialised functions lack.
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.addInitScript(installFakeBridge, CONTACTS);
    const t0 = Date.now();
    await page.goto(site.url);
    await page.getByRole('treeitem').first().waitFor({ timeout: 30_000 });
    const firstRender = Date.now() - t0;
    const rendered = await page.getByRole('treeitem').count();
    console.log(`contacts: ${CONTACTS}, rows in the DOM (virtualised): ${rendered}`);
    console.log(`first render (load, snapshot, list): ${firstRender} ms`);

    for (const kind of ['row', 'reflow', 'mixed'] as const) {
      const r = await page.evaluate(presenceStorm, { changes: CHANGES, batched: false, kind });
      const what = {
        row: 'between online states (the row alone re-renders)',
        reflow: 'online <-> offline (the list reflows)',
        mixed: 'random statuses',
      }[kind];
      console.log(
        `${CHANGES} presence changes, ${what}, one event each, each rendered: ` +
          `${r['total']!.toFixed(0)} ms (${r['perChange']!.toFixed(2)} ms per change, ` +
          `worst ${r['worst']!.toFixed(1)} ms; store updates ${r['syncTime']!.toFixed(0)} ms of it)`,
      );
    }
    const batch = await page.evaluate(presenceStorm, {
      changes: CHANGES,
      batched: true,
      kind: 'mixed' as const,
    });
    console.log(
      `${CHANGES} random presence changes in one batch: ${batch['total']!.toFixed(1)} ms`,
    );

    await page.getByLabel('Find a contact').fill('Contact 49');
    const t1 = Date.now();
    await page
      .getByRole('treeitem', { name: /^Contact 49[0-9][0-9]/ })
      .first()
      .waitFor();
    console.log(`filter to "Contact 49": ${Date.now() - t1} ms`);
  } finally {
    await opened.close();
    await site.close();
  }
}
