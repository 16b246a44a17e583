// The contact list as plain data: the persisted part (entries, groups, settings, version)
// and the volatile part (presence). Updated only by the pure functions in reducers.ts.
// reference: contacts.md §1 (lists, groups, names, version), presence.md §4
import type { Contact, ContactPhones, Group, Privacy, Status } from '@shared/domain';
import { ListBit } from '@shared/domain';

/** One account on any of the four lists (one LST line). */
export interface ListEntry {
  email: string;
  /** Server-side stored name, decoded (contacts.md §1.3). */
  storedName: string;
  /** Bitmask of ListBit values. */
  lists: number;
  /** Group ids; meaningful only while the FL bit is set (contacts.md §1.2). */
  groupIds: readonly number[];
  /** BPR properties (contacts.md §7). */
  phones: ContactPhones;
}

/** What ILN / NLN told us; absent means offline (presence.md §4). */
export interface Presence {
  status: Status;
  friendlyName: string;
  capabilities: number;
}

export interface ContactListState {
  /** The server's list version (contacts.md §1.4). 0 = nothing cached. */
  version: number;
  /** Keyed by lower-case e-mail. */
  entries: ReadonlyMap<string, ListEntry>;
  /** Sorted by id. */
  groups: readonly Group[];
  privacy: Privacy;
  /** Own PRP values (contacts.md §6). */
  ownPhones: ContactPhones;
  /** Keyed by lower-case e-mail; may hold people not (yet) on a list, e.g. ILN before ADD. */
  presence: ReadonlyMap<string, Presence>;
}

export const DEFAULT_PRIVACY: Privacy = { blp: 'AL', gtc: 'A' };

export function emptyContactList(): ContactListState {
  return {
    version: 0,
    entries: new Map(),
    groups: [],
    privacy: DEFAULT_PRIVACY,
    ownPhones: {},
    presence: new Map(),
  };
}

export function keyOf(email: string): string {
  return email.toLowerCase();
}

export function hasList(lists: number, bit: number): boolean {
  return (lists & bit) === bit;
}

/** The domain view of one entry, joined with its presence (presence.md §4, §6). */
export function toContact(state: ContactListState, entry: ListEntry): Contact {
  const presence = state.presence.get(keyOf(entry.email));
  return {
    email: entry.email,
    friendlyName: presence?.friendlyName || entry.storedName || entry.email,
    lists: entry.lists,
    groupIds: hasList(entry.lists, ListBit.FL) ? [...entry.groupIds] : [],
    status: presence?.status ?? 'FLN',
    capabilities: presence?.capabilities ?? 0,
    phones: { ...entry.phones },
  };
}

export function contactOf(state: ContactListState, email: string): Contact | null {
  const entry = state.entries.get(keyOf(email));
  return entry ? toContact(state, entry) : null;
}

export function allContacts(state: ContactListState): Contact[] {
  const out: Contact[] = [];
  for (const entry of state.entries.values()) out.push(toContact(state, entry));
  return out;
}

/** People who added me and whom I neither allowed nor blocked (contacts.md §1.1, §10.2). */
export function pendingAddedBy(state: ContactListState): { email: string; name: string }[] {
  const out: { email: string; name: string }[] = [];
  for (const e of state.entries.values()) {
    if (hasList(e.lists, ListBit.RL) && !(e.lists & (ListBit.AL | ListBit.BL))) {
      out.push({ email: e.email, name: e.storedName || e.email });
    }
  }
  return out;
}

/** Best display name for anyone, on a list or not. */
export function displayName(state: ContactListState, email: string): string {
  const key = keyOf(email);
  return state.presence.get(key)?.friendlyName || state.entries.get(key)?.storedName || email;
}
