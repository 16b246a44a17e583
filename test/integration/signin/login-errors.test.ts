// Login-stage errors from a scripted notification server (a TCP peer answering each client
// line from a script), for cases the local network does not produce: busy codes, a VER
// without MSNP8, redirect loops, a close mid-login, a refused ticket.
// reference: login.md §2, §4.1, §4.3, §6, §8; errors.md §2
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MsnClient, SignInError } from '../../../main/msnp';
import { startNetwork } from '../../server';
import type { Failure } from '@shared/domain';
import { rejectionOf } from './harness';

type Script = (line: string, trid: string, socket: net.Socket) => void;

const servers: net.Server[] = [];
const sockets = new Set<net.Socket>();
afterEach(async () => {
  // close() waits for open connections: end them first so a test cannot hang the teardown.
  for (const socket of sockets) socket.destroy();
  sockets.clear();
  for (const s of servers.splice(0)) await new Promise<void>((r) => s.close(() => r()));
});

async function scripted(script: Script): Promise<number> {
  const server = net.createServer((socket) => {
    sockets.add(socket);
    let buf = '';
    socket.on('data', (d) => {
      buf += d.toString('latin1');
      let nl: number;
      while ((nl = buf.indexOf('\r\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 2);
        script(line, line.split(' ')[1] ?? '0', socket);
      }
    });
    socket.on('error', () => undefined);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

/** VER and CVR answered normally; `usr` decides what happens to USR TWN I. */
function opening(usr: Script): Script {
  return (line, trid, socket) => {
    if (line.startsWith('VER ')) socket.write(`VER ${trid} MSNP8 CVR0\r\n`);
    else if (line.startsWith('CVR '))
      socket.write(`CVR ${trid} 5.0.0544 5.0.0544 5.0.0544 x y\r\n`);
    else usr(line, trid, socket);
  };
}

async function failureFor(
  port: number,
  loginUrl = 'https://127.0.0.1:1/login',
  caCertPem: string | null = null,
  stepMs = 2_000, // an upper bound: the scripted servers answer at once
): Promise<Failure> {
  const client = new MsnClient({
    server: { host: '127.0.0.1', port },
    passport: { nexusUrl: null, loginUrl, caCertPem },
    reconnect: { enabled: false },
    timeouts: { connectMs: 2_000, stepMs },
  });
  const signIn = client.signIn({
    email: 'alice@example.com',
    password: 'secret-pw',
    status: 'NLN',
  });
  return (await rejectionOf(signIn, SignInError)).failure;
}

describe('login errors from the notification server', () => {
  it('VER without MSNP8 → protocol failure naming MSNP8', async () => {
    const port = await scripted((line, trid, socket) => {
      if (line.startsWith('VER ')) socket.write(`VER ${trid} CVR0\r\n`);
    });
    const f = await failureFor(port);
    expect(f.kind).toBe('protocol');
    expect(f.message).toContain('MSNP8');
  });

  it.each([600, 601, 910, 921])('USR TWN I answered %i → serverBusy', async (code) => {
    const port = await scripted(
      opening((line, trid, socket) => socket.write(`${code} ${trid}\r\n`)),
    );
    const f = await failureFor(port);
    expect(f).toMatchObject({ kind: 'serverBusy', code });
  });

  it('USR TWN I answered 911 → unknownAccount (bad sign-in name)', async () => {
    const port = await scripted(opening((line, trid, socket) => socket.end(`911 ${trid}\r\n`)));
    expect(await failureFor(port)).toMatchObject({ kind: 'unknownAccount', code: 911 });
  });

  it('an endless XFR NS loop is cut off', async () => {
    let hops = 0;
    const port: number = await scripted(
      opening((line, trid, socket) => {
        hops += 1;
        socket.end(`XFR ${trid} NS 127.0.0.1:${port} 0 127.0.0.1:${port}\r\n`);
      }),
    );
    const f = await failureFor(port);
    expect(f.kind).toBe('protocol');
    expect(f.message).toMatch(/redirected the sign-in too many times/);
    expect(hops).toBeLessThanOrEqual(4);
  });

  it('the server closing mid-login → a sign-in failure, not a hang', async () => {
    const port = await scripted((line, _trid, socket) => {
      if (line.startsWith('VER ')) socket.destroy();
    });
    const f = await failureFor(port);
    expect(f.kind).toBe('connectionLost');
  });

  it('no answer at all → timeout', async () => {
    const port = await scripted(() => undefined);
    // The step timeout is the whole wait here, so a short one: it fails the same way.
    expect((await failureFor(port, undefined, null, 300)).kind).toBe('timeout');
  });

  it('a refused ticket (911 to USR TWN S) → badCredentials; 923 → its own words', async () => {
    const network = await startNetwork({
      accounts: [{ email: 'alice@example.com', password: 'secret-pw' }],
    });
    try {
      for (const [code, kind] of [
        [911, 'badCredentials'],
        [923, 'protocol'],
      ] as const) {
        const port = await scripted(
          opening((line, trid, socket) => {
            if (line.includes(' TWN I '))
              socket.write(`USR ${trid} TWN S ct=1,rver=1,wp=FS_40SEC_0_COMPACT,lc=1,id=1\r\n`);
            else if (line.includes(' TWN S ')) socket.end(`${code} ${trid}\r\n`);
          }),
        );
        const f = await failureFor(port, network.loginUrl, network.caCertPem);
        expect(f).toMatchObject({ kind, code });
        if (code === 923) expect(f.message).toMatch(/parental consent/);
      }
    } finally {
      await network.stop();
    }
  });
});
