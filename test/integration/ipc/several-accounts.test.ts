// Several accounts signed in at once (issue 18), through the whole main side over the web
// harness's WebSocket, against the local MSNP8 network: one person (Sam) with two accounts in
// one app, and a third person (Fran) in another. Each account has its own conversations,
// status, sign-out and reconnection; nothing of one leaks into the other.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountEvent, AppEvent } from '@shared/ipc/events';
import { accountIdOf } from '@shared/ipc/account-id';
import { isBridgeError } from '@shared/ipc/bridge';
import { startNetwork } from '../../server';
import type { LocalNetwork } from '../../server';
import { demoSignIn, minimalRendererDir, startPeer } from './support/harness-peer';
import type { HarnessPeer } from './support/harness-peer';

const WORK = 'sam.work@tweener.test';
const HOME = 'sam.home@tweener.test';
const FRAN = 'fran@tweener.test';
const WORK_ID = accountIdOf('local-demo', WORK);
const HOME_ID = accountIdOf('local-demo', HOME);
const friends = (email: string) => ({ email, lists: 11, groups: [0] });

let network: LocalNetwork;
let sam: HarnessPeer;
let fran: HarnessPeer;

beforeEach(async () => {
  network = await startNetwork({
    accounts: [
      { email: WORK, password: 'tweener', friendlyName: 'Sam at work', contacts: [friends(FRAN)] },
      { email: HOME, password: 'tweener', friendlyName: 'Sam at home', contacts: [friends(FRAN)] },
      {
        email: FRAN,
        password: 'tweener',
        friendlyName: 'Fran',
        contacts: [friends(WORK), friends(HOME)],
      },
    ],
  });
  const rendererDir = await minimalRendererDir();
  sam = await startPeer(network, await mkdtemp(join(tmpdir(), 'tweener-sam-')), rendererDir);
  fran = await startPeer(network, await mkdtemp(join(tmpdir(), 'tweener-fran-')), rendererDir);
  await sam.bridge.request('session:signIn', demoSignIn(WORK));
  await sam.bridge.request('session:signIn', demoSignIn(HOME));
  await fran.bridge.request('session:signIn', demoSignIn(FRAN));
});

afterEach(async () => {
  await sam.stop().catch(() => undefined);
  await fran.stop().catch(() => undefined);
  await network.stop();
});

type MessageEvent = Extract<AppEvent, { type: 'message' }>;
const incoming =
  (text: string) =>
  (e: AppEvent): e is MessageEvent =>
    e.type === 'message' && e.message.direction === 'in' && e.message.text === text;

/** Fran opens a conversation with one of Sam's accounts and writes; Sam's event comes back. */
async function franWrites(to: string, text: string): Promise<MessageEvent> {
  const { conversationId } = await fran.bridge.request('conversations:open', { contacts: [to] });
  await fran.bridge.request('conversations:send', {
    conversationId,
    clientId: `f-${text}`,
    text,
    format: null,
  });
  return sam.waitFor(incoming(text));
}

/** Fran sees this account of Sam's with this status. */
const franSees = (email: string, status: string) =>
  fran.waitFor(
    (e) =>
      e.type === 'contacts' && e.contacts.some((c) => c.email === email && c.status === status),
  );

