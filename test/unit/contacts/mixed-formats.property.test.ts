// For any sequence of server lines from a grammar that mixes both list formats (MSNP8
// contacts.md §2.1 and pre-MSNP8 msnp8/README.md §11.1) and both ADD 0 RL forms (with and without
// the version), the contact model never holds an entry whose address is not an e-mail
// address, and never loses an entry the server listed or added. Lines go through the real
// codec, the real SYN exchange (ListSync) and the real push handler (incoming.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CommandParser } from '../../../main/msnp/codec';
import type { MsnpCommand } from '../../../main/msnp/codec';
import type { MsnpConnection } from '../../../main/msnp/connection';
import { emptyContactList } from '../../../main/msnp/contacts/model';
import { handlePush } from '../../../main/msnp/notification/incoming';
import { ListSync } from '../../../main/msnp/notification/list-sync';
import { NotificationSession } from '../../../main/msnp/notification/session';

const SYN_TRID = 7;
const LISTS = [
  ['FL', 1],
  ['AL', 2],
  ['BL', 4],
  ['RL', 8],
] as const;

/** The test's own idea of an address: one `@`, no space, something on each side. */
const isAddress = (text: string) => /^[^\s@]+@[^\s@]+$/.test(text) && text.length <= 129;

const address = fc
  .tuple(fc.stringMatching(/^[a-z0-9._-]{1,12}$/), fc.stringMatching(/^[a-z0-9-]{1,10}\.test$/))
  .map(([local, domain]) => `${local}@${domain}`);
// What a careless server puts where the address belongs: a name, a number, a bare word.
const notAnAddress = fc.oneof(
  fc.constant('Carol%20Cruz'),
  fc.stringMatching(/^[A-Za-z0-9%]{1,12}$/),
  fc.stringMatching(/^\d{1,6}$/),
);
const field = fc.oneof({ weight: 3, arbitrary: address }, { weight: 1, arbitrary: notAnAddress });
// Never all digits: `LST <email> 1 8` is ambiguous with an Escargot line whose empty name was
// dropped (contacts.md §2.1), which the listing reads as "no name" on purpose.
const name = fc
  .string({ minLength: 1, maxLength: 12 })
  .map((n) => `N${encodeURIComponent(n).replace(/[!'()*~]/g, '_')}`);

interface Listed {
  email: string;
  name: string;
  lists: number;
}
const listed = fc.uniqueArray(
  fc.record({ email: field, name, lists: fc.integer({ min: 1, max: 15 }) }),
  { maxLength: 8, selector: (c) => c.email.toLowerCase() },
);

type Push =
  | { kind: 'add'; versioned: boolean; email: string; name: string }
  | { kind: 'rem'; versioned: boolean; email: string }
  | { kind: 'presence'; email: string; name: string };
const push: fc.Arbitrary<Push> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), versioned: fc.boolean(), email: field, name }),
  fc.record({ kind: fc.constant('rem' as const), versioned: fc.boolean(), email: field }),
  fc.record({ kind: fc.constant('presence' as const), email: field, name }),
);

function synLines(format: 'msnp8' | 'legacy', contacts: Listed[], version: number): string[] {
  if (format === 'msnp8') {
    return [
      `SYN ${SYN_TRID} ${version} ${contacts.length} 1`,
      'GTC A',
      'BLP AL',
      'LSG 0 Other%20Contacts 0',
      ...contacts.map((c) => `LST ${c.email} ${c.name} ${c.lists}${c.lists & 1 ? ' 0' : ''}`),
    ];
  }
  const lines = [
    `SYN ${SYN_TRID} ${version}`,
    `GTC ${SYN_TRID} ${version} A`,
    `BLP ${SYN_TRID} ${version} AL`,
    `LSG ${SYN_TRID} ${version} 1 1 0 Other%20Contacts 0`,
  ];
  for (const [list, bit] of LISTS) {
    const members = contacts.filter((c) => c.lists & bit);
    if (members.length === 0) lines.push(`LST ${SYN_TRID} ${list} ${version} 0 0`);
    members.forEach((c, i) => {
      const groups = bit === 1 ? ' 0' : '';
      lines.push(
        `LST ${SYN_TRID} ${list} ${version} ${i + 1} ${members.length} ${c.email} ${c.name}${groups}`,
      );
    });
  }
  return lines;
}

function pushLine(p: Push, version: number): string {
  switch (p.kind) {
    case 'add':
      return p.versioned
        ? `ADD 0 RL ${version} ${p.email} ${p.name}`
        : `ADD 0 RL ${p.email} ${p.name}`;
    case 'rem':
      return p.versioned ? `REM 0 RL ${version} ${p.email}` : `REM 0 RL ${p.email}`;
    case 'presence':
      return `NLN NLN ${p.email} ${p.name} 0`;
  }
}

function parse(lines: string[]): MsnpCommand[] {
  const parser = new CommandParser();
  const events = parser.push(Buffer.from(lines.map((l) => `${l}\r\n`).join(''), 'utf8'));
  return events.flatMap((e) => (e.kind === 'command' ? [e.command] : []));
}

function newSession(): NotificationSession {
  return new NotificationSession({
    server: { host: '127.0.0.1', port: 1 },
    passport: { nexusUrl: 'https://127.0.0.1/', loginUrl: null, caCertPem: null },
    email: 'me@tweener.test',
    password: 'unused',
    status: 'NLN',
    log: () => undefined,
  });
}

describe('both list formats and both ADD forms into one model', () => {
  it('never an entry that is not an address; never a listed or added one lost', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('msnp8' as const, 'legacy' as const),
        listed,
        fc.array(push, { maxLength: 12 }),
        async (format, contacts, pushes) => {
          const session = newSession();
          const sync = new ListSync();
          const conn = { send: () => SYN_TRID } as unknown as MsnpConnection;
          const done = sync.run(conn, emptyContactList(), 1_000, (next) =>
            session.commit(next, []),
          );
          for (const cmd of parse(synLines(format, contacts, 5))) {
            if (!sync.accept(cmd)) handlePush(session, cmd);
          }
          await done;

          // The model the server described, in the test's own terms.
          const expected = new Map<string, number>();
          for (const c of contacts)
            if (isAddress(c.email)) expected.set(c.email.toLowerCase(), c.lists);
          const afterSyn = new Map(
            [...session.list.entries.values()].map((e) => [e.email.toLowerCase(), e.lists]),
          );
          expect(afterSyn).toEqual(expected);

          for (const [i, p] of pushes.entries()) {
            for (const cmd of parse([pushLine(p, 6 + i)])) handlePush(session, cmd);
            if (!isAddress(p.email) || p.kind === 'presence') continue;
            const key = p.email.toLowerCase();
            const bits =
              p.kind === 'add' ? (expected.get(key) ?? 0) | 8 : (expected.get(key) ?? 0) & ~8;
            if (bits === 0) expected.delete(key);
            else expected.set(key, bits);
          }
          await Promise.resolve(); // presence lines are applied in a microtask
          for (const entry of session.list.entries.values())
            expect(isAddress(entry.email)).toBe(true);
          const final = new Map(
            [...session.list.entries.values()].map((e) => [e.email.toLowerCase(), e.lists]),
          );
          expect(final).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
