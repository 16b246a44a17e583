// The whole main side over the loopback WebSocket transport, against the local MSNP8
// network: two harnesses (two accounts) sign in, see each other, chat, and keep history.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '@shared/ipc/events';
import { isBridgeError } from '@shared/ipc/bridge';
import type { LocalNetwork } from '../../server';
import { minimalRendererDir, startDemoAccountsNetwork, startPeer } from './support/harness-peer';
import type { HarnessPeer } from './support/harness-peer';

const ALICE = 'alice@tweener.test';
const BOB = 'bob@tweener.test';

const signIn = (email: string, password?: string) => ({
  email,
  ...(password ? { password } : {}),
  status: 'NLN' as const,
  profileId: 'local-demo',
  rememberMe: true,
  rememberPassword: true,
  signInAutomatically: false,
});

let network: LocalNetwork;
let rendererDir: string;
const running: HarnessPeer[] = [];

async function peer(userDataDir?: string): Promise<HarnessPeer> {
  const dir = userDataDir ?? (await mkdtemp(join(tmpdir(), 'tweener-ipc-')));
  const started = await startPeer(network, dir, rendererDir);
  running.push(started);
  return started;
}

beforeEach(async () => {
  network = await startDemoAccountsNetwork();
  rendererDir = await minimalRendererDir();
});

afterEach(async () => {
  for (const p of running.splice(0)) await p.stop().catch(() => undefined);
  await network.stop();
});

