// Contact, group and privacy operations: each sends its command(s) and applies the reply
// to the model only once the server confirmed it.
// reference: contacts.md §3–§10
import type { Group, ListName, Privacy } from '@shared/domain';
import { ListBit } from '@shared/domain';
import type { MsnpCommand } from '../codec';
import { decodeParam, encodeParam } from '../codec';
import { EMAIL_PATTERN, isValidEmail } from '../contacts/email';
import { hasList, keyOf } from '../contacts/model';
import type { ContactListState } from '../contacts/model';
import {
  addedToList,
  groupAdded,
  groupRemoved,
  groupRenamed,
  ownPropertyChanged,
  privacyChanged,
  removedFromList,
} from '../contacts/reducers';
import { OperationError } from '../failures';

export interface ListOpsHost {
  readonly list: ContactListState;
  /** Sends and waits; rejects with OperationError (server code → the reference's words). */
  request(name: string, params: readonly string[]): Promise<MsnpCommand>;
  /** Stores a confirmed model and tells listeners which e-mails changed. */
  commit(next: ContactListState, changed: readonly string[]): void;
}

/** msnp8/README.md §6 limits, counted on the encoded form. */
export const MAX_NAME_BYTES = 387;
export const MAX_GROUP_NAME_BYTES = 61;
export const MAX_PHONE_BYTES = 95;

function num(text: string | undefined): number | null {
  return text !== undefined && /^\d{1,15}$/.test(text) ? Number(text) : null;
}

export function checkEmail(email: string): void {
  if (!isValidEmail(email)) {
    throw new OperationError('That is not a valid e-mail address.');
  }
}

/** The name parameter: a plain e-mail goes raw (as the official client sent it), else encoded. */
function nameParam(name: string): string {
  const param = EMAIL_PATTERN.test(name) && !/[%\s]/.test(name) ? name : encodeParam(name);
  if (param.length > MAX_NAME_BYTES) throw new OperationError('That name is too long.');
  return param;
}

/** contacts.md §3: ADD <list> <email> <name> [<group>] → ADD <list> <version> <email> <name> [<group>]. */
async function add(
  host: ListOpsHost,
  list: ListName,
  email: string,
  name: string,
  groupId?: number,
) {
  checkEmail(email);
  checkGroupId(groupId);
  const params = [list, email, nameParam(name)];
  if (list === 'FL' && groupId !== undefined) params.push(String(groupId));
  const r = await host.request('ADD', params);
  const p = r.params;
  const replyList = (p[0] ?? list) as ListName;
  const gid = num(p[4]) ?? (list === 'FL' ? groupId : undefined);
  const next = addedToList(
    host.list,
    ListBit[replyList] ? replyList : list,
    num(p[1]),
    p[2] ?? email,
    p[3] !== undefined ? decodeParam(p[3]) : name,
    gid,
  );
  host.commit(next, [p[2] ?? email]);
}

/** contacts.md §4: REM <list> <email> [<group>] → REM <list> <version> <email> [<group>]. */
async function rem(host: ListOpsHost, list: ListName, email: string, groupId?: number) {
  checkEmail(email);
  checkGroupId(groupId);
  const params = [list, email];
  if (groupId !== undefined) params.push(String(groupId));
  const r = await host.request('REM', params);
  const p = r.params;
  host.commit(removedFromList(host.list, list, num(p[1]), p[2] ?? email, groupId), [p[2] ?? email]);
}

/** msnp8/README.md §6: ids 0–29; anything else would make the server close the connection. */
function checkGroupId(id: number | undefined): void {
  if (id !== undefined && !(Number.isInteger(id) && id >= 0 && id <= 29)) {
    throw new OperationError('That group no longer exists.');
  }
}

function entryOf(host: ListOpsHost, email: string) {
  return host.list.entries.get(keyOf(email));
}

function nameOf(host: ListOpsHost, email: string): string {
  return entryOf(host, email)?.storedName || email;
}

/** contacts.md §10.3: FL (with a group), then AL unless already allowed or blocked. */
export async function addContact(host: ListOpsHost, email: string, groupId = 0): Promise<void> {
  checkEmail(email);
  const entry = entryOf(host, email);
  if (!entry || !hasList(entry.lists, ListBit.FL)) await add(host, 'FL', email, email, groupId);
  else if (!entry.groupIds.includes(groupId))
    await add(host, 'FL', email, entry.storedName || email, groupId);
  const now = entryOf(host, email);
  if (now && !(now.lists & (ListBit.AL | ListBit.BL)))
    await add(host, 'AL', email, nameOf(host, email));
}

/** contacts.md §10.4: REM FL without a group removes the contact entirely. */
export async function removeContact(host: ListOpsHost, email: string): Promise<void> {
  await rem(host, 'FL', email);
}

export async function addToGroup(host: ListOpsHost, email: string, groupId: number): Promise<void> {
  checkEmail(email);
  await add(host, 'FL', email, email, groupId);
}

export async function removeFromGroup(
  host: ListOpsHost,
  email: string,
  groupId: number,
): Promise<void> {
  await rem(host, 'FL', email, groupId);
}

/** contacts.md §10.6: add to the new group first, then remove from the old one. */
export async function moveToGroup(
  host: ListOpsHost,
  email: string,
  from: number,
  to: number,
): Promise<void> {
  if (from === to) return;
  const entry = entryOf(host, email);
  if (!entry?.groupIds.includes(to)) await add(host, 'FL', email, email, to);
  await rem(host, 'FL', email, from);
}

