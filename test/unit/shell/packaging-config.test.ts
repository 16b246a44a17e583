// electron-builder's configuration, checked with electron-builder's own loader and schema
// (no Electron download), and the icons it points at, checked as real PNGs of the right size.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { APP_USER_MODEL_ID } from '../../../main/windows/app-paths';

const root = resolve(import.meta.dirname, '../../..');
const require = createRequire(join(root, 'package.json'));

interface BuilderConfig {
  appId?: string;
  productName?: string;
  directories?: { output?: string; buildResources?: string };
  artifactName?: string;
  /** electron-builder normalises `files` to filter sets. */
  files?: { filter?: string[] }[];
  extraResources?: { from: string; to: string }[];
  win?: { target?: { target: string }[]; icon?: string };
  mac?: { target?: { target: string }[]; category?: string; icon?: string };
  linux?: { target?: string[]; category?: string; icon?: string; maintainer?: string };
  nsis?: { artifactName?: string };
  dmg?: { artifactName?: string };
  appImage?: { artifactName?: string };
  deb?: { artifactName?: string };
  asar?: boolean;
  electronFuses?: Record<string, boolean>;
}

async function loadWithElectronBuilder(): Promise<BuilderConfig> {
  const { getConfig, validateConfiguration } =
    require('app-builder-lib/out/util/config/config') as {
      getConfig(dir: string, path: null, options: null): Promise<BuilderConfig>;
      validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>;
    };
  const { DebugLogger } = require('builder-util') as {
    DebugLogger: new (enabled: boolean) => unknown;
  };
  const config = await getConfig(root, null, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

/** Parses a PNG far enough to know it is one: signature, chunk CRCs, and the pixel data size. */
function inspectPng(bytes: Buffer): { width: number; height: number; colorType: number } {
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  let offset = 8;
  let header: { width: number; height: number; depth: number; colorType: number } | null = null;
  const idat: Buffer[] = [];
  let ended = false;
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    expect(bytes.readUInt32BE(offset + 8 + length)).toBe(
      crc32(bytes.subarray(offset + 4, offset + 8 + length)),
    );
    if (type === 'IHDR') {
      header = {
        width: data.readUInt32BE(0),
        height: data.readUInt32BE(4),
        depth: data[8] ?? 0,
        colorType: data[9] ?? 0,
      };
    }
    if (type === 'IDAT') idat.push(data);
    if (type === 'IEND') ended = true;
    offset += 12 + length;
  }
  expect(ended).toBe(true);
  if (!header) throw new Error('no IHDR');
  expect(header.depth).toBe(8);
  const channels = header.colorType === 6 ? 4 : header.colorType === 2 ? 3 : 0;
  expect(channels).toBeGreaterThan(0);
  expect(inflateSync(Buffer.concat(idat)).length).toBe(
    header.height * (1 + header.width * channels),
  );
  return header;
}

describe('packaging configuration', () => {
  it('is found and accepted by electron-builder itself', async () => {
    const config = await loadWithElectronBuilder();
    expect(config.appId).toBe('app.tweener.messenger');
    expect(config.productName).toBe('Tweener');
  });

  it('builds NSIS on Windows, dmg on macOS, AppImage and deb on Linux, with categories', async () => {
    const config = await loadWithElectronBuilder();
    expect(config.win?.target?.map((t) => t.target)).toEqual(['nsis']);
    expect(config.mac?.target?.map((t) => t.target)).toEqual(['dmg']);
    expect(config.mac?.category).toBe('public.app-category.social-networking');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Network');
    expect(config.linux?.maintainer).toMatch(/<.+@.+>/); // deb needs a maintainer address
  });

  it('names every artifact with product, version and architecture', async () => {
    const config = await loadWithElectronBuilder();
    const names = [
      config.artifactName,
      config.nsis?.artifactName,
      config.dmg?.artifactName,
      config.appImage?.artifactName,
      config.deb?.artifactName,
    ];
    for (const name of names) {
      expect(name).toMatch(/^\$\{productName\}-.*\$\{version\}.*\$\{arch\}\.\$\{ext\}$/);
    }
  });

  it('packages the built app and the tray icon', async () => {
    const config = await loadWithElectronBuilder();
    expect(config.files?.flatMap((set) => set.filter ?? [])).toContain('out/**/*');
    const tray = config.extraResources?.find((r) => r.to === 'tray.png');
    expect(tray && existsSync(join(root, tray.from))).toBe(true);
  });

  it('ships the built app only (no sources, no test network), resources from build/', async () => {
    const config = await loadWithElectronBuilder();
    const patterns = config.files?.flatMap((set) => set.filter ?? []) ?? [];
    expect(patterns.filter((p) => !p.startsWith('!')).sort()).toEqual(['out/**/*', 'package.json']);
    expect(config.directories?.buildResources).toBe('build');
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('out/main/index.js');
  });

  it("Windows notifications: the app id main sets is the installer's", async () => {
    const config = await loadWithElectronBuilder();
    expect(config.appId).toBe(APP_USER_MODEL_ID);
  });

  it('sets the Electron fuses: no Node mode, no NODE_OPTIONS, no inspector, app only from a checked asar', async () => {
    const config = await loadWithElectronBuilder();
    expect(config.asar).toBe(true);
    // Each named fuse, with the value it must have: a fuse left out keeps Electron's default,
    // which for all but the last two is the unsafe one.
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      // The page is served from app:// (main/electron/app-protocol.ts), not file://.
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('points at icons that exist and are valid PNGs of the right size', async () => {
    const config = await loadWithElectronBuilder();
    for (const icon of [config.win?.icon, config.mac?.icon]) {
      const png = inspectPng(await readFile(join(root, icon ?? 'missing')));
      expect(png.width).toBe(1024);
      expect(png.height).toBe(1024);
    }
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = inspectPng(
        await readFile(join(root, config.linux?.icon ?? 'missing', `${size}x${size}.png`)),
      );
      expect([png.width, png.height]).toEqual([size, size]);
      expect(png.colorType).toBe(6); // RGBA: the rounded corners are transparent
    }
  });

  it('the icon source is our own SVG', async () => {
    const svg = await readFile(join(root, 'build/icon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 1024 1024"/);
    expect(svg).not.toMatch(/<image|href=/); // drawn, not embedding someone else's bitmap
  });
});
