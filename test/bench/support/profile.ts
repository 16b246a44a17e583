// Where the time goes, for benchmarks that miss a target: a CPU profile of the page through the
// Chrome DevTools protocol (playwright-core's CDPSession, Profiler domain), or of this process
// (node:inspector), summarised as the functions with the most self and total time.
// `BENCH_PROFILE=1 npm run bench <name>` turns it on where a benchmark offers it.
import { Session } from 'node:inspector/promises';
import type { Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export const profiling = process.env['BENCH_PROFILE'] === '1';

/** Runs `work` while the page's main thread is sampled every 100 µs. */
export async function profilePage<T>(
  page: Page,
  work: () => Promise<T>,
): Promise<{ result: T; profile: CpuProfile }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const result = await work();
    const { profile } = await cdp.send('Profiler.stop');
    return { result, profile: profile as CpuProfile };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Runs `work` while this process (main's services, in the web harness) is sampled. */
export async function profileHere<T>(
  work: () => Promise<T>,
): Promise<{ result: T; profile: CpuProfile }> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    const result = await work();
    const { profile } = await session.post('Profiler.stop');
    return { result, profile: profile as CpuProfile };
  } finally {
    session.disconnect();
  }
}

/** The `top` functions by self time and by total time (ms), one line each. */
export function summarise(profile: CpuProfile, top = 15): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode): string => {
    const file = n.callFrame.url.split('/').slice(-2).join('/');
    return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
  };
  const timeOf = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => timeOf.set(id, (timeOf.get(id) ?? 0) + (deltas[i] ?? 0) / 1000));
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [id, ms] of timeOf) {
    const node = byId.get(id);
    if (!node) continue;
    self.set(name(node), (self.get(name(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at)!);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  }
  const lines = (m: Map<string, number>): string =>
    [...m]
      .filter(([key]) => !key.startsWith('(root)') && !key.startsWith('(idle)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, ms]) => `  ${ms.toFixed(1).padStart(9)} ms  ${key}`)
      .join('\n');
  return `self time:\n${lines(self)}\ntotal time:\n${lines(total)}`;
}
