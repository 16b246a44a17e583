// The security settings every window gets, and the renderer's Content-Security-Policy.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isExternalLinkAllowed,
  windowOptions,
  conversationHash,
} from '../../../main/windows/window-options';
import { cspFromHtml } from '../../../main/web/static-server';
import { isTrustedRendererUrl } from '../../../main/ipc/trusted-origin';

const root = resolve(import.meta.dirname, '../../..');

function directives(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

describe('BrowserWindow options', () => {
  it.each(['main', 'conversation'] as const)('%s window: isolated, sandboxed, no Node', (kind) => {
    const options = windowOptions({
      kind,
      preloadPath: '/app/preload/index.cjs',
      title: 'Tweener',
    });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(options.show).toBe(false);
  });

  it('restores saved bounds', () => {
    const options = windowOptions({
      kind: 'main',
      preloadPath: 'p',
      title: 't',
      bounds: { x: 10, y: 20, width: 300, height: 700 },
    });
    expect(options).toMatchObject({ x: 10, y: 20, width: 300, height: 700 });
  });

  it('lets only http(s) links out', () => {
    expect(isExternalLinkAllowed('https://example.com/a')).toBe(true);
    expect(isExternalLinkAllowed('http://example.com')).toBe(true);
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'ms-settings:',
      'not a url',
    ]) {
      expect(isExternalLinkAllowed(url)).toBe(false);
    }
  });

  it('routes a conversation window by hash, escaping the id', () => {
    expect(conversationHash('a/b c')).toBe('/conversation/a%2Fb%20c');
  });
});

describe('sender frame check', () => {
  it("accepts the app's own app:// origin under any route, and never a file: URL", () => {
    const ours = 'app://tweener/';
    expect(isTrustedRendererUrl(`${ours}#/conversation/c1`, ours)).toBe(true);
    expect(isTrustedRendererUrl('app://tweener/index.html', ours)).toBe(true);
    for (const frame of [
      'file:///tmp/evil.html',
      'file:///opt/Tweener/resources/app.asar/out/renderer/index.html',
      'https://example.com/',
      'app://other/',
      'app://tweener:8080/',
      'app://user@tweener/',
      'tweener://tweener/',
      '',
    ]) {
      expect(isTrustedRendererUrl(frame, ours), frame).toBe(false);
    }
  });

  it('accepts the dev server origin only', () => {
    const dev = 'http://localhost:5173/';
    expect(isTrustedRendererUrl('http://localhost:5173/#/conversation/x', dev)).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedRendererUrl('http://evil.test/', dev)).toBe(false);
    expect(isTrustedRendererUrl('', dev)).toBe(false);
  });
});

describe('Content-Security-Policy of renderer/index.html', () => {
  it('is strict: own scripts only, no objects, no framing, no plugins', async () => {
    const csp = cspFromHtml(await readFile(resolve(root, 'renderer/index.html'), 'utf8'));
    expect(csp).not.toBeNull();
    const d = directives(csp ?? '');
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    for (const values of d.values()) {
      expect(values).not.toContain("'unsafe-eval'");
      expect(values.some((v) => v === '*' || v === 'http:' || v === 'https:')).toBe(false);
    }
    expect(d.get('script-src')).not.toContain("'unsafe-inline'");
    // No inline styles either: React's style props go through the CSSOM, which CSP allows
    // (test/e2e/csp.test.ts checks what Chromium refuses).
    expect(d.get('style-src')).toEqual(["'self'"]);
    // No ws: in the app. The web harness's bridge is ws:// on the page's own host and port,
    // which CSP 3 'self' already matches.
    expect(d.get('connect-src')).toEqual(["'self'"]);
  });
});
