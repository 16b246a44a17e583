// ADG, RMG, REG: the account's groups. reference: contacts.md §1.2, §9; msnp8/README.md §6.
import { decodeName } from './framer';
import type { NsCommandSession } from './ns-command-session';
import { MAX_GROUPS } from './store';

const MAX_GROUP_NAME_BYTES = 61; // after URL-encoding, for ADG and REG (msnp8/README.md §6)

/** `ADG <TrID> <url-name> 0` → `ADG <TrID> <version> <url-name> <id> 0` */
export function addGroup(s: NsCommandSession, trid: string, [name]: string[]): void {
  if (name === undefined) return s.wire.destroy();
  const groups = s.account.groups;
  if (groups.size >= MAX_GROUPS) return s.error(223, trid);
  if (Buffer.byteLength(name) > MAX_GROUP_NAME_BYTES) return s.error(229, trid);
  if (nameTaken(s, name, null)) return s.error(228, trid);
  let id = 1;
  while (groups.has(id)) id++;
  groups.set(id, decodeName(name));
  s.wire.send('ADG', trid, s.ctx.store.bump(s.account), name, id, 0);
}

/** `RMG <TrID> <id>`; members stay on FL without that group (contacts.md §9, Uncertain: Escargot). */
export function removeGroup(s: NsCommandSession, trid: string, [idText]: string[]): void {
  const id = groupId(idText);
  if (id === null) return s.wire.destroy(); // out of range or non-numeric: disconnect
  if (id === 0) return s.error(230, trid);
  if (!s.account.groups.has(id)) return s.error(224, trid);
  s.account.groups.delete(id);
  for (const entry of s.account.entries.values()) {
    entry.groups = entry.groups.filter((g) => g !== id);
  }
  s.wire.send('RMG', trid, s.ctx.store.bump(s.account), id);
}

/** `REG <TrID> <id> <url-name> 0` → `REG <TrID> <version> <id> <url-name> 0` */
export function renameGroup(s: NsCommandSession, trid: string, [idText, name]: string[]): void {
  const id = groupId(idText);
  if (id === null || name === undefined) return s.wire.destroy();
  if (!s.account.groups.has(id)) return s.error(224, trid);
  if (Buffer.byteLength(name) > MAX_GROUP_NAME_BYTES) return s.error(229, trid);
  if (nameTaken(s, name, id)) return s.error(228, trid);
  s.account.groups.set(id, decodeName(name));
  s.wire.send('REG', trid, s.ctx.store.bump(s.account), id, name, 0);
}

function groupId(text: string | undefined): number | null {
  if (text === undefined || !/^\d{1,2}$/.test(text)) return null;
  const id = Number(text);
  return id < MAX_GROUPS ? id : null;
}

/** Escargot refuses duplicate names (228, contacts.md §9). */
function nameTaken(s: NsCommandSession, name: string, except: number | null): boolean {
  const wanted = decodeName(name).toLowerCase();
  for (const [id, existing] of s.account.groups) {
    if (id !== except && existing.toLowerCase() === wanted) return true;
  }
  return false;
}
