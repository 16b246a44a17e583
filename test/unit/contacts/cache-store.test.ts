// Saving the contact-list cache under a flood of list changes: one write at a time, only the
// newest waiting list is written, each account's newest list is written, and a failed write
// does not stop the next. (A server pushing thousands of ADD RL lines once queued a whole copy
// of the list per push: 3,000 pushes took 30 s and 10,500 ran out of memory.)
import { describe, expect, it } from 'vitest';
import type { CachedList, ContactListCache } from '../../../main/msnp/contacts/cache';
import { ListCacheStore } from '../../../main/msnp/contacts/cache-store';
import { emptyContactList } from '../../../main/msnp/contacts/model';
import { addedToList } from '../../../main/msnp/contacts/reducers';

/** A cache whose writes finish only when the test lets them. */
function heldCache() {
  const writes: { email: string; version: number; contacts: number }[] = [];
  let release: () => void = () => undefined;
  let held = new Promise<void>((resolve) => (release = resolve));
  let failNext = false;
  const cache: ContactListCache = {
    load: async () => null,
    save: async (email: string, list: CachedList) => {
      writes.push({ email, version: list.version, contacts: list.contacts.length });
      await held;
      if (failNext) {
        failNext = false;
        throw new Error('disk full');
      }
    },
  };
  return {
    cache,
    writes,
    release: () => release(),
    hold: () => (held = new Promise<void>((resolve) => (release = resolve))),
    failNextWrite: () => (failNext = true),
  };
}

const listOf = (count: number) => {
  let list = emptyContactList();
  for (let i = 0; i < count; i++) {
    list = addedToList(list, 'RL', i + 1, `fan${i}@x.test`, `Fan ${i}`);
  }
  return list;
};

describe('the contact-list cache under a flood of changes', () => {
  it('writes the first list, then only the newest of the thousand that came meanwhile', async () => {
    const held = heldCache();
    const store = new ListCacheStore(held.cache);
    let list = emptyContactList();
    for (let i = 0; i < 1000; i++) {
      list = addedToList(list, 'RL', i + 1, `fan${i}@x.test`, `Fan ${i}`);
      store.save('me@x.test', list);
    }
    held.release();
    await store.flushed();
    expect(held.writes).toEqual([
      { email: 'me@x.test', version: 1, contacts: 1 },
      { email: 'me@x.test', version: 1000, contacts: 1000 },
    ]);
  });

  it("each account's newest list is written, and a failed write does not stop the next", async () => {
    const held = heldCache();
    const store = new ListCacheStore(held.cache);
    held.failNextWrite();
    store.save('a@x.test', listOf(1));
    store.save('a@x.test', listOf(2));
    store.save('b@x.test', listOf(3));
    store.save('a@x.test', listOf(4));
    held.release();
    await store.flushed();
    expect(held.writes).toEqual([
      { email: 'a@x.test', version: 1, contacts: 1 },
      { email: 'a@x.test', version: 4, contacts: 4 },
      { email: 'b@x.test', version: 3, contacts: 3 },
    ]);
    // After a quiet spell the next change is written again.
    held.hold();
    store.save('b@x.test', listOf(5));
    held.release();
    await store.flushed();
    expect(held.writes.at(-1)).toEqual({ email: 'b@x.test', version: 5, contacts: 5 });
  });
});
