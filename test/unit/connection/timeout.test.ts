// msnp8/README.md §3.2: each request has a timeout (default 30 s, per request or per connection).
import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST_TIMEOUT_MS, RequestTimeoutError } from '../../../main/msnp/connection';
import { useConnectedPeer } from './raw-server';

const connect = useConnectedPeer();

describe('request timeout', () => {
  it('defaults to 30 s', () => {
    expect(DEFAULT_REQUEST_TIMEOUT_MS).toBe(30_000);
  });

  it('rejects with RequestTimeoutError after the per-request timeout, keeping the connection', async () => {
    const { conn, peer } = await connect();
    const started = Date.now();
    const silent = conn.request('SND', ['x@example.com'], { timeoutMs: 80 });
    await expect(silent).rejects.toBeInstanceOf(RequestTimeoutError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(70);
    expect(conn.pendingRequests).toBe(0);
    expect(conn.isOpen).toBe(true);

    const next = conn.request('CHG', ['NLN', '0']);
    await peer.nextLine();
    expect(await peer.nextLine()).toBe('CHG 2 NLN 0');
    peer.write('CHG 2 NLN 0\r\n');
    expect((await next).trid).toBe(2);
  });

  it('uses the connection-wide requestTimeoutMs', async () => {
    const { conn } = await connect({ requestTimeoutMs: 50 });
    await expect(conn.request('SYN', ['0'])).rejects.toThrow(/SYN got no reply within 50 ms/);
  });
});
