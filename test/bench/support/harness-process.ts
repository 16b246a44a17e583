// The web harness in a process of its own, as Electron's main would be: the memory and startup
// benchmarks fork it (with --expose-gc) so its heap and RSS are main's alone, without the local
// network, the peers or playwright that live in the benchmark's process.
//   argv[2]: JSON { profile, userDataDir, rendererDir }
// Messages: → 'memory' ← { heapUsed, rss } after a full GC; → 'stop'. First ← { ready }.
import { performance } from 'node:perf_hooks';
import type { NetworkProfile } from '@shared/domain';
import { startWebHarness } from '../../../main/web/harness';

export interface HarnessConfig {
  profile: NetworkProfile;
  userDataDir: string;
  rendererDir: string;
}

export type FromHarness =
  | { type: 'ready'; url: string; readyMs: number }
  | { type: 'memory'; heapUsed: number; rss: number };

const config = JSON.parse(process.argv[2] ?? '{}') as HarnessConfig;
const send = (message: FromHarness): void => void process.send?.(message);
const harness = await startWebHarness(config);
// Node's timeOrigin is the process start: this is process start → ready to serve the window.
send({ type: 'ready', url: harness.url, readyMs: performance.now() });

process.on('message', (message: unknown) => {
  if (message === 'memory') {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    gc?.();
    const { heapUsed, rss } = process.memoryUsage();
    send({ type: 'memory', heapUsed, rss });
  } else if (message === 'stop') {
    void harness.stop().finally(() => process.exit(0));
  }
});
// The benchmark went away: so does this process.
process.on('disconnect', () => process.exit(0));
