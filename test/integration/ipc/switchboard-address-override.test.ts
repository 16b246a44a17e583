// A network profile's switchboard address (msnp8/README.md §11) through the shell's client
// factory, over real sockets: Alice's profile names a relay in front of the local network's
// switchboard, so her conversation reaches Bob only if the override is used for XFR SB.
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatMessage } from '@shared/domain';
import type { MsnClient } from '../../../main/msnp/client';
import { createClientFactory } from '../../../main/services/account/msn-client-factory';
import { startDemoNetwork } from '../../demo/demo-network';
import type { DemoNetwork } from '../../demo/demo-network';

let demo: DemoNetwork;
let relay: Server;
let relayed = 0;
const sockets = new Set<Socket>();
let dir = '';
const clients: MsnClient[] = [];

beforeAll(async () => {
  demo = await startDemoNetwork();
  // A plain TCP relay to the real switchboard, counting the connections it carries.
  relay = createServer((inbound) => {
    relayed += 1;
    const outbound = connect(demo.network.sbPort, '127.0.0.1');
    for (const s of [inbound, outbound]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    }
    inbound.pipe(outbound).pipe(inbound);
  });
  relay.listen(0, '127.0.0.1');
  await once(relay, 'listening');
  dir = await mkdtemp(join(tmpdir(), 'tweener-sb-override-'));
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.signOut().catch(() => undefined)));
  for (const s of sockets) s.destroy();
  relay.close();
  await demo.network.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('switchboard address override', () => {
  it('conversations go to the address the profile names, not the one the server names', async () => {
    const relayPort = (relay.address() as AddressInfo).port;
    const factory = createClientFactory({
      userDataDir: dir,
      downloadDir: () => dir,
      onCorrupt: () => undefined,
    });
    const alice = factory.create(
      { ...demo.profile, switchboardAddress: `127.0.0.1:${relayPort}` },
      'alice@tweener.test',
    ) as MsnClient;
    const bob = factory.create(demo.profile, 'bob@tweener.test') as MsnClient;
    clients.push(alice, bob);
    await alice.signIn({ email: 'alice@tweener.test', password: 'tweener', status: 'NLN' });
    await bob.signIn({ email: 'bob@tweener.test', password: 'tweener', status: 'NLN' });

    const bobGets = new Promise<ChatMessage>((resolve) =>
      bob.on('message', (m) => {
        if (m.direction === 'in') resolve(m);
      }),
    );
    const id = alice.openConversation(['bob@tweener.test']);
    alice.sendMessage(id, 'through the relay', null);
    expect(await bobGets).toMatchObject({ from: 'alice@tweener.test', text: 'through the relay' });
    expect(relayed).toBeGreaterThan(0);
  });
});
