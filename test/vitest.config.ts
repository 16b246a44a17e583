import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const root = resolve(import.meta.dirname, '..');

// Three kinds of test, each in its own environment (../shared/DESIGN.md, Tests):
// node (unit, integration, the local network), renderer (DOM), e2e (Chromium via playwright-core).
export default defineConfig({
  resolve: { alias: { '@shared': resolve(root, 'shared') } },
  test: {
    root,
    reporters: ['default', './test/reporters/summary-line.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'test/unit/**/*.test.ts',
            'test/integration/**/*.test.ts',
            'test/server/**/*.test.ts',
          ],
          // A rejection nobody handled fails the test it happened in.
          setupFiles: ['test/setup/unhandled-rejections.ts'],
          testTimeout: 20_000,
          hookTimeout: 20_000,
          // These tests mostly wait on sockets and timers: on a 2-core machine the default
          // (one worker per core minus one = 1) runs files one after another with the CPU
          // idle; a second worker overlaps those waits (the node project: ~70 s → ~45 s).
          maxWorkers: Math.max(2, availableParallelism() - 1),
          // Projects with different worker counts must run as separate groups, in this order.
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['test/renderer/**/*.test.ts', 'test/renderer/**/*.test.tsx'],
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
