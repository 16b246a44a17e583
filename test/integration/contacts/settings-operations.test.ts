// Privacy (BLP, GTC), phone numbers (PRP) and the own friendly name (REA).
// reference: contacts.md §5, §6, §8
import { beforeEach, describe, expect, it } from 'vitest';
import type { MsnClient } from '../../../main/msnp';
import { seed } from '../signin/harness';
import { useAccounts } from '../support/accounts';

const ME = 'prefs@tweener.test';

describe('privacy, phones and name', () => {
  const accounts = useAccounts([seed(ME, { friendlyName: 'Prefs' })]);
  let me: MsnClient;
  /** Signs in again: what the server kept, not what this client remembers. */
  const signIn = async () => {
    me = await accounts.signIn(ME);
  };
  beforeEach(signIn);

  it('BLP and GTC change, and setting the current value again (218) is fine', async () => {
    await me.setPrivacy({ blp: 'BL', gtc: 'N' });
    expect(me.snapshot.privacy).toEqual({ blp: 'BL', gtc: 'N' });
    await me.setPrivacy({ blp: 'BL' });
    expect(me.snapshot.privacy.blp).toBe('BL');
    await me.signOut();
    await signIn();
    expect(me.snapshot.privacy).toEqual({ blp: 'BL', gtc: 'N' });
  });

  it('phone numbers are set and cleared', async () => {
    await me.setPhone('mobile', '1 (555) 0123');
    await me.setPhone('home', '555 0100');
    expect(me.snapshot.self?.phones).toMatchObject({ mobile: '1 (555) 0123', home: '555 0100' });
    await me.setPhone('home', null);
    expect(me.snapshot.self?.phones.home).toBeUndefined();
    await me.signOut();
    await signIn();
    expect(me.snapshot.self?.phones).toEqual({ mobile: '1 (555) 0123' });
  });

  it('the friendly name changes through REA and survives a new sign-in', async () => {
    await me.setFriendlyName('Prefs & Co 100% ☕');
    expect(me.snapshot.self?.friendlyName).toBe('Prefs & Co 100% ☕');
    await me.signOut();
    await signIn();
    expect(me.snapshot.self?.friendlyName).toBe('Prefs & Co 100% ☕');
  });
});
