// A contact who renamed themselves during the session keeps that name when they go offline
// and in the list cache, as the classic client did: the last name the server told us
// (ILN/NLN) wins over the one from sign-in (presence.md §4, contacts.md §1.3).
import { expect, it } from 'vitest';
import { MemoryContactListCache } from '../../../main/msnp';
import type { Contact } from '@shared/domain';
import { nextEvent, seed, waitFor } from '../signin/harness';
import { useAccounts } from '../support/accounts';

const ME = 'me@tweener.test';
const PAT = 'pat@tweener.test';

const accounts = useAccounts([
  seed(ME, { contacts: [{ email: PAT, lists: 11, groups: [0], storedName: 'Pat' }] }),
  seed(PAT, { friendlyName: 'Pat', contacts: [{ email: ME, lists: 11, groups: [0] }] }),
]);

it('keeps the new name after sign-out, and in the cache for the next sign-in', async () => {
  const cache = new MemoryContactListCache();
  const me = await accounts.signIn(ME, { extra: { cache } });
  const pat = await accounts.signIn(PAT);
  const renamed = nextEvent<[Contact]>(me, 'contact', (c) => c.friendlyName === 'Pat (at work)');
  await pat.setFriendlyName('Pat (at work)');
  await renamed;
  const offline = nextEvent<[Contact]>(me, 'contact', (c) => c.email === PAT && c.status === 'FLN');
  await pat.signOut();
  expect((await offline)[0].friendlyName).toBe('Pat (at work)');
  await waitFor(
    () => me.snapshot.contacts.find((c) => c.email === PAT)?.friendlyName === 'Pat (at work)',
    3_000,
    'the name kept',
  );
  // Saved with the list: the cache has it too (persisted asynchronously).
  let cached: string | undefined;
  await waitFor(
    () => {
      void cache.load(ME).then((l) => {
        cached = l?.contacts.find((c) => c.email === PAT)?.storedName;
      });
      return cached === 'Pat (at work)';
    },
    3_000,
    'the name in the cache',
  );
  await me.signOut();
  expect(me.snapshot.contacts.find((c) => c.email === PAT)?.friendlyName).toBe('Pat (at work)');
});
