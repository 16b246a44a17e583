// Pure update functions for the contact list: each takes a state and a confirmed server
// fact and returns a new state (the input is never mutated).
// reference: contacts.md §3–§9 (ADD/REM/REA/ADG/RMG/REG/GTC/BLP/PRP/BPR), presence.md §4
import type { ContactPhones, Group, Privacy, Status } from '@shared/domain';
import { ListBit } from '@shared/domain';
import type { ListName } from '@shared/domain';
import { MAX_GROUP_IDS_PER_CONTACT, MAX_LIST_ENTRIES } from '../limits';
import { hasList, keyOf } from './model';
import type { ContactListState, ListEntry, Presence } from './model';

/** Phone-like properties shared by PRP and BPR (contacts.md §6, §7). */
export type PhoneProperty = 'PHH' | 'PHW' | 'PHM' | 'MOB';

function newerVersion(current: number, version: number | null): number {
  // contacts.md §1.4: keep the newest version a reply or push carries.
  return version !== null && Number.isFinite(version) && version > current ? version : current;
}

function withVersion(state: ContactListState, version: number | null): number {
  return newerVersion(state.version, version);
}

function putEntry(state: ContactListState, entry: ListEntry | null, email: string) {
  const entries = new Map(state.entries);
  if (entry && entry.lists !== 0) entries.set(keyOf(email), entry);
  else entries.delete(keyOf(email));
  return entries;
}

/** The entry once `email` is on `list` (contacts.md §3, §3.1). */
function entryOnList(
  old: ListEntry | undefined,
  list: ListName,
  email: string,
  name: string,
  groupId?: number,
): ListEntry {
  let groupIds = old && hasList(old.lists, ListBit.FL) ? old.groupIds : [];
  if (list === 'FL') {
    // contacts.md §3: a missing group id means group 0.
    const gid = groupId ?? 0;
    // limits.ts: 30 groups exist; a server pushing more ids for one contact is not followed.
    if (!groupIds.includes(gid) && groupIds.length < MAX_GROUP_IDS_PER_CONTACT)
      groupIds = [...groupIds, gid].sort((a, b) => a - b);
  }
  return {
    email: old?.email ?? email,
    // contacts.md §3.1: RL brings their friendly name; keep a stored name we already have.
    storedName: old?.storedName || name || email,
    lists: (old?.lists ?? 0) | ListBit[list],
    groupIds,
    phones: old?.phones ?? {},
  };
}

/** ADD <list> confirmed, or ADD 0 RL pushed (contacts.md §3, §3.1). */
export function addedToList(
  state: ContactListState,
  list: ListName,
  version: number | null,
  email: string,
  name: string,
  groupId?: number,
): ContactListState {
  const entry = entryOnList(state.entries.get(keyOf(email)), list, email, name, groupId);
  return { ...state, version: withVersion(state, version), entries: putEntry(state, entry, email) };
}

/** One `ADD 0 RL` push: someone added us (contacts.md §3.1). */
export interface AddedBy {
  version: number | null;
  email: string;
  name: string;
}

/**
 * Several `ADD 0 RL` pushes of one socket read, in arrival order, copying the list once: a
 * server pushing thousands of them must not cost a copy of the whole list each (limits.ts).
 * A newcomer beyond MAX_LIST_ENTRIES is refused; `added` are the pushes that were applied.
 */
export function addedByMany(
  state: ContactListState,
  pushes: readonly AddedBy[],
): { state: ContactListState; added: AddedBy[]; refused: number } {
  const entries = new Map(state.entries);
  let version = state.version;
  const added: AddedBy[] = [];
  let refused = 0;
  for (const push of pushes) {
    const key = keyOf(push.email);
    const old = entries.get(key);
    // limits.ts: pushes must not grow the list past the cap a SYN listing is held to.
    if (!old && entries.size >= MAX_LIST_ENTRIES) {
      refused += 1;
      continue;
    }
    entries.set(key, entryOnList(old, 'RL', push.email, push.name));
    version = newerVersion(version, push.version);
    added.push(push);
  }
  if (added.length === 0) return { state, added, refused };
  return { state: { ...state, version, entries }, added, refused };
}

/** REM <list> confirmed, or REM 0 RL pushed (contacts.md §4, §4.1). */
export function removedFromList(
  state: ContactListState,
  list: ListName,
  version: number | null,
  email: string,
  groupId?: number,
): ContactListState {
  const old = state.entries.get(keyOf(email));
  const v = withVersion(state, version);
  if (!old) return { ...state, version: v };
  let entry: ListEntry;
  if (list === 'FL' && groupId !== undefined) {
    // contacts.md §4 Uncertain: like Escargot, leaving the last group keeps the FL bit.
    entry = { ...old, groupIds: old.groupIds.filter((g) => g !== groupId) };
  } else {
    const lists = old.lists & ~ListBit[list];
    entry = { ...old, lists, groupIds: list === 'FL' ? [] : old.groupIds };
  }
  return { ...state, version: v, entries: putEntry(state, entry, email) };
}

/** REA for a contact: its stored name (contacts.md §8). */
export function storedNameChanged(
  state: ContactListState,
  version: number | null,
  email: string,
  name: string,
): ContactListState {
  const old = state.entries.get(keyOf(email));
  const v = withVersion(state, version);
  if (!old) return { ...state, version: v };
  return { ...state, version: v, entries: putEntry(state, { ...old, storedName: name }, email) };
}

