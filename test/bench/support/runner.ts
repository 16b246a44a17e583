// Runs benchmark files (`*.bench.ts`, default export `run()` printing its figures) one after
// another. It never hangs: a benchmark that needs Chromium (`export const needs = 'chromium'`)
// is reported as skipped on one line when the browser is missing, each benchmark has a time
// limit, and one that fails or overruns is reported while the others still run.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumMissing } from '../../e2e/helpers/browser';

export interface BenchModule {
  default: () => Promise<void>;
  /** What the benchmark cannot run without. */
  needs?: 'chromium';
  /** Its own time limit, when longer than the runner's default. */
  timeoutMs?: number;
}

export interface RunOptions {
  dir: string;
  filter?: string | undefined;
  timeoutMs: number;
}

/** Returns how many benchmarks failed or overran (skipped ones are not failures). */
export async function runBenchmarks(options: RunOptions): Promise<number> {
  const files = readdirSync(options.dir)
    .filter((name) => name.endsWith('.bench.ts'))
    .filter((name) => options.filter === undefined || name.includes(options.filter))
    .sort();
  if (files.length === 0) {
    console.error(`no benchmark matches ${JSON.stringify(options.filter ?? '')}`);
    return 1;
  }
  let failures = 0;
  for (const name of files) {
    let mod: BenchModule;
    try {
      mod = (await import(pathToFileURL(join(options.dir, name)).href)) as BenchModule;
    } catch (error) {
      console.error(`${name} failed to load:`, error);
      failures++;
      continue;
    }
    if (typeof mod.default !== 'function') {
      console.error(`${name} has no default export run()`);
      failures++;
      continue;
    }
    const missing = mod.needs === 'chromium' ? chromiumMissing() : null;
    if (missing) {
      console.log(`=== ${name} === skipped: ${missing}`);
      continue;
    }
    console.log(`\n=== ${name} ===`);
    const limit = mod.timeoutMs ?? options.timeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const overrun = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${limit / 1000} s`)), limit);
    });
    try {
      await Promise.race([mod.default(), overrun]);
    } catch (error) {
      // One broken benchmark must not hide the others' figures.
      console.error(`${name} failed:`, error);
      failures++;
    } finally {
      clearTimeout(timer);
    }
  }
  return failures;
}
