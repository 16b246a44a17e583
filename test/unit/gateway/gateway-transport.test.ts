// The gateway transport against a scripted HTTP server: one request in flight, batching,
// adaptive polling, caps, and nothing left running after close.
// reference: http-gateway.md §1, §2
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  GatewayTransport,
  MAX_GATEWAY_RESPONSE_BYTES,
} from '../../../main/msnp/gateway/gateway-transport';
import { until } from '../../integration/conversations/helpers/events';

interface Seen {
  query: string;
  body: string;
}

let server: Server;
let port = 0;
let seen: Seen[] = [];
let inFlight = 0;
let maxInFlight = 0;
/** How the server answers one request (default: 200, echo nothing). */
let answer: (req: Seen, res: ServerResponse) => void;

const ok = (res: ServerResponse, body = '', extra = ''): void => {
  res.writeHead(200, {
    'Content-Type': 'application/x-msn-messenger',
    'X-MSN-Messenger': `SessionID=s1; GW-IP=127.0.0.1:${port}${extra}`,
  });
  res.end(body);
};

beforeEach(async () => {
  seen = [];
  inFlight = 0;
  maxInFlight = 0;
  answer = (_req, res) => ok(res);
  const started = seen; // requests of an earlier test that end late must not count here
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const entry = {
        query: (req.url ?? '').split('?')[1] ?? '',
        body: Buffer.concat(chunks).toString(),
      };
      seen.push(entry);
      // A little latency, so writes pile up while a request is in flight.
      setTimeout(() => {
        if (seen !== started) return;
        inFlight -= 1;
        answer(entry, res);
      }, 20);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  port = (server.address() as AddressInfo).port;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const transport = (timings = { pollFastMs: 30, pollIdleMs: 120 }) =>
  new GatewayTransport(
    { host: 'ns.example.net', port: 1863, server: 'NS' },
    { address: { host: '127.0.0.1', port, path: '/gateway/gateway.dll' }, ...timings },
  );

it('opens with the first commands, then batches what was written while a request was in flight', async () => {
  const t = transport();
  t.write(Buffer.from('VER 1 MSNP8 CVR0\r\n'));
  for (let i = 2; i < 12; i++) t.write(Buffer.from(`PNG ${i}\r\n`.replace('PNG', 'CHG')));
  await until(() => seen.length >= 2, 5000, 'two requests');
  expect(seen[0]).toEqual({
    query: 'Action=open&Server=NS&IP=ns.example.net',
    body: 'VER 1 MSNP8 CVR0\r\n',
  });
  // The ten writes made during the open went out together in the next body.
  expect(seen[1]?.query).toBe('SessionID=s1');
  expect(seen[1]?.body.split('\r\n').filter(Boolean)).toHaveLength(10);
  expect(maxInFlight).toBe(1);
  t.destroy();
});

it('polls fast after activity and backs off to the idle interval', async () => {
  const t = transport({ pollFastMs: 20, pollIdleMs: 160 });
  t.write(Buffer.from('VER 1 MSNP8\r\n'));
  await until(
    () => seen.filter((s) => s.query.startsWith('Action=poll')).length >= 5,
    5000,
    'polls',
  );
  const polls = seen.filter((s) => s.query.startsWith('Action=poll'));
  expect(polls.every((p) => p.body === '')).toBe(true);
  expect(maxInFlight).toBe(1);
  t.destroy();
  expect(t.idle).toBe(true);
});

it('hands the body to the reader and ends on Session=close', async () => {
  answer = (_req, res) => ok(res, 'VER 1 MSNP8\r\n', '; Session=close');
  const t = transport();
  const data: string[] = [];
  t.on('data', (d) => data.push(d.toString()));
  const closed = new Promise<{ error?: Error }>((resolve) => t.once('close', resolve));
  t.write(Buffer.from('VER 1 MSNP8 CVR0\r\n'));
  expect(await closed).toEqual({});
  expect(data).toEqual(['VER 1 MSNP8\r\n']);
  expect(t.idle).toBe(true);
});

it('a 400 ends the session with an error; nothing is left running', async () => {
  answer = (req, res) => (req.query.startsWith('Action=open') ? ok(res) : res.writeHead(400).end());
  const t = transport();
  const closed = new Promise<{ error?: Error }>((resolve) => t.once('close', resolve));
  t.write(Buffer.from('VER 1 MSNP8 CVR0\r\n'));
  const { error } = await closed;
  expect(error?.message).toMatch(/answered 400/);
  expect(t.idle).toBe(true);
  const count = seen.length;
  // Checks that nothing happens: several poll intervals pass without a request.
  await new Promise((resolve) => setTimeout(resolve, 400));
  expect(seen.length).toBe(count);
});

it('a reply larger than the cap ends the session instead of growing memory', async () => {
  answer = (_req, res) => ok(res, 'x'.repeat(MAX_GATEWAY_RESPONSE_BYTES + 1));
  const t = transport();
  const closed = new Promise<{ error?: Error }>((resolve) => t.once('close', resolve));
  t.write(Buffer.from('VER 1 MSNP8 CVR0\r\n'));
  expect((await closed).error?.message).toMatch(/more than a reply can hold/);
});

it('end() sends what is queued (an OUT), then closes', async () => {
  const t = transport();
  t.write(Buffer.from('VER 1 MSNP8 CVR0\r\n'));
  await until(() => seen.length >= 1, 5000, 'the open');
  const closed = new Promise((resolve) => t.once('close', resolve));
  t.write(Buffer.from('OUT\r\n'));
  t.end();
  await closed;
  expect(seen.at(-1)).toEqual({ query: 'SessionID=s1', body: 'OUT\r\n' });
  expect(t.idle).toBe(true);
});
