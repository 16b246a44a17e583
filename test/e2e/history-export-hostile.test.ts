/// <reference lib="dom" />
// The HTML export is safe to open: a contact's message full of markup and script is shown as
// text in Chromium, and nothing in it runs or loads.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { HistoryStore } from '../../main/services/history/history-store';
import type { OpenedPage } from './helpers/browser';
import { openPage } from './helpers/browser';

const HOSTILE = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '</p><svg onload="window.__pwned=\'svg\'"></svg>',
  '<meta http-equiv="refresh" content="0;url=https://example.com/">',
  '"><iframe src="javascript:parent.__pwned=1"></iframe>',
].join(' ');

let opened: OpenedPage | null = null;
afterAll(() => opened?.close());

describe('the HTML export', () => {
  it('shows a hostile message as text and runs nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tweener-export-'));
    const store = new HistoryStore(dir);
    await store.append({
      contact: 'eve@x.test',
      conversationId: 'c',
      direction: 'in',
      from: 'eve@x.test',
      fromName: '<b onmouseover="x()">Eve</b>',
      text: HOSTILE,
      time: Date.UTC(2024, 0, 1),
    });
    const path = join(dir, 'export.html');
    expect(await store.export('html', path)).toBe(1);
    await store.close();
    const html = readFileSync(path, 'utf8');
    expect(html).toContain('Content-Security-Policy');
    // Markup only as escaped text: no tag of the message survives.
    expect(html).not.toMatch(
      /<script|<img|<svg|<iframe|<b onmouseover|<meta http-equiv="refresh"/i,
    );

    const requests: string[] = [];
    opened = await openPage('about:blank');
    opened.page.on('request', (request) => requests.push(request.url()));
    const violations: string[] = [];
    opened.page.on('console', (message) => violations.push(message.text()));
    await opened.page.goto(pathToFileURL(path).href);
    await opened.page.getByText('window.__pwned = "script"', { exact: false }).waitFor();
    expect(
      await opened.page.evaluate(() => (window as { __pwned?: unknown }).__pwned),
    ).toBeUndefined();
    expect(await opened.page.locator('script, img, svg, iframe').count()).toBe(0);
    // The whole message is there as the text the contact typed.
    expect(await opened.page.locator('p').first().innerText()).toContain(HOSTILE);
    // Only the page itself was fetched: no image, frame or redirect.
    expect(requests).toEqual([pathToFileURL(path).href]);
    expect(opened.page.url()).toBe(pathToFileURL(path).href);
  });
});