function sortGroups(groups: Group[]): Group[] {
  return groups.sort((a, b) => a.id - b.id);
}

/** ADG confirmed, or LSG (contacts.md §9). */
export function groupAdded(
  state: ContactListState,
  version: number | null,
  id: number,
  name: string,
): ContactListState {
  const groups = sortGroups([...state.groups.filter((g) => g.id !== id), { id, name }]);
  return { ...state, version: withVersion(state, version), groups };
}

/** REG confirmed (contacts.md §9). */
export function groupRenamed(
  state: ContactListState,
  version: number | null,
  id: number,
  name: string,
): ContactListState {
  const groups = state.groups.map((g) => (g.id === id ? { id, name } : g));
  return { ...state, version: withVersion(state, version), groups };
}

/**
 * RMG confirmed (contacts.md §9). Uncertain in the reference: like Escargot, members stay on
 * FL and only lose the group id.
 */
export function groupRemoved(
  state: ContactListState,
  version: number | null,
  id: number,
): ContactListState {
  const entries = new Map(state.entries);
  for (const [key, e] of state.entries) {
    if (e.groupIds.includes(id))
      entries.set(key, { ...e, groupIds: e.groupIds.filter((g) => g !== id) });
  }
  return {
    ...state,
    version: withVersion(state, version),
    groups: state.groups.filter((g) => g.id !== id),
    entries,
  };
}

/** BLP / GTC confirmed (contacts.md §5). */
export function privacyChanged(
  state: ContactListState,
  version: number | null,
  patch: Partial<Privacy>,
): ContactListState {
  return {
    ...state,
    version: withVersion(state, version),
    privacy: { ...state.privacy, ...patch },
  };
}

/** Applies one PHH/PHW/PHM/MOB value (undefined = cleared) to a phones record. */
export function withPhone(
  phones: ContactPhones,
  prop: string,
  value: string | undefined,
): ContactPhones {
  const next = { ...phones };
  const set = <K extends keyof ContactPhones>(k: K, v: ContactPhones[K] | undefined) => {
    if (v === undefined || v === '') delete next[k];
    else next[k] = v;
  };
  switch (prop) {
    case 'PHH':
      set('home', value);
      break;
    case 'PHW':
      set('work', value);
      break;
    case 'PHM':
      set('mobile', value);
      break;
    case 'MOB':
      set('mobileEnabled', value === undefined ? undefined : value === 'Y');
      break;
    default:
      // MBE and later properties (WWE, HSB) carry nothing we show.
      break;
  }
  return next;
}

/** PRP confirmed: one of my own properties (contacts.md §6). */
export function ownPropertyChanged(
  state: ContactListState,
  version: number | null,
  prop: string,
  value: string | undefined,
): ContactListState {
  return {
    ...state,
    version: withVersion(state, version),
    ownPhones: withPhone(state.ownPhones, prop, value),
  };
}

/** BPR: a contact's property (contacts.md §7). Unknown contacts are ignored. */
export function contactPropertyChanged(
  state: ContactListState,
  version: number | null,
  email: string,
  prop: string,
  value: string | undefined,
): ContactListState {
  const old = state.entries.get(keyOf(email));
  const v = withVersion(state, version);
  if (!old) return { ...state, version: v };
  const entry = { ...old, phones: withPhone(old.phones, prop, value) };
  return { ...state, version: v, entries: putEntry(state, entry, email) };
}

/** One presence fact: online with these details, or offline (null). */
export interface PresenceUpdate {
  email: string;
  presence: Presence | null;
}

/**
 * Several ILN / NLN / FLN at once, in arrival order, copying the presence map once: a sign-in
 * to a large list brings thousands of ILN lines (presence.md §4).
 */
export function presenceChanged(
  state: ContactListState,
  updates: readonly PresenceUpdate[],
): ContactListState {
  if (updates.length === 0) return state;
  const presence = new Map(state.presence);
  let entries: Map<string, ListEntry> | null = null;
  for (const u of updates) {
    const key = keyOf(u.email);
    if (!u.presence) {
      presence.delete(key);
      continue;
    }
    presence.set(key, { ...u.presence });
    // presence.md §4, msnp8/README.md §11.1: keep the last name the server told us on the entry, as the
    // classic client did, so that it survives going offline and signing out (list cache).
    const entry = (entries ?? state.entries).get(key);
    const name = u.presence.friendlyName;
    if (entry && name && name !== entry.email && name !== entry.storedName) {
      entries ??= new Map(state.entries);
      entries.set(key, { ...entry, storedName: name });
    }
  }
  return entries ? { ...state, presence, entries } : { ...state, presence };
}

/** ILN / NLN (presence.md §4.1, §4.2). */
export function contactOnline(
  state: ContactListState,
  email: string,
  status: Status,
  friendlyName: string,
  capabilities: number,
): ContactListState {
  return presenceChanged(state, [{ email, presence: { status, friendlyName, capabilities } }]);
}

/** FLN (presence.md §4.3). */
export function contactOffline(state: ContactListState, email: string): ContactListState {
  if (!state.presence.has(keyOf(email))) return state;
  return presenceChanged(state, [{ email, presence: null }]);
}

/** The session ended: nobody is known to be online (notifications.md §7). */
export function everyoneOffline(state: ContactListState): ContactListState {
  return state.presence.size === 0 ? state : { ...state, presence: new Map() };
}
