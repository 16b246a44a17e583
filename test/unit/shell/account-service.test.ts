// The account service over a fake MsnClient: events become AppEvents, alerts follow the
// policy (silent during the sign-in burst), incoming chats open windows, history is kept.
import { describe, expect, it } from 'vitest';
import type { ChatMessage, Contact } from '@shared/domain';
import {
  SIGN_IN_ALERT_BURST,
  SIGN_IN_ALERT_REFILL_MS,
} from '../../../main/services/account/account-alerts';
import { makeServices, signInArgs, tempDir } from './support/services';

const origin = { transport: 'web' as const, senderId: 1 };

const contact = (email: string, status: Contact['status']): Contact => ({
  email,
  friendlyName: email.split('@')[0] ?? email,
  lists: 11,
  groupIds: [0],
  status,
  capabilities: 0,
  phones: {},
});

const incoming = (conversationId: string, id: string, text: string): ChatMessage => ({
  id,
  conversationId,
  direction: 'in',
  from: 'bob@x.test',
  fromName: 'Bob',
  text,
  format: null,
  time: Date.now(),
});

async function signedIn() {
  const setup = await makeServices(await tempDir());
  const { services, clients } = setup;
  const signing = services.handlers['session:signIn'](signInArgs, origin);
  // The sign-in burst (SYN + ILN) arrives before signIn resolves: it must stay silent.
  clients.last().emit('contact', contact('bob@x.test', 'FLN'));
  clients.last().emit('contact', contact('amy@x.test', 'NLN'));
  await signing;
  return { ...setup, client: clients.last() };
}