/** contacts.md §10.5: REM AL first, then ADD BL (the other order gives 219). */
export async function block(host: ListOpsHost, email: string): Promise<void> {
  checkEmail(email);
  const entry = entryOf(host, email);
  if (entry && hasList(entry.lists, ListBit.BL)) return;
  if (entry && hasList(entry.lists, ListBit.AL)) await rem(host, 'AL', email);
  await add(host, 'BL', email, nameOf(host, email));
}

/** contacts.md §10.5: REM BL first, then ADD AL. */
export async function unblock(host: ListOpsHost, email: string): Promise<void> {
  checkEmail(email);
  const entry = entryOf(host, email);
  if (entry && hasList(entry.lists, ListBit.BL)) await rem(host, 'BL', email);
  const now = entryOf(host, email);
  if (!now || !hasList(now.lists, ListBit.AL)) await add(host, 'AL', email, nameOf(host, email));
}

/** contacts.md §10.2: answering "X has added you" with Allow. */
export async function allow(host: ListOpsHost, email: string): Promise<void> {
  await unblock(host, email);
}

/** contacts.md §9: ADG <name> 0 → ADG <version> <name> <id> 0. */
export async function addGroup(host: ListOpsHost, name: string): Promise<Group> {
  const param = groupNameParam(name);
  const r = await host.request('ADG', [param, '0']);
  const id = num(r.params[2]);
  if (id === null) throw new OperationError('The server sent an unexpected reply.');
  const group = { id, name: r.params[1] !== undefined ? decodeParam(r.params[1]) : name };
  host.commit(groupAdded(host.list, num(r.params[0]), id, group.name), []);
  return group;
}

export async function renameGroup(host: ListOpsHost, id: number, name: string): Promise<void> {
  checkGroupId(id);
  const r = await host.request('REG', [String(id), groupNameParam(name), '0']);
  const newName = r.params[2] !== undefined ? decodeParam(r.params[2]) : name;
  host.commit(groupRenamed(host.list, num(r.params[0]), id, newName), []);
}

/**
 * contacts.md §9 Uncertain (members of a removed group): members that are only in this group
 * are first added to group 0, so no server's interpretation can drop them from FL.
 */
export async function removeGroup(host: ListOpsHost, id: number): Promise<void> {
  checkGroupId(id);
  if (id !== 0) {
    for (const e of [...host.list.entries.values()]) {
      if (hasList(e.lists, ListBit.FL) && e.groupIds.length === 1 && e.groupIds[0] === id) {
        await add(host, 'FL', e.email, e.email, 0);
      }
    }
  }
  const r = await host.request('RMG', [String(id)]);
  const members = [...host.list.entries.values()]
    .filter((e) => e.groupIds.includes(id))
    .map((e) => e.email);
  host.commit(groupRemoved(host.list, num(r.params[0]), id), members);
}

function groupNameParam(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new OperationError('Please enter a group name.');
  const param = encodeParam(trimmed);
  if (Buffer.byteLength(param) > MAX_GROUP_NAME_BYTES)
    throw new OperationError('That group name is too long.');
  return param;
}

/** contacts.md §5: BLP / GTC; 218 (already so) counts as success (errors.md §2). */
export async function setPrivacy(host: ListOpsHost, patch: Partial<Privacy>): Promise<void> {
  const steps: [string, string | undefined, keyof Privacy][] = [
    ['BLP', patch.blp, 'blp'],
    ['GTC', patch.gtc, 'gtc'],
  ];
  // contacts.md §5: any value but these makes the server close the connection.
  if (patch.blp !== undefined && patch.blp !== 'AL' && patch.blp !== 'BL')
    throw new OperationError('Unknown privacy setting.');
  if (patch.gtc !== undefined && patch.gtc !== 'A' && patch.gtc !== 'N')
    throw new OperationError('Unknown privacy setting.');
  for (const [cmd, value, key] of steps) {
    if (value === undefined) continue;
    try {
      const r = await host.request(cmd, [value]);
      host.commit(privacyChanged(host.list, num(r.params[0]), { [key]: r.params[1] ?? value }), []);
    } catch (error) {
      if (error instanceof OperationError && error.code === 218) {
        host.commit(privacyChanged(host.list, null, { [key]: value }), []);
        continue;
      }
      throw error;
    }
  }
}

const PHONE_PROPS = { home: 'PHH', work: 'PHW', mobile: 'PHM' } as const;

/** contacts.md §6: PRP <prop> <value>, or PRP <prop> to clear. */
export async function setPhone(
  host: ListOpsHost,
  kind: 'home' | 'work' | 'mobile',
  value: string | null,
): Promise<void> {
  const prop = PHONE_PROPS[kind] as string | undefined;
  if (prop === undefined) throw new OperationError('Unknown kind of phone number.');
  const params: string[] = [prop];
  if (value !== null && value.trim() !== '') {
    const encoded = encodeParam(value.trim());
    if (encoded.length > MAX_PHONE_BYTES)
      throw new OperationError('That phone number is too long.');
    params.push(encoded);
  }
  const r = await host.request('PRP', params);
  const v = r.params[2] !== undefined ? decodeParam(r.params[2]) : undefined;
  host.commit(ownPropertyChanged(host.list, num(r.params[0]), r.params[1] ?? prop, v), []);
}
