// msnp8/README.md §3.1: a server may drop an unset field, e.g. an empty stored name in LST.
// `LST <email> <bits> <groups>` must not lose the entry or take the bits for a name.
import { expect, it } from 'vitest';
import { SynListing } from '../../../main/msnp/contacts/syn';
import { emptyContactList } from '../../../main/msnp/contacts/model';

function listing(lines: [string, string[]][]) {
  const syn = new SynListing();
  syn.setHeader({ kind: 'full', version: 2, contacts: lines.length, groups: 0 });
  for (const [name, params] of lines) syn.push({ name, params });
  expect(syn.complete).toBe(true);
  return syn.result(emptyContactList());
}

it('reads LST lines whose stored name was dropped', () => {
  const list = listing([
    ['LST', ['bob@example.com', '11', '0']], // FL+AL+RL in group 0, no name
    ['LST', ['carol@example.com', '8']], // RL only, no name, no group field
    ['LST', ['dave@example.com', '9', '1,3']], // FL+RL in groups 1 and 3
    ['LST', ['erin@example.com', 'Erin', '3', '0']], // the full form, unchanged
  ]);
  const bob = list.entries.get('bob@example.com');
  expect(bob).toMatchObject({ storedName: 'bob@example.com', lists: 11, groupIds: [0] });
  expect(list.entries.get('carol@example.com')).toMatchObject({
    storedName: 'carol@example.com',
    lists: 8,
    groupIds: [],
  });
  expect(list.entries.get('dave@example.com')).toMatchObject({ lists: 9, groupIds: [1, 3] });
  expect(list.entries.get('erin@example.com')).toMatchObject({
    storedName: 'Erin',
    lists: 3,
    groupIds: [0],
  });
});
