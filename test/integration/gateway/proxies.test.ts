// MSNP through SOCKS5, SOCKS4a and HTTP CONNECT proxies, and the gateway through an HTTP or
// SOCKS proxy: the proxy's record shows every connection the client needed went through it.
// reference: http-gateway.md §5
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ChatMessage } from '@shared/domain';
import type { MsnClientOptions } from '../../../main/msnp';
import type { ConnectionSetting } from '../../../main/msnp/gateway';
import type { ProxySetting } from '../../../main/msnp/proxy';
import { startTestProxy } from '../../server/proxy';
import type { TestProxy } from '../../server/proxy';
import { nextEvent } from '../conversations/helpers/events';
import { ALICE, BOB } from '../conversations/helpers/peers';
import { TEST_GATEWAY_TIMINGS, useGatewayNetwork } from './gateway-peers';

const people = useGatewayNetwork({ tcpBlocked: false });
const CREDENTIALS = { username: 'proxyuser', password: 'pr0xy secret' };
let proxy: TestProxy;

beforeEach(async () => {
  proxy = await startTestProxy({ credentials: CREDENTIALS });
});
afterEach(async () => {
  await proxy.stop();
});

function through(
  kind: ProxySetting['kind'],
  mode: ConnectionSetting['mode'] = 'direct',
  password = CREDENTIALS.password,
): Partial<MsnClientOptions> {
  return {
    connection: {
      mode,
      proxy: {
        kind,
        host: '127.0.0.1',
        port: proxy.port,
        username: CREDENTIALS.username,
        password,
      },
      gateway: { host: people.net.host, port: people.net.gatewayPort },
      gatewayTimings: TEST_GATEWAY_TIMINGS,
    },
  };
}

async function chatWithBob(extra: Partial<MsnClientOptions>): Promise<void> {
  const alice = await people.signIn(ALICE, extra);
  const bob = await people.signIn(BOB, {});
  const bobGets = nextEvent<ChatMessage>(bob.chat, 'message');
  alice.chat.sendMessage(alice.chat.openConversation([BOB]), 'via the proxy', null);
  const incoming = await bobGets;
  const aliceGets = nextEvent<ChatMessage>(alice.chat, 'message', (m) => m.direction === 'in');
  bob.chat.sendMessage(incoming.conversationId, 'got it', null);
  expect((await aliceGets).text).toBe('got it');
}

const destinations = () => proxy.records.map((r) => `${r.protocol} ${r.destination}`);

it.each([
  ['socks5', 'socks5'],
  ['socks4a', 'socks4a'],
  ['http', 'http-connect'],
] as const)('%s: dispatch, NS and switchboard all go through the proxy', async (kind, recorded) => {
  await chatWithBob(through(kind));
  const { host, dispatchPort, nsPort, sbPort, nexusUrl } = people.net;
  expect(destinations()).toEqual(
    expect.arrayContaining([
      // Passport's HTTPS too (TLS end to end through the tunnel).
      `${recorded} ${new URL(nexusUrl).host}`,
      `${recorded} ${host}:${dispatchPort}`,
      `${recorded} ${host}:${nsPort}`,
      `${recorded} ${host}:${sbPort}`,
    ]),
  );
  expect(proxy.refused).toBe(0);
});

it('a proxy that refuses the credentials: a plain reason, and the password is not in it', async () => {
  const failure = await people.signIn(ALICE, through('socks5', 'direct', 'wrong')).then(
    () => null,
    (error: { failure?: { kind: string; message: string } }) => error.failure,
  );
  expect(failure?.kind).toBe('unreachable');
  expect(failure?.message).toMatch(/SOCKS proxy .* user name and password/);
  expect(failure?.message).not.toContain('wrong');
  expect(proxy.refused).toBe(1);
});

it.each([
  ['http', 'http'],
  ['socks5', 'socks5'],
] as const)(
  'the gateway through a %s proxy, with the TCP ports blocked',
  async (kind, recorded) => {
    await people.net.faults.blockTcp(true);
    const alice = await people.signIn(ALICE, through(kind, 'gateway'));
    expect(alice.chat.connectedVia).toBe('gateway');
    expect(destinations()).toContain(`${recorded} ${people.net.host}:${people.net.gatewayPort}`);
    expect(people.net.gatewayStats().opened).toBeGreaterThanOrEqual(1);
  },
);