describe('account service', () => {
  it('mirrors client events into the snapshot and the event stream', async () => {
    const { services, client, events } = await signedIn();
    client.emit('groups', [{ id: 0, name: 'Other Contacts' }]);
    client.emit('privacy', { blp: 'BL', gtc: 'N' });
    client.emit('addedBy', { email: 'zed@x.test', name: 'Zed' });
    const snapshot = services.snapshot();
    expect(snapshot.session.phase).toBe('online');
    expect(snapshot.contacts.map((c) => c.email).sort()).toEqual(['amy@x.test', 'bob@x.test']);
    expect(snapshot.privacy).toEqual({ blp: 'BL', gtc: 'N' });
    expect(snapshot.pendingAddedBy).toEqual([{ email: 'zed@x.test', name: 'Zed' }]);
    const types = events().map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining(['session', 'self', 'contacts', 'groups', 'privacy', 'addedBy']),
    );
  });

  it('the sign-in burst is silent; a contact coming online later alerts', async () => {
    const { client, desktop } = await signedIn();
    expect(desktop.toasts).toEqual([]);
    expect(desktop.sounds).toEqual([]);
    client.emit('contact', contact('bob@x.test', 'NLN'));
    expect(desktop.toasts.map((t) => t.text)).toEqual(['\u2068bob\u2069 has just signed in.']);
    expect(desktop.sounds).toEqual(['signIn']);
    // A status change between online states is not a sign-in.
    client.emit('contact', contact('bob@x.test', 'AWY'));
    expect(desktop.toasts).toHaveLength(1);
  });

  it('a burst of contacts coming online alerts a few times, then once per refill', async () => {
    const { client, desktop, clock } = await signedIn();
    const burst = Array.from({ length: 500 }, (_, i) => `c${i}@x.test`);
    for (const email of burst) client.emit('contact', contact(email, 'FLN'));
    for (const email of burst) client.emit('contact', contact(email, 'NLN'));
    const signIns = (): string[] => desktop.toasts.map((t) => t.text);
    expect(signIns()).toEqual(
      burst
        .slice(0, SIGN_IN_ALERT_BURST)
        .map((e) => `\u2068${e.split('@')[0]}\u2069 has just signed in.`),
    );
    expect(desktop.sounds).toHaveLength(SIGN_IN_ALERT_BURST);
    // Every contact is still shown online: only the alerts were spared.
    const online = client.snapshot.contacts.filter((c) => c.status === 'NLN');
    expect(online.filter((c) => burst.includes(c.email))).toHaveLength(500);
    clock.now += SIGN_IN_ALERT_REFILL_MS;
    client.emit('contact', contact('bob@x.test', 'NLN'));
    expect(signIns().at(-1)).toBe('\u2068bob\u2069 has just signed in.');
    expect(desktop.toasts).toHaveLength(SIGN_IN_ALERT_BURST + 1);
  });

  it('after a reconnection its presence burst is silent too, then alerts resume', async () => {
    const { client, desktop, clock } = await signedIn();
    client.emit('session', { phase: 'reconnecting', retryAt: clock.now + 1000 });
    client.emit('contact', contact('amy@x.test', 'FLN'));
    client.emit('session', { phase: 'online' });
    client.emit('contact', contact('amy@x.test', 'NLN'));
    expect(desktop.toasts).toEqual([]);
    clock.now += 6_000;
    client.emit('contact', contact('bob@x.test', 'NLN'));
    expect(desktop.toasts.map((t) => t.text)).toEqual(['\u2068bob\u2069 has just signed in.']);
  });

  it('while Busy nothing alerts', async () => {
    const { client, desktop } = await signedIn();
    client.emit('self', {
      email: signInArgs.email,
      friendlyName: 'Me',
      verified: true,
      status: 'BSY',
      phones: {},
    });
    client.emit('contact', contact('bob@x.test', 'NLN'));
    client.emit('message', incoming('c9', 'm1', 'hello'));
    expect(desktop.toasts).toEqual([]);
    expect(desktop.sounds).toEqual([]);
    // The window still opens: Busy mutes alerts, it does not hide messages.
    expect(desktop.shown).toEqual([{ conversationId: 'c9', reason: 'incoming' }]);
  });

  it('an incoming conversation opens unfocused with a toast; later messages only sound', async () => {
    const { client, desktop } = await signedIn();
    client.emit('message', incoming('c1', 'm1', 'hi there'));
    client.emit('message', incoming('c1', 'm2', 'are you there?'));
    expect(desktop.shown).toEqual([{ conversationId: 'c1', reason: 'incoming' }]);
    expect(desktop.toasts.map((t) => [t.title, t.text, t.conversationId])).toEqual([
      ['\u2068Bob\u2069 says:', 'hi there', 'c1'],
    ]);
    expect(desktop.sounds).toEqual(['message', 'message']);
    desktop.focused.add('c1');
    client.emit('message', incoming('c1', 'm3', 'ok'));
    expect(desktop.sounds).toHaveLength(2);
  });

  it('records both directions in history unless keepHistory is off', async () => {
    const { services, client } = await signedIn();
    const { conversationId } = await services.handlers['conversations:open'](
      { contacts: ['bob@x.test'] },
      origin,
    );
    await services.handlers['conversations:send'](
      { conversationId, clientId: 'k1', text: 'mine', format: null },
      origin,
    );
    client.emit('message', incoming(conversationId, 'm1', 'theirs'));
    await services.history.settle();
    const logged = await services.handlers['history:query'](
      { contact: 'bob@x.test', limit: 200 },
      origin,
    );
    expect(logged.map((h) => [h.direction, h.text])).toEqual([
      ['out', 'mine'],
      ['in', 'theirs'],
    ]);
    await services.handlers['settings:update']({ patch: { keepHistory: false } }, origin);
    client.emit('message', incoming(conversationId, 'm2', 'not kept'));
    await services.history.settle();
    expect(
      await services.handlers['history:query']({ contact: 'bob@x.test', limit: 200 }, origin),
    ).toHaveLength(2);
  });

  it("an outgoing message is the core's: echoed once, its delivery reported", async () => {
    const { services, client, events } = await signedIn();
    const { conversationId } = await services.handlers['conversations:open'](
      { contacts: ['bob@x.test'] },
      origin,
    );
    await services.handlers['conversations:send'](
      { conversationId, clientId: 'k1', text: 'hello', format: null },
      origin,
    );
    client.emit('messageDelivered', { conversationId, messageId: 'k1' });
    expect(services.snapshot().messages).toEqual([
      expect.objectContaining({ id: 'k1', state: 'delivered' }),
    ]);
    const mine = events().filter((e) => e.type === 'message');
    expect(mine).toEqual([
      expect.objectContaining({ message: expect.objectContaining({ id: 'k1', state: 'sending' }) }),
    ]);
    expect(events()).toContainEqual({
      type: 'messageState',
      epoch: 1,
      account: 'local-demo/me@tweener.test',
      conversationId,
      messageId: 'k1',
      state: 'delivered',
    });
  });

  it('every sign-in is an epoch: a conversation of an earlier one is refused plainly', async () => {
    const { services, events, desktop } = await signedIn();
    const { conversationId } = await services.handlers['conversations:open'](
      { contacts: ['bob@x.test'] },
      origin,
    );
    expect(services.snapshot().epoch).toBe(1);
    await services.handlers['session:signOut'](undefined, origin);
    // Signed out: nothing of the account is left in a snapshot.
    expect(services.snapshot()).toMatchObject({
      epoch: 1,
      self: null,
      contacts: [],
      conversations: [],
      pendingAddedBy: [],
    });
    await services.handlers['session:signIn'](
      { ...signInArgs, email: 'other@tweener.test' },
      origin,
    );
    expect(services.snapshot().epoch).toBe(2);
    expect(services.snapshot().contacts).toEqual([]);
    // Both sign-ins closed the windows of the one before (the first had none to close).
    expect(desktop.conversationsClosed).toBe(2);
    const send = async () =>
      services.handlers['conversations:send'](
        { conversationId, clientId: 'k2', text: 'hello again', format: null },
        origin,
      );
    await expect(send()).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/ended when you signed out/),
    });
    const accept = async () => services.handlers['files:accept']({ transferId: 't-old' }, origin);
    await expect(accept()).rejects.toMatchObject({
      message: expect.stringMatching(/ended when you signed out/),
    });
    // Every account event says which sign-in it belongs to.
    const stamped = events().filter((e) => 'epoch' in e);
    expect(stamped.length).toBeGreaterThan(0);
    expect(new Set(stamped.map((e) => ('epoch' in e ? e.epoch : 0)))).toEqual(new Set([1, 2]));
  });

  it('carries out contact requests on the client', async () => {
    const { services, client } = await signedIn();
    await services.handlers['contacts:remove']({ email: 'bob@x.test', alsoBlock: true }, origin);
    await services.handlers['contacts:answerAddedBy'](
      { email: 'zed@x.test', allow: true, addToList: true },
      origin,
    );
    await services.handlers['contacts:moveToGroup'](
      { email: 'amy@x.test', fromGroupId: 0, toGroupId: 2 },
      origin,
    );
    expect(await services.handlers['groups:add']({ name: 'Work' }, origin)).toEqual({
      id: 7,
      name: 'Work',
    });
    expect(client.calls.map((c) => [c.method, ...c.args])).toEqual(
      expect.arrayContaining([
        ['removeContact', 'bob@x.test'],
        ['block', 'bob@x.test'],
        ['allow', 'zed@x.test'],
        ['addContact', 'zed@x.test', undefined],
        ['moveToGroup', 'amy@x.test', 0, 2],
        ['addGroup', 'Work'],
      ]),
    );
  });

  it('sends a file the harness names; accepts into the chosen download folder', async () => {
    const { services, client, desktop } = await signedIn();
    // The folder is the person's choice in main's dialog; cancelling changes nothing.
    expect(await services.handlers['settings:chooseDownloadFolder'](undefined, origin)).toBeNull();
    expect(services.settings.get().downloadFolder).toBe('');
    desktop.folderChoice = '/tmp/in';
    expect(await services.handlers['settings:chooseDownloadFolder'](undefined, origin)).toBe(
      '/tmp/in',
    );
    expect(services.settings.get().downloadFolder).toBe('/tmp/in');
    const { conversationId } = await services.handlers['conversations:open'](
      { contacts: ['bob@x.test'] },
      origin,
    );
    const sent = await services.handlers['files:send'](
      { conversationId, path: '/tmp/a.txt' },
      origin,
    );
    expect(sent).toMatchObject({ transferId: expect.any(String) });
    expect(await services.handlers['files:send']({ conversationId }, origin)).toBeNull();
    await services.handlers['files:accept']({ transferId: sent!.transferId }, origin);
    expect(client.calls).toContainEqual({
      method: 'acceptFile',
      args: [sent!.transferId, '/tmp/in'],
    });
  });

  it('a failed sign-in reports the failure and remembers nothing', async () => {
    const { services } = await makeServices(await tempDir());
    await expect(
      services.handlers['session:signIn']({ ...signInArgs, password: 'nope' }, origin),
    ).rejects.toMatchObject({
      failure: { kind: 'badCredentials' },
    });
    expect(services.snapshot().session).toMatchObject({
      phase: 'signedOut',
      failure: { kind: 'badCredentials' },
    });
    expect(services.snapshot().accounts).toEqual([]);
    await expect(
      services.handlers['session:setStatus']({ status: 'BSY' }, origin),
    ).rejects.toMatchObject({ code: 'notSignedIn' });
  });

  it('signs in automatically with a remembered account that asks for it', async () => {
    const dir = await tempDir();
    const first = await makeServices(dir);
    await first.services.handlers['session:signIn'](
      { ...signInArgs, signInAutomatically: true },
      origin,
    );
    await first.services.dispose();
    const second = await makeServices(dir);
    await second.services.autoSignIn();
    expect(second.clients.made).toHaveLength(1);
    expect(second.services.snapshot().session.phase).toBe('online');
  });

  it('auto-away sets Idle after the idle time and Online on return; a chosen status wins', async () => {
    const { services, client, idle, tickAutoAway } = await signedIn();
    const statusCalls = () =>
      client.calls.filter((c) => c.method === 'setStatus').map((c) => c.args[0]);
    const selfWith = (status: 'NLN' | 'IDL' | 'BSY') =>
      client.emit('self', {
        email: signInArgs.email,
        friendlyName: 'Me',
        verified: true,
        status,
        phones: {},
      });
    idle.seconds = 4 * 60;
    await tickAutoAway();
    expect(statusCalls()).toEqual([]);
    idle.seconds = 5 * 60;
    await tickAutoAway();
    expect(statusCalls()).toEqual(['IDL']);
    selfWith('IDL');
    idle.seconds = 3;
    await tickAutoAway();
    expect(statusCalls()).toEqual(['IDL', 'NLN']);
    selfWith('NLN');
    // Idle again, then the person picks Busy by hand: coming back must not undo it.
    idle.seconds = 600;
    await tickAutoAway();
    selfWith('IDL');
    await services.handlers['session:setStatus']({ status: 'BSY' }, origin);
    selfWith('BSY');
    idle.seconds = 0;
    await tickAutoAway();
    expect(statusCalls()).toEqual(['IDL', 'NLN', 'IDL', 'BSY']);
    // The status chosen by hand is remembered for the next sign-in; Idle never is.
    expect(services.snapshot().accounts[0]?.status).toBe('BSY');
  });
});
