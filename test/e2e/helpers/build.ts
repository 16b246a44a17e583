// The e2e tests drive the built renderer (the web harness serves out/renderer). Build it with
// vite when it is missing or older than its sources, once per test process.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const RENDERER_OUT = join(ROOT, 'out/renderer');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

let built: Promise<void> | null = null;

export function ensureRendererBuilt(): Promise<void> {
  built ??= (async () => {
    const index = join(RENDERER_OUT, 'index.html');
    const sources = Math.max(
      newestMtime(join(ROOT, 'renderer')),
      newestMtime(join(ROOT, 'shared')),
    );
    if (existsSync(index) && statSync(index).mtimeMs >= sources && !process.env['E2E_REBUILD'])
      return;
    // The same settings as electron.vite.config.ts's renderer entry.
    await build({
      root: join(ROOT, 'renderer'),
      base: './',
      configFile: false,
      logLevel: 'warn',
      plugins: [react()],
      build: {
        outDir: RENDERER_OUT,
        emptyOutDir: true,
        chunkSizeWarningLimit: 2000,
        minify: true,
      },
    });
  })();
  return built;
}