describe('several accounts signed in at once', () => {
  it('both accounts are in the snapshot, the last signed in shown, each with its own list', async () => {
    const snapshot = await sam.bridge.request('app:snapshot', undefined);
    expect(snapshot.shown).toBe(HOME_ID);
    expect(snapshot.self?.email).toBe(HOME);
    expect(snapshot.signedIn.map((a) => [a.account, a.session.phase, a.self?.email])).toEqual([
      [WORK_ID, 'online', WORK],
      [HOME_ID, 'online', HOME],
    ]);
    // The same contact seen from two accounts is two entries, one in each list.
    for (const account of snapshot.signedIn) {
      expect(account.contacts.map((c) => c.email)).toEqual([FRAN]);
    }
    expect(new Set(snapshot.signedIn.map((a) => a.epoch)).size).toBe(2);

    await sam.bridge.request('accounts:show', { account: WORK_ID });
    await sam.waitFor((e) => e.type === 'shown' && e.account === WORK_ID);
    expect((await sam.bridge.request('app:snapshot', undefined)).self?.email).toBe(WORK);
  });

  it("messages to each account arrive in that account's conversation, and replies go from it", async () => {
    const toWork = await franWrites(WORK, 'Hello work');
    const toHome = await franWrites(HOME, 'Hello home');
    expect((toWork as AccountEvent).account).toBe(WORK_ID);
    expect((toHome as AccountEvent).account).toBe(HOME_ID);
    expect(toWork.message.conversationId).not.toBe(toHome.message.conversationId);
    // Alerts say which account they are about, and are stamped with it.
    for (const [id, conversationId] of [
      [WORK_ID, toWork.message.conversationId],
      [HOME_ID, toHome.message.conversationId],
    ]) {
      await sam.waitFor(
        (e) =>
          e.type === 'toast' &&
          e.toast.conversationId === conversationId &&
          e.toast.account === id &&
          e.account === id,
      );
    }

    const snapshot = await sam.bridge.request('app:snapshot', undefined);
    const part = (id: string) => snapshot.signedIn.find((a) => a.account === id);
    expect(part(WORK_ID)?.conversations).toEqual([
      expect.objectContaining({ id: toWork.message.conversationId, account: WORK_ID }),
    ]);
    expect(part(HOME_ID)?.conversations).toEqual([
      expect.objectContaining({ id: toHome.message.conversationId, account: HOME_ID }),
    ]);
    expect(part(WORK_ID)?.messages.map((m) => m.text)).toEqual(['Hello work']);
    expect(part(HOME_ID)?.messages.map((m) => m.text)).toEqual(['Hello home']);

    // Each reply goes out from the account whose conversation it is in.
    for (const [event, text, from] of [
      [toWork, 'Reply from work', WORK],
      [toHome, 'Reply from home', HOME],
    ] as const) {
      await sam.bridge.request('conversations:send', {
        conversationId: event.message.conversationId,
        clientId: `s-${text}`,
        text,
        format: null,
      });
      const reply = (await fran.waitFor(
        (e) => e.type === 'message' && e.message.text === text,
      )) as MessageEvent;
      expect(reply.message.from).toBe(from);
    }

    // A conversation Sam opens names its account; without one it is the shown account's.
    const named = await sam.bridge.request('conversations:open', {
      contacts: [FRAN],
      account: WORK_ID,
    });
    await sam.bridge.request('conversations:send', {
      conversationId: named.conversationId,
      clientId: 's-named',
      text: 'Opened from work',
      format: null,
    });
    const fromWork = (await fran.waitFor(
      (e) => e.type === 'message' && e.message.text === 'Opened from work',
    )) as MessageEvent;
    expect(fromWork.message.from).toBe(WORK);
  });

  it('each account has its own status', async () => {
    await sam.bridge.request('session:setStatus', { status: 'BSY', account: WORK_ID });
    await franSees(WORK, 'BSY');
    const snapshot = await sam.bridge.request('app:snapshot', undefined);
    const status = (id: string) =>
      snapshot.signedIn.find((a) => a.account === id)?.self?.status ?? null;
    expect([status(WORK_ID), status(HOME_ID)]).toEqual(['BSY', 'NLN']);
    // No account named: the shown one (Home).
    await sam.bridge.request('session:setStatus', { status: 'AWY' });
    await franSees(HOME, 'AWY');
  });

  it('signing one account out leaves the other working', async () => {
    await sam.bridge.request('session:signOut', { account: WORK_ID });
    await sam.waitFor(
      (e) =>
        e.type === 'session' &&
        (e as AccountEvent).account === WORK_ID &&
        e.session.phase === 'signedOut',
    );
    await franSees(WORK, 'FLN');
    const snapshot = await sam.bridge.request('app:snapshot', undefined);
    expect(snapshot.shown).toBe(HOME_ID);
    expect(snapshot.signedIn.map((a) => a.account)).toEqual([HOME_ID]);

    const toHome = await franWrites(HOME, 'Still there?');
    expect((toHome as AccountEvent).account).toBe(HOME_ID);
    // A request naming the signed-out account is refused plainly.
    const refused = await sam.bridge
      .request('session:setStatus', { status: 'BSY', account: WORK_ID })
      .catch((error: unknown) => error);
    expect(isBridgeError(refused) && refused.code).toBe('notSignedIn');
  });

  it('signing the shown account out shows the other; "sign out of all" ends both', async () => {
    await sam.bridge.request('session:signOut', undefined);
    await sam.waitFor((e) => e.type === 'shown' && e.account === WORK_ID);
    expect((await sam.bridge.request('app:snapshot', undefined)).self?.email).toBe(WORK);

    await sam.bridge.request('session:signIn', demoSignIn(HOME));
    await sam.bridge.request('session:signOut', { all: true });
    const snapshot = await sam.bridge.request('app:snapshot', undefined);
    expect(snapshot.signedIn.every((a) => a.session.phase === 'signedOut')).toBe(true);
    expect(snapshot.session.phase).toBe('signedOut');
    await franSees(WORK, 'FLN');
    await franSees(HOME, 'FLN');
  });

  it('a lost connection on one account does not disturb the other', async () => {
    const seen = sam.events.length;
    const franSeen = fran.events.length;
    network.faults.dropConnection(WORK, 'now');
    await sam.waitFor(
      (e) =>
        e.type === 'session' &&
        (e as AccountEvent).account === WORK_ID &&
        e.session.phase === 'reconnecting',
    );
    // While Work reconnects, Home goes on: a message to it arrives in its conversation.
    const toHome = await franWrites(HOME, 'Are you there at home?');
    expect((toHome as AccountEvent).account).toBe(HOME_ID);
    // (Only events since the drop: the first sign-in's 'online' is in the list too.)
    await sam.waitFor(
      (e) =>
        sam.events.indexOf(e) >= seen &&
        e.type === 'session' &&
        (e as AccountEvent).account === WORK_ID &&
        e.session.phase === 'online',
      25_000,
    );
    // Home's sign-in never moved: no session event of it, and the same epoch.
    const homeSessions = sam.events
      .slice(seen)
      .filter((e) => e.type === 'session' && (e as AccountEvent).account === HOME_ID);
    expect(homeSessions).toEqual([]);
    // Fran sees Work back online (its status comes once the new session is up).
    await fran.waitFor(
      (e) =>
        fran.events.indexOf(e) >= franSeen &&
        e.type === 'contacts' &&
        e.contacts.some((c) => c.email === WORK && c.status === 'NLN'),
      20_000,
    );
    const toWork = await franWrites(WORK, 'Back at work?');
    expect((toWork as AccountEvent).account).toBe(WORK_ID);
  }, 60_000);
});
