// The full SYN exchange of examples.md §3, byte for byte through the codec, into the model.
// reference: contacts.md §2, examples.md §3
import { describe, expect, it } from 'vitest';
import { CommandParser } from '../../../main/msnp/codec';
import type { MsnpCommand } from '../../../main/msnp/codec';
import { allContacts, emptyContactList, pendingAddedBy } from '../../../main/msnp/contacts/model';
import { isSynLine, parseSynHeader, SynListing } from '../../../main/msnp/contacts/syn';

const SERVER_LINES = [
  'SYN 8 42 5 3',
  'GTC A',
  'BLP AL',
  'PRP PHH 1%20(555)%200100',
  'PRP MBE N',
  'LSG 0 Other%20Contacts 0',
  'LSG 1 Friends 0',
  'LSG 2 Work%20Mates 0',
  'LST bob@example.com Bob 11 1',
  'BPR PHM 1%20(555)%200199',
  'BPR MOB N',
  'LST carol@example.net Carol%20Smith 11 1,2',
  'LST dave@example.org dave@example.org 3 0',
  'LST eve@example.com Eve 12',
  'LST frank@example.com Frank 8',
];

function parse(lines: string[]): MsnpCommand[] {
  const parser = new CommandParser();
  const bytes = Buffer.from(lines.map((l) => `${l}\r\n`).join(''), 'utf8');
  const out: MsnpCommand[] = [];
  // Feed in small uneven chunks: the result must not depend on TCP chunking.
  for (let i = 0; i < bytes.length; i += 7) {
    for (const e of parser.push(bytes.subarray(i, i + 7)))
      if (e.kind === 'command') out.push(e.command);
  }
  return out;
}

describe('SYN (examples.md §3)', () => {
  const commands = parse(SERVER_LINES);

  it('the reply header carries version and counts', () => {
    const syn = commands[0]!;
    expect(syn).toMatchObject({ name: 'SYN', trid: 8 });
    expect(parseSynHeader(syn.params)).toEqual({
      kind: 'full',
      version: 42,
      contacts: 5,
      groups: 3,
    });
    expect(parseSynHeader(['42'])).toEqual({ kind: 'current', version: 42 });
    expect(parseSynHeader(['x'])).toBeNull();
  });

  it('builds the whole list and knows when it is complete', () => {
    const listing = new SynListing();
    const header = parseSynHeader(commands[0]!.params);
    if (header?.kind !== 'full') throw new Error('expected a full header');
    listing.setHeader(header);
    const lines = commands.slice(1);
    expect(lines).toHaveLength(SERVER_LINES.length - 1);
    for (const line of lines) {
      expect(isSynLine(line)).toBe(true);
      expect(listing.complete).toBe(false);
      listing.push(line);
    }
    expect(listing.complete).toBe(true);
    const list = listing.result(emptyContactList());
    expect(list.version).toBe(42);
    expect(list.privacy).toEqual({ gtc: 'A', blp: 'AL' });
    expect(list.ownPhones).toEqual({ home: '1 (555) 0100' });
    expect(list.groups).toEqual([
      { id: 0, name: 'Other Contacts' },
      { id: 1, name: 'Friends' },
      { id: 2, name: 'Work Mates' },
    ]);
    const contacts = new Map(allContacts(list).map((c) => [c.email, c]));
    expect(contacts.get('bob@example.com')).toMatchObject({
      friendlyName: 'Bob',
      lists: 11,
      groupIds: [1],
      status: 'FLN',
      phones: { mobile: '1 (555) 0199', mobileEnabled: false },
    });
    expect(contacts.get('carol@example.net')).toMatchObject({
      friendlyName: 'Carol Smith',
      groupIds: [1, 2],
    });
    expect(contacts.get('dave@example.org')).toMatchObject({ lists: 3, groupIds: [0] });
    expect(contacts.get('eve@example.com')).toMatchObject({ lists: 12, groupIds: [] });
    expect(pendingAddedBy(list)).toEqual([{ email: 'frank@example.com', name: 'Frank' }]);
  });

  it('an empty list is complete at once; Escargot group fields without FL are ignored', () => {
    const listing = new SynListing();
    listing.setHeader({ kind: 'full', version: 1, contacts: 0, groups: 0 });
    expect(listing.complete).toBe(true);

    const other = new SynListing();
    other.setHeader({ kind: 'full', version: 2, contacts: 1, groups: 1 });
    for (const c of parse(['LSG 0 ~ 0', 'LST x@example.com x 8 0'])) other.push(c);
    const list = other.result(emptyContactList());
    expect(list.groups).toEqual([{ id: 0, name: 'Other Contacts' }]);
    expect(list.entries.get('x@example.com')?.groupIds).toEqual([]);
  });

  it('malformed lines count towards completion but never throw', () => {
    const listing = new SynListing();
    listing.setHeader({ kind: 'full', version: 3, contacts: 2, groups: 1 });
    for (const c of parse(['LSG abc', 'LST broken', 'LST ok@example.com Ok notanumber']))
      listing.push(c);
    expect(listing.complete).toBe(true);
    expect(listing.result(emptyContactList()).entries.size).toBe(0);
  });

  it('tells SYN-form BPR from the asynchronous form (contacts.md §2.2)', () => {
    expect(isSynLine({ name: 'BPR', params: ['PHH', '123'] })).toBe(true);
    expect(isSynLine({ name: 'BPR', params: ['MOB'] })).toBe(true);
    expect(isSynLine({ name: 'BPR', params: ['45', 'grace@example.com', 'PHH'] })).toBe(false);
  });
});

describe('name decoding fast path', () => {
  it('agrees with the tolerant decoder, including malformed input', async () => {
    const { decodeName } = await import('../../../main/msnp/contacts/decode-name');
    const { decodeParam } = await import('../../../main/msnp/codec');
    for (const s of [
      'Caf%C3%A9%20%E2%98%95',
      'Bob%20%26%20Alice%20100%25',
      '100%',
      '%zz',
      '%C3',
      'Zoë',
      'a+b',
    ]) {
      expect(decodeName(s)).toBe(decodeParam(s));
    }
  });
});
