// The web harness only talks to its own page on loopback: other origins, other Host names
// (DNS rebinding) and other paths are refused; files come with the page's CSP as a header.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startWebHarness } from '../../../main/web/harness';
import type { WebHarness } from '../../../main/web/harness';
import { DEFAULT_LOCAL_PROFILE } from '../../../main/services/stores/profile-store';
import { fakeClients } from '../../unit/shell/support/fake-client';
import { minimalRendererDir } from './support/harness-peer';

let harness: WebHarness;
let port: number;
let rendererDir: string;

beforeAll(async () => {
  rendererDir = await minimalRendererDir();
  await writeFile(join(rendererDir, 'app.js'), 'console.log(1)');
  harness = await startWebHarness({
    profile: DEFAULT_LOCAL_PROFILE,
    userDataDir: await mkdtemp(join(tmpdir(), 'tweener-sec-')),
    rendererDir,
    clients: fakeClients(),
  });
  port = Number(new URL(harness.url).port);
});

afterAll(() => harness.stop());

function get(
  path: string,
  host = `127.0.0.1:${port}`,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function connect(
  origin: string | undefined,
  path = '/msn',
  host?: string,
): Promise<'open' | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`, {
      ...(origin ? { origin } : {}),
      ...(host ? { headers: { host } } : {}),
    });
    ws.on('open', () => {
      ws.close();
      resolve('open');
    });
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('error', () => resolve(-1));
  });
}

describe('web harness security', () => {
  it('listens on loopback only', () => {
    expect(harness.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('accepts its own page origin, on 127.0.0.1 or localhost', async () => {
    expect(await connect(`http://127.0.0.1:${port}`)).toBe('open');
    expect(await connect(`http://localhost:${port}`, '/msn', `localhost:${port}`)).toBe('open');
  });

  it('refuses other origins, no origin, another path and a foreign Host', async () => {
    expect(await connect('http://evil.test')).toBe(403);
    expect(await connect(`http://127.0.0.1:${port + 1}`)).toBe(403);
    expect(await connect(undefined)).toBe(403);
    expect(await connect(`http://127.0.0.1:${port}`, '/other')).toBe(403);
    expect(await connect(`http://127.0.0.1:${port}`, '/msn', `evil.test:${port}`)).toBe(403);
  });

  it('serves the page with the CSP from its meta tag as a header', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toMatch(
      /^default-src 'self'; script-src 'self';/,
    );
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await get('/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('refuses paths outside the renderer folder and foreign Host names', async () => {
    // A file beside the renderer folder must stay unreachable, however the dots are spelt.
    const secretName = `secret-${Date.now()}.txt`;
    await writeFile(join(rendererDir, '..', secretName), 'do not serve');
    for (const path of [
      `/../${secretName}`,
      `/%2e%2e/${secretName}`,
      `/a%2f..%2f..%2f${secretName}`,
      `/..%5c${secretName}`,
    ]) {
      const response = await get(path);
      expect(response.status).not.toBe(200);
      expect(response.body).not.toContain('do not serve');
    }
    expect((await get('/missing.js')).status).toBe(404);
    expect((await get('/', 'evil.test')).status).toBe(403);
  });

  it('answers a malformed request message without crashing', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/msn`, { origin: `http://127.0.0.1:${port}` });
    await new Promise((resolve) => ws.on('open', resolve));
    const replies: unknown[] = [];
    // Answered in order: the reply to the last request (id 8) means all of them are in.
    const last = new Promise<void>((resolve) =>
      ws.on('message', (data) => {
        const reply = JSON.parse(String(data)) as { id?: unknown };
        replies.push(reply);
        if (reply.id === 8) resolve();
      }),
    );
    ws.send('not json');
    ws.send(JSON.stringify({ id: 'x', channel: 'app:snapshot' }));
    ws.send(JSON.stringify({ id: 7, channel: 42 }));
    ws.send(JSON.stringify({ id: 8, channel: 'app:snapshot' }));
    await last;
    ws.close();
    expect(replies).toContainEqual({
      kind: 'response',
      id: 7,
      response: { ok: false, error: { code: 'invalid', message: 'Not a request.' } },
    });
    expect(replies).toContainEqual(
      expect.objectContaining({
        kind: 'response',
        id: 8,
        response: expect.objectContaining({ ok: true }),
      }),
    );
    expect(replies).toHaveLength(2);
  });
});
