/// <reference lib="dom" />
// Startup, main side in the web harness: process start → the harness serves the sign-in
// window (a fresh process each time: support/harness-process.ts, run by tsx from the sources,
// so the transpiling is in the figure; Electron would load out/main instead), then in Chromium
// the page's navigation → the sign-in form's first frame (the renderer bundle's load, parse
// and first render: what minifying it changes). Median of RUNS; the bundle sizes beside.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { openPage } from '../e2e/helpers/browser';
import { ensureRendererBuilt, RENDERER_OUT } from '../e2e/helpers/build';
import { DEFAULT_LOCAL_PROFILE } from '../../main/services/stores/profile-store';
import { forkHarness } from './support/harness-child';

/** Skipped, on one line, when Chromium is missing (support/runner.ts). */
export const needs = 'chromium';

const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function bundleSizes(): { raw: number; gzip: number } {
  const assets = join(RENDERER_OUT, 'assets');
  let raw = 0;
  let gzip = 0;
  for (const name of readdirSync(assets)) {
    if (!/\.(js|css)$/.test(name)) continue;
    raw += statSync(join(assets, name)).size;
    gzip += gzipSync(readFileSync(join(assets, name))).length;
  }
  return { raw, gzip };
}

async function startOnce(): Promise<{ main: number; page: number }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'tweener-bench-startup-'));
  const harness = await forkHarness({
    profile: DEFAULT_LOCAL_PROFILE,
    userDataDir,
    rendererDir: RENDERER_OUT,
  });
  try {
    const opened = await openPage('about:blank', { width: 300, height: 700 });
    try {
      await opened.page.goto(harness.url);
      await opened.page.waitForFunction(
        () => performance.getEntriesByName('tweener:signIn:ready').length > 0,
        undefined,
        { timeout: 30_000, polling: 50 },
      );
      // Navigation start is the page's time 0.
      const page = await opened.page.evaluate(
        () => performance.getEntriesByName('tweener:signIn:ready')[0]!.startTime,
      );
      return { main: harness.readyMs, page };
    } finally {
      await opened.close();
    }
  } finally {
    await harness.stop();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

export default async function run(): Promise<void> {
  await ensureRendererBuilt();
  await startOnce(); // warm-up: the disk cache, Chromium's first start
  const runs: { main: number; page: number }[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await startOnce());
  const { raw, gzip } = bundleSizes();
  console.log(`startup, ms, median of ${RUNS} fresh starts`);
  console.log(
    `process start → harness serves the sign-in window (main side): ${median(runs.map((r) => r.main)).toFixed(0)} ms`,
  );
  console.log(
    `page navigation → sign-in form painted (renderer):              ${median(runs.map((r) => r.page)).toFixed(0)} ms`,
  );
  console.log(
    `renderer bundle (out/renderer/assets, js + css): ${(raw / 1024).toFixed(0)} kB, ${(gzip / 1024).toFixed(0)} kB gzipped`,
  );
}
