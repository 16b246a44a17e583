// `npm run fuzz -- --streams N [--seed S]`: runs N fuzz streams (test/fuzz/protocol-fuzz.ts)
// and prints streams, time, crashes and peak memory; each crash is printed with the seed that
// replays it (`--seed S --streams 1`). Exits 1 when anything crashed.
import { parseArgs } from 'node:util';
import { runStream, streamFor } from './protocol-fuzz';

const { values } = parseArgs({
  options: {
    streams: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    'max-crashes': { type: 'string', default: '20' },
  },
});
const streams = Number(values.streams);
const firstSeed = Number(values.seed);
const maxCrashes = Number(values['max-crashes']);
if (!Number.isSafeInteger(streams) || streams < 1 || !Number.isSafeInteger(firstSeed)) {
  console.error('usage: npm run fuzz -- --streams N [--seed S]');
  process.exit(2);
}

// A handler that escapes through a callback or promise is a crash too.
let escaped: unknown = null;
process.on('uncaughtException', (error) => (escaped ??= error));
process.on('unhandledRejection', (error) => (escaped ??= error));

const started = performance.now();
let crashes = 0;
let bytes = 0;
let maxRss = process.memoryUsage().rss;
for (let i = 0; i < streams; i++) {
  const seed = firstSeed + i;
  const stream = streamFor(seed);
  bytes += stream.bytes.length;
  try {
    await runStream(stream);
    if (escaped !== null) throw escaped;
  } catch (error) {
    escaped = null;
    crashes += 1;
    console.log(
      `crash: seed ${seed}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    if (crashes >= maxCrashes) break;
  }
  if (i % 1000 === 0) {
    maxRss = Math.max(maxRss, process.memoryUsage().rss);
    if (i % 100_000 === 0 && i > 0)
      console.log(
        `${i} streams, ${((performance.now() - started) / 1000).toFixed(0)} s, ${crashes} crashes`,
      );
  }
}
maxRss = Math.max(maxRss, process.memoryUsage().rss);
const seconds = (performance.now() - started) / 1000;
console.log(
  `streams: ${streams}, seeds ${firstSeed}–${firstSeed + streams - 1}, ${(bytes / 1e6).toFixed(0)} MB, ` +
    `time: ${seconds.toFixed(1)} s, crashes: ${crashes}, max RSS: ${(maxRss / 2 ** 20).toFixed(0)} MB`,
);
process.exitCode = crashes > 0 ? 1 : 0;
