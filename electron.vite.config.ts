import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { devCspPlugin } from './main/web/dev-csp';

// `@shared/...` is the top-level shared/ folder (the IPC contract and domain types), the same
// alias tsconfig.*.json and test/vitest.config.ts declare.
const alias = { '@shared': resolve(import.meta.dirname, 'shared') };

// One entry per process; the layout is main/, preload/, renderer/ at the top level.
export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(import.meta.dirname, 'main/index.ts') },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      lib: { entry: resolve(import.meta.dirname, 'preload/index.ts') },
      // A sandboxed preload cannot be an ES module: emit one CommonJS file.
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    resolve: { alias },
    // The dev server gets a looser CSP (React Refresh, HMR); the built page keeps the strict one.
    plugins: [react(), devCspPlugin()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      // electron-vite leaves it unminified by default: minified, the page loads and parses
      // less (test/bench/startup.bench.ts).
      minify: true,
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});
