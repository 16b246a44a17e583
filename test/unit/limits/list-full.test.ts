// "Added you" pushes (ADD 0 RL) cannot grow the list past the cap a SYN listing is held to:
// the next one is ignored with one notice for the flood. (The session starts from a full list;
// the whole flood through the network is in test/integration/hostile/server-caps.test.ts.)
import { describe, expect, it } from 'vitest';
import { keyOf } from '../../../main/msnp/contacts/model';
import type { ContactListState, ListEntry } from '../../../main/msnp/contacts/model';
import { emptyContactList } from '../../../main/msnp/contacts/model';
import { LIST_FULL_TEXT, MAX_LIST_ENTRIES } from '../../../main/msnp/limits';
import { handlePush } from '../../../main/msnp/notification/incoming';
import { NotificationSession } from '../../../main/msnp/notification/session';

function fullList(): ContactListState {
  const entries = new Map<string, ListEntry>();
  for (let i = 0; i < MAX_LIST_ENTRIES; i++) {
    const email = `fan${i}@x.test`;
    entries.set(keyOf(email), { email, storedName: email, lists: 8, groupIds: [], phones: {} });
  }
  return { ...emptyContactList(), entries };
}

describe('a full contact list', () => {
  it('ignores further "added you" pushes and says so once', async () => {
    const session = new NotificationSession({
      server: { host: '127.0.0.1', port: 1 },
      passport: { nexusUrl: null, loginUrl: 'https://127.0.0.1:1/' },
      email: 'me@x.test',
      password: 'unused',
      status: 'NLN',
      list: fullList(),
    });
    const notices: string[] = [];
    const added: string[] = [];
    session.on('systemMessage', ({ text }) => notices.push(text));
    session.on('addedBy', ({ email }) => added.push(email));
    for (let i = 0; i < 50; i++) {
      handlePush(session, {
        name: 'ADD',
        trid: 0,
        params: ['RL', '9', `new${i}@x.test`, 'New'],
        payload: null,
      });
    }
    // Someone already on the list still counts (their entry is updated, not added).
    handlePush(session, {
      name: 'ADD',
      trid: 0,
      params: ['RL', '9', 'fan1@x.test', 'Fan'],
      payload: null,
    });
    await Promise.resolve(); // the pushes of one read are applied together, right after it
    expect(session.list.entries.size).toBe(MAX_LIST_ENTRIES);
    expect(added).toEqual(['fan1@x.test']);
    expect(notices).toEqual([LIST_FULL_TEXT]);
  });
});
