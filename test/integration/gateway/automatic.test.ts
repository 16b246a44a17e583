// Automatic: direct TCP when it opens, the gateway for the rest of the sign-in when it cannot.
// reference: http-gateway.md §4
import { expect, it } from 'vitest';
import type { ChatMessage } from '@shared/domain';
import { nextEvent } from '../conversations/helpers/events';
import { ALICE, BOB } from '../conversations/helpers/peers';
import { useGatewayNetwork, viaGateway } from './gateway-peers';

const people = useGatewayNetwork({ tcpBlocked: false });

it('goes direct when the TCP port is open (the gateway sees nothing)', async () => {
  const alice = await people.signIn(ALICE, viaGateway(people.net, 'automatic'));
  expect(alice.chat.connectedVia).toBe('direct');
  expect(people.net.gatewayStats().requests).toBe(0);
});

it('falls back to the gateway when the TCP port is blocked, switchboards included', async () => {
  await people.net.faults.blockTcp(true);
  const started = Date.now();
  const alice = await people.signIn(ALICE, viaGateway(people.net, 'automatic'));
  // Refused at once here; a port that drops packets waits out fallbackAfterMs (2 s) first.
  expect(Date.now() - started).toBeLessThan(15_000);
  expect(alice.chat.connectedVia).toBe('gateway');
  const bob = await people.signIn(BOB, viaGateway(people.net, 'automatic'));
  const bobGets = nextEvent<ChatMessage>(bob.chat, 'message');
  alice.chat.sendMessage(alice.chat.openConversation([BOB]), 'hello from behind a firewall', null);
  expect((await bobGets).text).toBe('hello from behind a firewall');
  expect(people.net.gatewayStats().perSession.filter((s) => s.server === 'SB')).toHaveLength(2);
});

it('direct only does not fall back: the sign-in fails as unreachable', async () => {
  await people.net.faults.blockTcp(true);
  await expect(people.signIn(ALICE, viaGateway(people.net, 'direct'))).rejects.toMatchObject({
    failure: { kind: 'unreachable' },
  });
  expect(people.net.gatewayStats().requests).toBe(0);
});

it('when neither way works, the failure says both were tried', async () => {
  await people.net.faults.blockTcp(true);
  const extra = viaGateway(people.net, 'automatic');
  // A gateway address where nothing listens: the dispatch port, closed by the firewall switch.
  extra.connection = {
    ...extra.connection!,
    gateway: { host: people.net.host, port: people.net.dispatchPort },
  };
  await expect(people.signIn(ALICE, extra)).rejects.toMatchObject({
    failure: {
      kind: 'unreachable',
      message: expect.stringMatching(/neither directly nor through its HTTP gateway/),
    },
  });
});
