// Where the Electron entry (out/main/index.js) finds the page, the preload and the tray icon,
// checked against electron.vite.config.ts and, once built, against out/ itself.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  preloadPath,
  rendererDir,
  resolveRendererUrl,
  trayIconPath,
} from '../../../main/windows/app-paths';
import { resolveAppPath } from '../../../main/windows/app-protocol';
import { isTrustedRendererUrl } from '../../../main/ipc/trusted-origin';

const root = resolve(import.meta.dirname, '../../..');
const mainDir = join(root, 'out/main');
const packagedPage = (): string => resolveRendererUrl({ env: {}, isPackaged: false });

describe('renderer URL', () => {
  it("is the app's own app:// page by default, served from the built out/renderer", () => {
    expect(packagedPage()).toBe('app://tweener/');
    expect(rendererDir(mainDir)).toBe(join(root, 'out/renderer'));
    expect(resolveAppPath(packagedPage(), rendererDir(mainDir))).toBe(
      join(root, 'out/renderer/index.html'),
    );
  });

  it('is the electron-vite dev server when ELECTRON_RENDERER_URL names one on this machine', () => {
    for (const dev of ['http://localhost:5173', 'http://127.0.0.1:5173/', 'http://[::1]:5173']) {
      const url = resolveRendererUrl({
        env: { ELECTRON_RENDERER_URL: dev },
        isPackaged: false,
      });
      expect(new URL(url).origin).toBe(new URL(dev).origin);
      // The IPC check then trusts that origin only.
      expect(isTrustedRendererUrl(`${new URL(dev).origin}/#/conversation/x`, url)).toBe(true);
    }
  });

  it('ignores ELECTRON_RENDERER_URL in an installed app, and any remote or odd URL', () => {
    expect(
      resolveRendererUrl({
        env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' },
        isPackaged: true,
      }),
    ).toBe(packagedPage());
    for (const bad of ['https://evil.example', 'file:///etc/passwd', 'javascript:1', 'nonsense']) {
      expect(
        resolveRendererUrl({ env: { ELECTRON_RENDERER_URL: bad }, isPackaged: false }),
        bad,
      ).toBe(packagedPage());
    }
  });
});

describe('preload and icons', () => {
  it('the preload is the CommonJS file electron.vite.config.ts emits', async () => {
    expect(preloadPath(mainDir)).toBe(join(root, 'out/preload/index.cjs'));
    const config = await readFile(join(root, 'electron.vite.config.ts'), 'utf8');
    expect(config).toMatch(/outDir: 'out\/main'/);
    expect(config).toMatch(/outDir: 'out\/preload'/);
    expect(config).toMatch(/format: 'cjs', entryFileNames: '\[name\]\.cjs'/);
  });

  it('the tray icon: build/icons in a checkout, resources/tray.png when packaged', () => {
    const dev = trayIconPath({ isPackaged: false, resourcesPath: '/nowhere', mainDir });
    expect(dev).toBe(join(root, 'build/icons/32x32.png'));
    expect(existsSync(dev)).toBe(true);
    expect(trayIconPath({ isPackaged: true, resourcesPath: '/opt/T/resources', mainDir })).toBe(
      join('/opt/T/resources', 'tray.png'),
    );
  });

  // Only after `npm run build` (npm run verify builds before testing).
  it.skipIf(!existsSync(join(root, 'out/main/index.js')))(
    'the built app has each file where main looks, the preload as CommonJS, the page with its CSP',
    async () => {
      const preload = await readFile(preloadPath(mainDir), 'utf8');
      expect(preload).toMatch(/require\("electron"\)/);
      expect(preload).not.toMatch(/^\s*(import|export)\s/m);
      // A sandboxed preload can require only electron (and a few Node built-ins): no packages.
      const required = [...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
      expect(required).toEqual(['electron']);
      const html = await readFile(join(rendererDir(mainDir), 'index.html'), 'utf8');
      expect(html).toMatch(/http-equiv="Content-Security-Policy"/);
      expect(html).toMatch(/script-src 'self'[;"]/);
    },
  );
});
