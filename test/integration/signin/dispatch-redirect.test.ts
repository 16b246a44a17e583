// Sign-in through the dispatch server's XFR NS redirect (login.md §4.1), then Passport,
// USR OK, the initial profile, SYN and the first CHG.
import { describe, expect, it } from 'vitest';
import type { SessionState } from '@shared/domain';
import { useAccounts } from '../support/accounts';
import { groups, PASSWORD, seed } from './harness';

describe('sign-in through the dispatch server', () => {
  const accounts = useAccounts([
    seed('alice@tweener.test', {
      friendlyName: 'Alice Liddell',
      groups: groups('Other Contacts', 'Friends'),
      contacts: [{ email: 'bob@tweener.test', lists: 11, groups: [1], storedName: 'Bob' }],
    }),
    seed('bob@tweener.test'),
  ]);

  it('follows XFR NS, signs in and reports each phase', async () => {
    const client = accounts.client();
    const phases: SessionState['phase'][] = [];
    client.on('session', (s) => phases.push(s.phase));
    await client.signIn({ email: 'alice@tweener.test', password: PASSWORD, status: 'NLN' });

    expect(phases[0]).toBe('connecting');
    expect(phases).toContain('authenticating');
    expect(phases).toContain('syncing');
    expect(phases.at(-1)).toBe('online');

    const snap = client.snapshot;
    expect(snap.session.phase).toBe('online');
    expect(snap.self).toMatchObject({
      email: 'alice@tweener.test',
      friendlyName: 'Alice Liddell',
      status: 'NLN',
    });
    expect(snap.groups).toEqual([
      { id: 0, name: 'Other Contacts' },
      { id: 1, name: 'Friends' },
    ]);
    expect(snap.contacts).toEqual([
      expect.objectContaining({
        email: 'bob@tweener.test',
        lists: 11,
        groupIds: [1],
        status: 'FLN',
      }),
    ]);
    expect(client.broker.isOnline()).toBe(true);
    expect(client.broker.selfEmail).toBe('alice@tweener.test');
    // login.md §7: the initial profile was read.
    expect(client.profile?.clientIp).not.toBe('');
  });
});
