// SYN: the short answer when the client's list version is current, else the full listing.
// reference: contacts.md §1.4, §2, §2.1, §7; msnp8/README.md §11 (full SYN every time) and §11.1
// (the pre-MSNP8 list format).
import type { NsCommandSession } from './ns-command-session';
import { AL, BL, FL, RL, type Account } from './store';

const OWN_PROPERTIES = ['PHH', 'PHW', 'PHM', 'MOB', 'MBE'];
const CONTACT_PROPERTIES = ['PHH', 'PHW', 'PHM', 'MOB'];

/** `SYN <TrID> <cached-version>` */
export function synchronise(s: NsCommandSession, trid: string, [versionText]: string[]): void {
  if (versionText === undefined || !/^\d{1,10}$/.test(versionText)) return s.wire.destroy();
  const { store } = s.ctx;
  const account = s.account;
  const { variations, encodeName } = s.ctx;
  s.synced = true;
  // msnp8/README.md §11: Escargot always lists everything, as version = client's version + 1.
  const version = variations.fullSyn ? Number(versionText) + 1 : account.version;
  if (!variations.fullSyn && Number(versionText) === account.version) {
    return s.wire.send('SYN', trid, account.version);
  }
  if (variations.legacyListFormat) return s.wire.write(legacyListing(s, trid, version));

  const entries = [...account.entries.values()];
  const groups = [...account.groups.entries()].sort(([a], [b]) => a - b);
  // One write for the whole listing: the lines carry no TrID (contacts.md §2).
  const lines = [
    `SYN ${trid} ${version} ${entries.length} ${groups.length}`,
    `GTC ${account.gtc}`,
    `BLP ${account.blp}`,
  ];
  for (const prop of OWN_PROPERTIES) {
    const value = account.props.get(prop);
    if (value !== undefined) lines.push(`PRP ${prop} ${value}`);
  }
  for (const [id, name] of groups) lines.push(`LSG ${id} ${encodeName(name)} 0`);
  for (const entry of entries) {
    const head = `LST ${entry.email} ${encodeName(entry.storedName)} ${entry.lists}`;
    // Group ids only for FL entries (contacts.md §2.1); an FL entry left with no group has none.
    const withGroups = entry.lists & FL && entry.groups.length > 0;
    lines.push(withGroups ? `${head} ${entry.groups.join(',')}` : head);
    // A contact's phones are shared only with people on its AL (contacts.md §6).
    const contact = store.get(entry.email);
    if (!contact || !((store.entry(contact, account.email)?.lists ?? 0) & AL)) continue;
    for (const prop of CONTACT_PROPERTIES) {
      const value = contact.props.get(prop);
      if (value !== undefined) lines.push(`BPR ${prop} ${value}`);
    }
  }
  if (s.ctx.takeSyncDrop()) {
    // faults.dropNextSync: half the listing, the start of the next line, then the socket dies.
    s.wire.write(`${lines.slice(0, Math.ceil(lines.length / 2)).join('\r\n')}\r\nLST half`);
    return s.wire.destroyAfterWrites();
  }
  s.wire.write(`${lines.join('\r\n')}\r\n`);
}

/**
 * msnp8/README.md §11.1: the pre-MSNP8 format: `SYN <TrID> <version>` with no counts, then GTC, BLP,
 * `LSG <TrID> <version> <i> <n> <id> <name> 0`, and one run of
 * `LST <TrID> <LIST> <version> <i> <n> <email> <name> [<groups>]` per list (`0 0` if empty).
 */
function legacyListing(s: NsCommandSession, trid: string, version: number): string {
  const account: Account = s.account;
  const { encodeName } = s.ctx;
  const groups = [...account.groups.entries()].sort(([a], [b]) => a - b);
  const lines = [
    `SYN ${trid} ${version}`,
    `GTC ${trid} ${version} ${account.gtc}`,
    `BLP ${trid} ${version} ${account.blp}`,
  ];
  groups.forEach(([id, name], i) => {
    lines.push(`LSG ${trid} ${version} ${i + 1} ${groups.length} ${id} ${encodeName(name)} 0`);
  });
  for (const [list, bit] of [
    ['FL', FL],
    ['AL', AL],
    ['BL', BL],
    ['RL', RL],
  ] as const) {
    const members = [...account.entries.values()].filter((e) => e.lists & bit);
    if (members.length === 0) lines.push(`LST ${trid} ${list} ${version} 0 0`);
    members.forEach((e, i) => {
      const head = `LST ${trid} ${list} ${version} ${i + 1} ${members.length} ${e.email} ${encodeName(e.storedName)}`;
      lines.push(bit === FL && e.groups.length > 0 ? `${head} ${e.groups.join(',')}` : head);
    });
  }
  return `${lines.join('\r\n')}\r\n`;
}
