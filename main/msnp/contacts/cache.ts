// Persistence seam for the contact list: the Electron side stores it on disk per account,
// so that a SYN with a current version needs no resend. reference: contacts.md §1.4
import { z } from 'zod';
import type { ContactPhones, Group, Privacy } from '@shared/domain';
import { DEFAULT_PRIVACY, emptyContactList, keyOf } from './model';
import type { ContactListState, ListEntry } from './model';

export interface CachedContact {
  email: string;
  storedName: string;
  lists: number;
  groupIds: number[];
  phones: ContactPhones;
}

/** Plain JSON: what the cache stores for one account. */
export interface CachedList {
  version: number;
  groups: Group[];
  contacts: CachedContact[];
  privacy: Privacy;
  ownPhones: ContactPhones;
}

export interface ContactListCache {
  load(email: string): Promise<CachedList | null>;
  save(email: string, list: CachedList): Promise<void>;
}

const phonesSchema = z.object({
  home: z.string().optional(),
  work: z.string().optional(),
  mobile: z.string().optional(),
  mobileEnabled: z.boolean().optional(),
});

const cachedListSchema = z.object({
  version: z.number().int().min(0),
  groups: z.array(z.object({ id: z.number().int().min(0), name: z.string() })),
  contacts: z.array(
    z.object({
      email: z.string().min(1),
      storedName: z.string(),
      lists: z.number().int().min(0).max(15),
      groupIds: z.array(z.number().int().min(0)),
      phones: phonesSchema,
    }),
  ),
  privacy: z.object({ blp: z.enum(['AL', 'BL']), gtc: z.enum(['A', 'N']) }),
  ownPhones: phonesSchema,
});

export function toCachedList(state: ContactListState): CachedList {
  return {
    version: state.version,
    groups: state.groups.map((g) => ({ ...g })),
    contacts: [...state.entries.values()].map((e) => ({
      email: e.email,
      storedName: e.storedName,
      lists: e.lists,
      groupIds: [...e.groupIds],
      phones: { ...e.phones },
    })),
    privacy: { ...state.privacy },
    ownPhones: { ...state.ownPhones },
  };
}

/**
 * Rebuilds a list from cached data. Data from disk is untrusted: anything that does not
 * validate gives null, and the caller syncs from version 0 (contacts.md §1.4).
 */
export function fromCachedList(data: unknown): ContactListState | null {
  const parsed = cachedListSchema.safeParse(data);
  if (!parsed.success) return null;
  const list = parsed.data;
  const entries = new Map<string, ListEntry>();
  for (const c of list.contacts) entries.set(keyOf(c.email), { ...c });
  return {
    ...emptyContactList(),
    version: list.version,
    groups: [...list.groups].sort((a, b) => a.id - b.id),
    entries,
    privacy: list.privacy ?? DEFAULT_PRIVACY,
    ownPhones: list.ownPhones,
  };
}

/** An in-memory cache, for tests and the command-line harness. */
export class MemoryContactListCache implements ContactListCache {
  private readonly lists = new Map<string, CachedList>();
  async load(email: string): Promise<CachedList | null> {
    const list = this.lists.get(keyOf(email));
    return list ? structuredClone(list) : null;
  }
  async save(email: string, list: CachedList): Promise<void> {
    this.lists.set(keyOf(email), structuredClone(list));
  }
}