describe('web harness: sign-in and chat over the WebSocket transport', () => {
  it('two accounts sign in, see each other come online, and chat both ways', async () => {
    const alice = await peer();
    const bob = await peer();

    const before = await alice.bridge.request('app:snapshot', undefined);
    expect(before).toMatchObject({ session: { phase: 'signedOut' }, platform: 'web' });
    expect(before.profiles.find((p) => p.id === 'local-demo')).toMatchObject({
      host: '127.0.0.1',
      port: network.dispatchPort,
    });

    await alice.bridge.request('session:signIn', signIn(ALICE, 'tweener'));
    const online = await alice.bridge.request('app:snapshot', undefined);
    expect(online.session.phase).toBe('online');
    expect(online.self).toMatchObject({ email: ALICE, friendlyName: 'Alice', status: 'NLN' });
    expect(online.contacts.find((c) => c.email === BOB)).toMatchObject({ status: 'FLN' });
    expect(online.groups.map((g) => g.name)).toContain('Friends');

    // Bob signs in after Alice: Alice's list updates and she is alerted (ui-spec §1.5).
    await bob.bridge.request('session:signIn', signIn(BOB, 'tweener'));
    await alice.waitFor(
      (e) => e.type === 'contacts' && e.contacts.some((c) => c.email === BOB && c.status === 'NLN'),
    );
    const toast = await alice.waitFor((e) => e.type === 'toast');
    expect(toast).toMatchObject({
      toast: { kind: 'signIn', text: '\u2068Bob\u2069 has just signed in.' },
    });
    await alice.waitFor((e) => e.type === 'sound' && e.sound === 'signIn');

    // Alice writes first; the message ends delivered, Bob's page is asked to show it.
    const { conversationId } = await alice.bridge.request('conversations:open', {
      contacts: [BOB],
    });
    const sent = await alice.bridge.request('conversations:send', {
      conversationId,
      clientId: 'k-1',
      text: 'Hi Bob! Lunch at 12?',
      format: null,
    });
    expect(sent).toEqual({ messageId: 'k-1' });
    await alice.waitFor(
      (e) => e.type === 'messageState' && e.messageId === 'k-1' && e.state === 'delivered',
    );
    const incoming = (await bob.waitFor(
      (e) => e.type === 'message' && e.message.direction === 'in',
    )) as Extract<AppEvent, { type: 'message' }>;
    expect(incoming.message).toMatchObject({
      from: ALICE,
      fromName: 'Alice',
      text: 'Hi Bob! Lunch at 12?',
    });
    const bobConversation = incoming.message.conversationId;
    await bob.waitFor((e) => e.type === 'showConversation' && e.conversationId === bobConversation);
    await bob.waitFor(
      (e) =>
        e.type === 'toast' &&
        e.toast.kind === 'message' &&
        e.toast.title === '\u2068Alice\u2069 says:',
    );

    // Bob answers, and sees typing first.
    await bob.bridge.request('conversations:typing', { conversationId: bobConversation });
    await alice.waitFor((e) => e.type === 'typing' && e.email === BOB);
    await bob.bridge.request('conversations:send', {
      conversationId: bobConversation,
      clientId: 'b-1',
      text: 'Sure! Café at noon ☕',
      format: null,
    });
    const reply = await alice.waitFor((e) => e.type === 'message' && e.message.direction === 'in');
    expect(reply).toMatchObject({
      message: { conversationId, from: BOB, text: 'Sure! Café at noon ☕' },
    });

    // A new window's snapshot has the whole conversation.
    const later = await alice.bridge.request('app:snapshot', undefined);
    expect(
      later.messages.filter((m) => m.conversationId === conversationId).map((m) => m.text),
    ).toEqual(['Hi Bob! Lunch at 12?', 'Sure! Café at noon ☕']);

    // Both lines are in Alice's history with Bob, and found by text.
    const history = await alice.bridge.request('history:query', { contact: BOB });
    expect(history.map((h) => [h.direction, h.text])).toEqual([
      ['out', 'Hi Bob! Lunch at 12?'],
      ['in', 'Sure! Café at noon ☕'],
    ]);
    expect(
      (await alice.bridge.request('history:query', { text: 'café' })).map((h) => h.from),
    ).toEqual([BOB]);
  });

  it('a bad request is refused with a clear error and changes nothing', async () => {
    const alice = await peer();
    const refusal = await alice.bridge
      .request('session:setStatus', { status: 'FLN' } as never)
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(isBridgeError(refusal)).toBe(true);
    expect(refusal).toMatchObject({ code: 'invalid' });
    const notSignedIn = await alice.bridge.request('session:setStatus', { status: 'BSY' }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(notSignedIn).toMatchObject({ code: 'notSignedIn', message: 'Sign in first.' });
    const wrong = await alice.bridge
      .request('session:signIn', signIn(ALICE, 'wrong-password'))
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(wrong).toMatchObject({ code: 'failed' });
    const snapshot = await alice.bridge.request('app:snapshot', undefined);
    expect(snapshot.session.phase).toBe('signedOut');
    expect(snapshot.session.failure?.kind).toBe('badCredentials');
    expect(snapshot.accounts).toEqual([]);
  });

  it('remembered account, password and history survive a restart of the harness', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tweener-ipc-'));
    const first = await peer(dir);
    const bob = await peer();
    await bob.bridge.request('session:signIn', signIn(BOB, 'tweener'));
    await first.bridge.request('session:signIn', signIn(ALICE, 'tweener'));
    const { conversationId } = await first.bridge.request('conversations:open', {
      contacts: [BOB],
    });
    await first.bridge.request('conversations:send', {
      conversationId,
      clientId: 'r-1',
      text: 'before restart',
      format: null,
    });
    await first.waitFor(
      (e) => e.type === 'messageState' && e.messageId === 'r-1' && e.state === 'delivered',
    );
    await first.stop();

    const second = await peer(dir);
    const snapshot = await second.bridge.request('app:snapshot', undefined);
    expect(snapshot.accounts).toEqual([
      {
        email: ALICE,
        hasPassword: true,
        signInAutomatically: false,
        status: 'NLN',
        profileId: 'local-demo',
      },
    ]);
    // No password in the request: the remembered one is used.
    await second.bridge.request('session:signIn', signIn(ALICE));
    expect((await second.bridge.request('app:snapshot', undefined)).session.phase).toBe('online');
    const history = await second.bridge.request('history:query', { contact: BOB });
    expect(history.map((h) => h.text)).toEqual(['before restart']);
  });
});
