// The app:// protocol: which file a URL names (never outside the renderer folder, on POSIX or
// Windows paths), and what main answers, from a real folder on disk.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix, win32 } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isAppUrl, resolveAppPath } from '../../../main/windows/app-protocol';

vi.mock('electron', async () => (await import('./support/fake-electron')).electronModule);

describe('app:// path resolution', () => {
  const root = '/opt/Tweener/resources/app.asar/out/renderer';
  const resolve = (url: string): string | null => resolveAppPath(url, root, posix);

  it('maps the page and its assets into the renderer folder', () => {
    expect(resolve('app://tweener/')).toBe(`${root}/index.html`);
    expect(resolve('app://tweener')).toBe(`${root}/index.html`);
    expect(resolve('app://tweener/index.html#/conversation/c1')).toBe(`${root}/index.html`);
    expect(resolve('app://tweener/assets/index-abc.js?v=1')).toBe(`${root}/assets/index-abc.js`);
    expect(resolve('app://TWEENER/assets/a%20b.css')).toBe(`${root}/assets/a b.css`);
  });

  it('never leaves the folder: traversal, encoded traversal, absolute paths', () => {
    for (const url of [
      'app://tweener/../package.json', // the URL parser already drops this `..`
      'app://tweener/assets/../../main/index.js',
      'app://tweener/%2e%2e/%2e%2e/etc/passwd',
      'app://tweener/..%2F..%2Fetc%2Fpasswd',
      'app://tweener/assets%2F..%2F..%2F..%2Fetc%2Fpasswd',
      'app://tweener/%252e%252e/x', // decoded once: a file literally named "%2e%2e"
      'app://tweener//etc/passwd',
      'app://tweener/%2Fetc%2Fpasswd',
    ]) {
      const file = resolve(url);
      if (file !== null) expect(file.startsWith(`${root}/`), url).toBe(true);
    }
    expect(resolve('app://tweener/..%2F..%2Fetc%2Fpasswd')).toBeNull();
    expect(resolve('app://tweener/%2e%2e%2f%2e%2e%2fetc')).toBeNull();
    expect(resolve('app://tweener/%00.html')).toBeNull();
    expect(resolve('app://tweener/%E0%A4%A')).toBeNull(); // not UTF-8: no guessing
  });

  it('on Windows paths: no backslashes, drive letters or alternate data streams', () => {
    const winRoot = 'C:\\Program Files\\Tweener\\resources\\app.asar\\out\\renderer';
    const resolveWin = (url: string): string | null => resolveAppPath(url, winRoot, win32);
    expect(resolveWin('app://tweener/assets/a.js')).toBe(`${winRoot}\\assets\\a.js`);
    for (const url of [
      'app://tweener/..%5C..%5Cwindows%5Cwin.ini',
      'app://tweener/assets%5C..%5C..%5C..%5Cx',
      'app://tweener/C:%5CWindows%5Cwin.ini',
      'app://tweener/C:/Windows/win.ini',
      'app://tweener/index.html:stream',
      'app://tweener/%5C%5Cserver%5Cshare%5Cx',
    ]) {
      expect(resolveWin(url), url).toBeNull();
    }
  });

  it('answers only its own scheme and host', () => {
    for (const url of [
      'app://elsewhere/index.html',
      'app:///index.html',
      'app://tweener:1234/index.html',
      'app://me:secret@tweener/index.html',
      'file:///opt/Tweener/resources/app.asar/out/renderer/index.html',
      'https://tweener/index.html',
      'not a url',
    ]) {
      expect(resolve(url), url).toBeNull();
    }
    expect(isAppUrl('app://tweener/#/x')).toBe(true);
    expect(isAppUrl('app://evil/')).toBe(false);
  });
});

const PAGE = `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'self'; frame-ancestors 'none'" /><p>page</p>`;

describe('app:// responses', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tweener-app-'));
    await mkdir(join(dir, 'renderer/assets'), { recursive: true });
    await writeFile(join(dir, 'renderer/index.html'), PAGE);
    await writeFile(join(dir, 'renderer/assets/app.js'), 'export {};');
    await writeFile(join(dir, 'secret.txt'), 'outside');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const get = async (url: string, method = 'GET'): Promise<Response> => {
    const { appResponse } = await import('../../../main/electron/app-protocol');
    return appResponse(new Request(url, { method }), join(dir, 'renderer'));
  };

  it('serves the page and its scripts with their types', async () => {
    const page = await get('app://tweener/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    // The page's own policy, as a header as well (frame-ancestors works only there).
    expect(page.headers.get('content-security-policy')).toBe(
      "default-src 'self'; frame-ancestors 'none'",
    );
    expect(await page.text()).toBe(PAGE);
    const script = await get('app://tweener/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBeNull();
  });

  it('404 for anything outside, missing or foreign; 405 for anything but GET/HEAD', async () => {
    for (const url of [
      'app://tweener/..%2Fsecret.txt',
      'app://tweener/%2e%2e/secret.txt',
      'app://tweener/missing.js',
      'app://tweener/assets', // a folder
      'app://other/index.html',
    ]) {
      expect((await get(url)).status, url).toBe(404);
    }
    expect((await get('app://tweener/', 'POST')).status).toBe(405);
  });
});
