// `npm run bench [filter]`: runs every test/bench/*.bench.ts in name order, or only those
// whose file name contains the filter. Each file's default export `run()` prints its figures.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface BenchModule {
  default: () => Promise<void>;
}

async function main(): Promise<void> {
  const here = dirname(fileURLToPath(import.meta.url));
  const filter = process.argv[2];
  const files = readdirSync(here)
    .filter((name) => name.endsWith('.bench.ts'))
    .filter((name) => filter === undefined || name.includes(filter))
    .sort();
  if (files.length === 0) {
    console.error(`no benchmark matches ${JSON.stringify(filter ?? '')}`);
    process.exitCode = 1;
    return;
  }
  for (const name of files) {
    console.log(`\n=== ${name} ===`);
    const mod = (await import(pathToFileURL(join(here, name)).href)) as BenchModule;
    if (typeof mod.default !== 'function') {
      console.error(`${name} has no default export run()`);
      process.exitCode = 1;
      continue;
    }
    try {
      await mod.default();
    } catch (error) {
      // One broken benchmark must not hide the others' figures.
      console.error(`${name} failed:`, error);
      process.exitCode = 1;
    }
  }
}

await main();
