// presence.md §4.3: servers may drop an empty friendly name (Escargot drops unset fields), so
// `NLN <status> <email> <caps>` must not show the capabilities number as the contact's name.
import { beforeEach, expect, it } from 'vitest';
import type { Contact } from '@shared/domain';
import type { MsnClient } from '../../../main/msnp';
import { nextEvent, seed } from '../signin/harness';
import { useAccounts } from '../support/accounts';

const ME = 'watcher@tweener.test';
const PAL = 'nameless@tweener.test';
const accounts = useAccounts([
  seed(ME, { contacts: [{ email: PAL, lists: 3, groups: [0] }] }),
  seed(PAL),
]);
const { net } = accounts;
let me: MsnClient;
beforeEach(async () => {
  me = await accounts.signIn(ME);
});

it('NLN without a name: the e-mail stands in, the number is the capabilities', async () => {
  const seen = nextEvent<[Contact]>(me, 'contact', (c) => c.email === PAL && c.status === 'BSY');
  net.faults.sendRaw(ME, `NLN BSY ${PAL} 268435456\r\n`);
  const [contact] = await seen;
  expect(contact.friendlyName).toBe(PAL);
  expect(contact.capabilities).toBe(268435456);
});

it('NLN with a name and capabilities is read as before', async () => {
  const seen = nextEvent<[Contact]>(me, 'contact', (c) => c.email === PAL && c.status === 'AWY');
  net.faults.sendRaw(ME, `NLN AWY ${PAL} Pal%20Name 0\r\n`);
  const [contact] = await seen;
  expect(contact.friendlyName).toBe('Pal Name');
});
