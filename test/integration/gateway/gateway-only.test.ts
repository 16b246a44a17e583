// Everything over the HTTP gateway with the TCP ports blocked, and the same through a SOCKS5
// and an HTTP CONNECT proxy: sign-in, list, presence, a conversation both ways with typing and
// nudge, three people, sign-out; the gateway's or the proxy's record shows nothing bypassed it.
// reference: http-gateway.md §1–§3, §5
import { expect, it } from 'vitest';
import type { ChatMessage, Contact, Conversation } from '@shared/domain';
import { collect, nextEvent, until } from '../conversations/helpers/events';
import { ALICE, BOB, CAROL } from '../conversations/helpers/peers';
import { afterEach, beforeEach, describe } from 'vitest';
import type { MsnClientOptions } from '../../../main/msnp';
import { startTestProxy } from '../../server/proxy';
import type { TestProxy } from '../../server/proxy';
import type { Peer } from '../conversations/helpers/peers';
import { TEST_GATEWAY_TIMINGS, useGatewayNetwork } from './gateway-peers';

type Way = 'gateway' | 'socks5' | 'http';

describe.each(['gateway', 'socks5', 'http'] as const)('through %s', (way: Way) => {
  const people = useGatewayNetwork({ tcpBlocked: way === 'gateway' });
  let proxy: TestProxy | null = null;
  beforeEach(async () => {
    proxy = way === 'gateway' ? null : await startTestProxy();
  });
  afterEach(async () => {
    // Nothing bypassed the way under test: every switchboard and NS connection went through it.
    if (proxy) {
      const seen = proxy.records.map((r) => r.destination);
      expect(seen).toContain(`${people.net.host}:${people.net.nsPort}`);
      await proxy.stop();
    }
  });
  const extra = (): Partial<MsnClientOptions> => ({
    connection:
      way === 'gateway'
        ? {
            mode: 'gateway',
            gateway: { host: people.net.host, port: people.net.gatewayPort },
            gatewayTimings: TEST_GATEWAY_TIMINGS,
          }
        : { mode: 'direct', proxy: { kind: way, host: '127.0.0.1', port: proxy!.port } },
  });
  const signIn = (email: string): Promise<Peer> => people.signIn(email, extra());
  const expectedVia = way === 'gateway' ? 'gateway' : 'direct';

  it('signs in, lists contacts and sees presence through the gateway alone', async () => {
    const alice = await signIn(ALICE);
    expect(alice.chat.connectedVia).toBe(expectedVia);
    expect(alice.chat.snapshot.contacts.map((c) => c.email)).toEqual(
      expect.arrayContaining([BOB, CAROL]),
    );
    const bobOnline = nextEvent<Contact>(
      alice.chat,
      'contact',
      (c) => c.email === BOB && c.status === 'BSY',
    );
    const bob = await signIn(BOB);
    await bob.chat.setStatus('BSY');
    expect((await bobOnline).status).toBe('BSY');
    const stats = people.net.gatewayStats();
    if (way === 'gateway') {
      expect(stats.opened).toBeGreaterThanOrEqual(2);
      expect(stats.overlaps).toBe(0);
      expect(stats.pngs).toBe(0);
    } else expect(stats.requests).toBe(0);
  });

  it('a conversation both ways with typing and a nudge, each switchboard its own session', async () => {
    const alice = await signIn(ALICE);
    const bob = await signIn(BOB);
    const sessionsBefore = people.net.gatewayStats().perSession.length;

    const bobGets = nextEvent<ChatMessage>(bob.chat, 'message', (m) => m.direction === 'in');
    const delivered = nextEvent(alice.chat, 'messageDelivered');
    const id = alice.chat.openConversation([BOB]);
    alice.chat.sendMessage(id, 'Through the firewall!', null);
    await delivered;
    const incoming = await bobGets;
    expect(incoming).toMatchObject({ from: ALICE, text: 'Through the firewall!' });

    const typing = collect<{ email: string }>(alice.chat, 'typing');
    bob.chat.sendTyping(incoming.conversationId);
    await until(() => typing.length > 0, 5000, 'the typing notice');
    expect(typing[0]?.email).toBe(BOB);

    const aliceGets = nextEvent<ChatMessage>(alice.chat, 'message', (m) => m.direction === 'in');
    bob.chat.sendMessage(incoming.conversationId, 'Loud and clear', null);
    expect(await aliceGets).toMatchObject({ conversationId: id, text: 'Loud and clear' });

    const nudged = nextEvent<{ email: string }>(bob.chat, 'nudge');
    alice.chat.sendNudge(id);
    expect((await nudged).email).toBe(ALICE);

    const opened = people.net.gatewayStats().perSession.slice(sessionsBefore);
    // Alice's outgoing switchboard and Bob's answer to the RNG: one gateway session each (§3),
    // or two switchboard connections through the proxy.
    const switchboards =
      way === 'gateway'
        ? opened.filter((s) => s.server === 'SB').length
        : (proxy?.records.filter((r) => r.destination.endsWith(`:${people.net.sbPort}`)).length ??
          0);
    expect(switchboards).toBe(2);
    expect(people.net.gatewayStats().overlaps).toBe(0);
  });

  it('three people talk through the gateway', async () => {
    const alice = await signIn(ALICE);
    const bob = await signIn(BOB);
    const carol = await signIn(CAROL);
    const id = alice.chat.openConversation([BOB]);
    const bobFirst = nextEvent<ChatMessage>(bob.chat, 'message');
    alice.chat.sendMessage(id, 'hi Bob', null);
    const bobConv = (await bobFirst).conversationId;
    const carolReady = nextEvent<Conversation>(
      carol.chat,
      'conversation',
      (c) => c.state === 'ready',
    );
    alice.chat.invite(id, CAROL);
    const carolConv = await carolReady;
    expect([...carolConv.participants].sort()).toEqual([ALICE, BOB]);
    const toAlice = nextEvent<ChatMessage>(alice.chat, 'message');
    const toBob = nextEvent<ChatMessage>(bob.chat, 'message');
    carol.chat.sendMessage(carolConv.id, 'Hey both!', null);
    expect(await toAlice).toMatchObject({ conversationId: id, from: CAROL, text: 'Hey both!' });
    expect(await toBob).toMatchObject({ conversationId: bobConv, from: CAROL });
  });

  it('signing out ends every gateway session and the polling stops', async () => {
    const alice = await signIn(ALICE);
    const bob = await signIn(BOB);
    const id = alice.chat.openConversation([BOB]);
    const bobGets = nextEvent<ChatMessage>(bob.chat, 'message');
    alice.chat.sendMessage(id, 'bye soon', null);
    await bobGets;
    await alice.chat.signOut();
    await bob.chat.signOut();
    await until(() => people.net.gatewayStats().openSessions === 0, 5000, 'sessions closed');
    const after = people.net.gatewayStats().requests;
    // Checks that nothing happens: several idle poll intervals (250 ms) with no request.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(people.net.gatewayStats().requests).toBe(after);
  });
});
