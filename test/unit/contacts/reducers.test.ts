// The pure list reducers on the reference's examples (contacts.md §3–§9, examples.md §4–§5).
import { describe, expect, it } from 'vitest';
import { contactOf, emptyContactList, pendingAddedBy } from '../../../main/msnp/contacts/model';
import type { ContactListState } from '../../../main/msnp/contacts/model';
import {
  addedToList,
  contactOffline,
  contactOnline,
  contactPropertyChanged,
  everyoneOffline,
  groupAdded,
  groupRemoved,
  groupRenamed,
  ownPropertyChanged,
  privacyChanged,
  removedFromList,
  storedNameChanged,
} from '../../../main/msnp/contacts/reducers';

function base(): ContactListState {
  let s = emptyContactList();
  s = groupAdded(s, 40, 0, 'Other Contacts');
  s = groupAdded(s, 41, 1, 'Friends');
  s = groupAdded(s, 42, 2, 'Work Mates');
  s = addedToList(s, 'FL', 42, 'carol@example.net', 'Carol Smith', 1);
  s = addedToList(s, 'FL', 42, 'carol@example.net', 'Carol Smith', 2);
  s = addedToList(s, 'AL', 42, 'carol@example.net', 'Carol Smith');
  s = addedToList(s, 'RL', 42, 'carol@example.net', 'Carol Smith');
  s = addedToList(s, 'AL', 42, 'bob@example.com', 'Bob');
  return s;
}

describe('contact-list reducers', () => {
  it('never mutate their input', () => {
    const s = base();
    const frozen = JSON.stringify([...s.entries], null, 0);
    addedToList(s, 'BL', 50, 'bob@example.com', 'Bob');
    removedFromList(s, 'FL', 51, 'carol@example.net');
    expect(JSON.stringify([...s.entries], null, 0)).toBe(frozen);
  });

  it('ADD 0 RL makes a pending entry; allowing ends it (examples.md §4)', () => {
    let s = addedToList(base(), 'RL', 43, 'grace@example.com', 'Grace');
    expect(s.version).toBe(43);
    expect(pendingAddedBy(s)).toEqual([{ email: 'grace@example.com', name: 'Grace' }]);
    s = addedToList(s, 'AL', 44, 'grace@example.com', 'Grace');
    s = addedToList(s, 'FL', 45, 'grace@example.com', 'grace@example.com', 1);
    expect(pendingAddedBy(s)).toEqual([]);
    expect(contactOf(s, 'grace@example.com')).toMatchObject({
      lists: 11,
      groupIds: [1],
      friendlyName: 'Grace',
    });
    s = removedFromList(s, 'RL', 47, 'grace@example.com');
    expect(contactOf(s, 'grace@example.com')?.lists).toBe(3);
    expect(s.version).toBe(47);
  });

  it('moving between groups: ADD the new, REM the old (examples.md §5)', () => {
    let s = addedToList(base(), 'FL', 50, 'carol@example.net', 'carol@example.net', 3);
    s = removedFromList(s, 'FL', 51, 'carol@example.net', 2);
    expect(contactOf(s, 'carol@example.net')?.groupIds).toEqual([1, 3]);
    // Leaving the last group keeps FL (contacts.md §4 Uncertain, Escargot behaviour).
    s = removedFromList(s, 'FL', 52, 'carol@example.net', 1);
    s = removedFromList(s, 'FL', 53, 'carol@example.net', 3);
    expect(contactOf(s, 'carol@example.net')).toMatchObject({ lists: 11, groupIds: [] });
  });

  it('REM FL without a group clears FL and groups; no bits left deletes the entry', () => {
    let s = removedFromList(base(), 'FL', 58, 'carol@example.net');
    expect(contactOf(s, 'carol@example.net')).toMatchObject({ lists: 10, groupIds: [] });
    s = removedFromList(s, 'AL', 59, 'bob@example.com');
    expect(contactOf(s, 'bob@example.com')).toBeNull();
  });

  it('block sequence REM AL then ADD BL', () => {
    let s = removedFromList(base(), 'AL', 52, 'bob@example.com');
    s = addedToList(s, 'BL', 53, 'bob@example.com', 'Bob');
    expect(contactOf(s, 'bob@example.com')?.lists).toBe(4);
    expect(s.version).toBe(53);
  });

  it('groups: add, rename, remove (members keep FL)', () => {
    let s = groupAdded(base(), 48, 3, 'Old School');
    s = groupRenamed(s, 49, 3, 'School Friends');
    expect(s.groups.find((g) => g.id === 3)?.name).toBe('School Friends');
    s = groupRemoved(s, 50, 1);
    expect(s.groups.map((g) => g.id)).toEqual([0, 2, 3]);
    expect(contactOf(s, 'carol@example.net')?.groupIds).toEqual([2]);
  });

  it('privacy, own phones, contact phones, stored names', () => {
    let s = privacyChanged(base(), 55, { blp: 'BL' });
    s = ownPropertyChanged(s, 56, 'PHM', '1 (555) 0123');
    s = ownPropertyChanged(s, 57, 'PHH', undefined);
    s = contactPropertyChanged(s, 58, 'carol@example.net', 'MOB', 'Y');
    s = storedNameChanged(s, 59, 'carol@example.net', 'Caz');
    s = privacyChanged(s, 60, { gtc: 'N' });
    expect(s.privacy).toEqual({ blp: 'BL', gtc: 'N' });
    expect(s.ownPhones).toEqual({ mobile: '1 (555) 0123' });
    expect(contactOf(s, 'carol@example.net')).toMatchObject({
      friendlyName: 'Caz',
      phones: { mobileEnabled: true },
    });
    expect(s.version).toBe(60);
    // An older version never winds the stored version back (contacts.md §1.4).
    expect(privacyChanged(s, 3, { blp: 'AL' }).version).toBe(60);
  });

  it('presence: ILN/NLN set status, name and caps; FLN and sign-out clear them', () => {
    let s = contactOnline(base(), 'carol@example.net', 'AWY', 'Carol ☕', 268435492);
    expect(contactOf(s, 'carol@example.net')).toMatchObject({
      status: 'AWY',
      friendlyName: 'Carol ☕',
      capabilities: 268435492,
    });
    // Presence of someone not (yet) on a list is kept for when the ADD reply lands.
    s = contactOnline(s, 'new@example.com', 'NLN', 'New', 0);
    s = addedToList(s, 'FL', 61, 'new@example.com', 'new@example.com', 0);
    expect(contactOf(s, 'new@example.com')?.status).toBe('NLN');
    s = contactOffline(s, 'carol@example.net');
    // The last name the server told us stays (presence.md §4): not the one from sign-in.
    expect(contactOf(s, 'carol@example.net')).toMatchObject({
      status: 'FLN',
      friendlyName: 'Carol ☕',
    });
    expect(s.entries.get('carol@example.net')?.storedName).toBe('Carol ☕');
    s = everyoneOffline(s);
    expect(contactOf(s, 'new@example.com')?.status).toBe('FLN');
  });
});
