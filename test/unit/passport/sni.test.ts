// Every HTTPS request names its host in SNI (login.md §5.6), so a server with several
// certificates presents the right one; an IP address cannot be sent as SNI and is not.
import type { AddressInfo } from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpsGet } from '../../../main/msnp/passport/https';
import { tlsMaterial } from '../../server/certificates';
import type { TlsMaterial } from '../../server/certificates';

let material: TlsMaterial;
let server: tls.Server;
const names: (string | undefined)[] = [];

beforeAll(async () => {
  material = await tlsMaterial();
  server = tls.createServer({
    cert: material.certPem,
    key: material.keyPem,
    SNICallback: (name, done) => {
      names.push(name);
      done(null, tls.createSecureContext({ cert: material.certPem, key: material.keyPem }));
    },
  });
  server.on('secureConnection', (socket) => {
    names.push(socket.servername || undefined);
    socket.once('data', () =>
      socket.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'),
    );
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const port = () => (server.address() as AddressInfo).port;

describe('SNI', () => {
  it('sends the host name of the URL', async () => {
    names.length = 0;
    const res = await httpsGet(
      `https://localhost:${port()}/`,
      {},
      { caCertPem: material.caCertPem },
    );
    expect(res.status).toBe(200);
    expect(names).toContain('localhost');
  });

  it('sends none for an IP address', async () => {
    names.length = 0;
    const res = await httpsGet(
      `https://127.0.0.1:${port()}/`,
      {},
      { caCertPem: material.caCertPem },
    );
    expect(res.status).toBe(200);
    expect(names.filter((n) => n !== undefined)).toEqual([]);
  });
});
