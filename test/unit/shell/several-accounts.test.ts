// Several accounts at once (issue 18), over fake clients: remembered accounts marked to sign
// in automatically start together, and the number signed in at once is capped.
import { describe, expect, it } from 'vitest';
import { accountIdOf } from '@shared/ipc/account-id';
import {
  MAX_SIGNED_IN_ACCOUNTS,
  TOO_MANY_ACCOUNTS,
} from '../../../main/services/account/account-registry';
import { makeServices, signInArgs, tempDir } from './support/services';

const origin = { transport: 'web' as const, senderId: 1 };
const id = (email: string) => accountIdOf(signInArgs.profileId, email);

describe('several accounts', () => {
  it('signs in every remembered account marked to sign in automatically, the last used shown', async () => {
    const dir = await tempDir();
    const first = await makeServices(dir);
    const remember = (email: string, signInAutomatically: boolean) =>
      first.services.handlers['session:signIn'](
        { ...signInArgs, email, signInAutomatically },
        origin,
      );
    await remember('one@tweener.test', true);
    await remember('two@tweener.test', false);
    await remember('three@tweener.test', true);
    expect(first.services.snapshot().signedIn).toHaveLength(3);
    await first.services.dispose();

    const second = await makeServices(dir);
    await second.services.autoSignIn();
    const snapshot = second.services.snapshot();
    // Remembered accounts are listed most recent first, and sign in in that order.
    expect(snapshot.signedIn.map((a) => [a.account, a.session.phase])).toEqual([
      [id('three@tweener.test'), 'online'],
      [id('one@tweener.test'), 'online'],
    ]);
    expect(snapshot.shown).toBe(id('three@tweener.test'));
    expect(snapshot.self?.email).toBe('three@tweener.test');
    // Each sign-in is its own epoch.
    expect(snapshot.signedIn[0]?.epoch).not.toBe(snapshot.signedIn[1]?.epoch);
  });

  it('each account has its own auto-away: every Online one goes Idle, a Busy one stays', async () => {
    const { services, clients, idle, tickAutoAway } = await makeServices(await tempDir());
    const signIn = (email: string, status: 'NLN' | 'BSY') =>
      services.handlers['session:signIn'](
        { ...signInArgs, email, status, rememberMe: false },
        origin,
      );
    await signIn('first@tweener.test', 'NLN');
    await signIn('second@tweener.test', 'NLN');
    await signIn('busy@tweener.test', 'BSY');
    const statusCalls = () =>
      clients.made.map((client) =>
        client.calls.filter((c) => c.method === 'setStatus').map((c) => c.args[0]),
      );
    idle.seconds = 10 * 60;
    await tickAutoAway();
    // Not only the shown account (the last signed in): each Online one; Busy was chosen.
    expect(statusCalls()).toEqual([['IDL'], ['IDL'], []]);
  });

  it(`signs in at most ${MAX_SIGNED_IN_ACCOUNTS} accounts at once; the same account again is no extra`, async () => {
    const { services, clients } = await makeServices(await tempDir());
    const signIn = (n: number) =>
      services.handlers['session:signIn'](
        { ...signInArgs, email: `me${n}@tweener.test`, rememberMe: false },
        origin,
      );
    for (let n = 1; n <= MAX_SIGNED_IN_ACCOUNTS; n++) await signIn(n);
    await expect(signIn(MAX_SIGNED_IN_ACCOUNTS + 1)).rejects.toMatchObject({
      message: TOO_MANY_ACCOUNTS,
    });
    expect(clients.made).toHaveLength(MAX_SIGNED_IN_ACCOUNTS);
    // The same account again replaces its own sign-in (a new client, the old one signed out).
    await signIn(1);
    expect(services.snapshot().signedIn).toHaveLength(MAX_SIGNED_IN_ACCOUNTS);
    expect(clients.made[0]?.calls.some((c) => c.method === 'signOut')).toBe(true);
    // Once one signs out, another fits.
    await services.handlers['session:signOut']({ account: id('me2@tweener.test') }, origin);
    await signIn(MAX_SIGNED_IN_ACCOUNTS + 1);
    expect(services.snapshot().signedIn).toHaveLength(MAX_SIGNED_IN_ACCOUNTS);
  });
});
