// Contacts store: contacts by e-mail, groups, privacy, and who added me. A layout version moves
// only when something that changes the list's shape changes, so a status change between two
// online states re-renders one row, not the list (../shared/STYLE.md, renderer).
import { create } from 'zustand';
import type { Contact, Group, Privacy } from '@shared/domain';
import { ListBit } from '@shared/domain';
import { isOnline } from '../status/statusDisplay';
import { attempt, call } from './client';

export interface AddedBy {
  email: string;
  name: string;
}

export interface ContactsStore {
  /**
   * Contacts by e-mail. Updated in place (a changed contact is a new object, so a row's
   * selector `s.byEmail[email]` still sees it): copying 5,000 entries on every presence change
   * cost ~1.6 ms each. Whole-list readers subscribe to `version` (useContactMap).
   */
  byEmail: Record<string, Contact>;
  /** Moves on every contact change. */
  version: number;
  /** Moves when the list's shape changes (see layoutKey). */
  layoutVersion: number;
  /** Moves when the alphabetical order may change: a name changed, someone added or removed. */
  orderVersion: number;
  groups: Group[];
  privacy: Privacy;
  pendingAddedBy: AddedBy[];
  /** Names only I see (kept by main per account): contact e-mail in lower case → name. */
  nicknames: Record<string, string>;
  /** Sets or (null / blank) clears a name only I see; true when main saved it. */
  setNickname(
    email: string,
    nickname: string | null,
    onError?: (message: string) => void,
  ): Promise<boolean>;
  /** True when added; with `onError` the dialog shows the failure itself. */
  add(email: string, groupId?: number, onError?: (message: string) => void): Promise<boolean>;
  remove(email: string, alsoBlock: boolean): Promise<void>;
  block(email: string): Promise<void>;
  unblock(email: string): Promise<void>;
  moveToGroup(email: string, fromGroupId: number, toGroupId: number): Promise<void>;
  copyToGroup(email: string, groupId: number): Promise<void>;
  removeFromGroup(email: string, groupId: number): Promise<void>;
  answerAddedBy(email: string, allow: boolean, addToList: boolean): Promise<void>;
  addGroup(name: string, onError?: (message: string) => void): Promise<boolean>;
  renameGroup(groupId: number, name: string, onError?: (message: string) => void): Promise<boolean>;
  removeGroup(groupId: number): Promise<void>;
  setPrivacy(patch: Partial<Privacy>): Promise<void>;
}

export function layoutKey(c: Contact): string {
  return [
    isOnline(c.status) ? 1 : 0,
    c.friendlyName,
    c.groupIds.join(','),
    c.lists & (ListBit.FL | ListBit.BL),
  ].join('|');
}

export const isBlocked = (c: Contact): boolean => (c.lists & ListBit.BL) !== 0;
export const isOnMyList = (c: Contact): boolean => (c.lists & ListBit.FL) !== 0;

export const useContacts = create<ContactsStore>()((set, get) => ({
  byEmail: {},
  version: 0,
  layoutVersion: 0,
  orderVersion: 0,
  groups: [],
  privacy: { blp: 'AL', gtc: 'A' },
  pendingAddedBy: [],
  nicknames: {},
  async setNickname(email, nickname, onError) {
    const trimmed = nickname?.trim() ?? '';
    return attempt('contacts:setNickname', { email, nickname: trimmed || null }, onError);
  },
  async add(email, groupId, onError) {
    const input = groupId === undefined ? { email } : { email, groupId };
    return attempt('contacts:add', input, onError);
  },
  async remove(email, alsoBlock) {
    await call('contacts:remove', { email, alsoBlock });
  },
  async block(email) {
    await call('contacts:block', { email });
  },
  async unblock(email) {
    await call('contacts:unblock', { email });
  },
  async moveToGroup(email, fromGroupId, toGroupId) {
    await call('contacts:moveToGroup', { email, fromGroupId, toGroupId });
  },
  async copyToGroup(email, groupId) {
    await call('contacts:copyToGroup', { email, groupId });
  },
  async removeFromGroup(email, groupId) {
    await call('contacts:removeFromGroup', { email, groupId });
  },
  async answerAddedBy(email, allow, addToList) {
    // The prompt goes away at once; main's events bring the new list state.
    set((s) => ({ pendingAddedBy: s.pendingAddedBy.filter((p) => p.email !== email) }));
    await call('contacts:answerAddedBy', { email, allow, addToList });
  },
  async addGroup(name, onError) {
    return attempt('groups:add', { name }, onError);
  },
  async renameGroup(groupId, name, onError) {
    return attempt('groups:rename', { groupId, name }, onError);
  },
  async removeGroup(groupId) {
    await call('groups:remove', { groupId });
  },
  async setPrivacy(patch) {
    const before = get().privacy;
    set((s) => ({ privacy: { ...s.privacy, ...patch } }));
    // Shown at once; put back if main could not apply it, so the screen never lies.
    if (!(await attempt('privacy:set', patch))) set({ privacy: before });
  },
}));

/** The name to show for a contact: mine if I gave one, else theirs, else the address. */
export function displayName(
  nicknames: Record<string, string>,
  email: string,
  contact: Contact | undefined,
): string {
  return nicknames[email.toLowerCase()] ?? contact?.friendlyName ?? email;
}

/** Replaces the local nicknames (main sends them whole); names may reorder the list. */
export function setNicknames(nicknames: Record<string, string>): void {
  useContacts.setState((s) => ({
    nicknames,
    version: s.version + 1,
    layoutVersion: s.layoutVersion + 1,
    orderVersion: s.orderVersion + 1,
  }));
}

/** Replaces everything (a snapshot). */
export function resetContacts(contacts: Contact[]): void {
  const byEmail: Record<string, Contact> = {};
  for (const c of contacts) byEmail[c.email] = c;
  useContacts.setState((s) => ({
    byEmail,
    version: s.version + 1,
    layoutVersion: s.layoutVersion + 1,
    orderVersion: s.orderVersion + 1,
  }));
}

/** Upserts a batch (a presence storm arrives as one event). */
export function upsertContacts(contacts: Contact[]): void {
  if (contacts.length === 0) return;
  useContacts.setState((s) => {
    const byEmail = s.byEmail;
    let shapeChanged = false;
    let orderChanged = false;
    for (const c of contacts) {
      const prev = byEmail[c.email];
      if (!prev || layoutKey(prev) !== layoutKey(c)) shapeChanged = true;
      if (!prev || prev.friendlyName !== c.friendlyName) orderChanged = true;
      byEmail[c.email] = c;
    }
    return {
      version: s.version + 1,
      layoutVersion: shapeChanged ? s.layoutVersion + 1 : s.layoutVersion,
      orderVersion: orderChanged ? s.orderVersion + 1 : s.orderVersion,
    };
  });
}

export function removeContactLocally(email: string): void {
  useContacts.setState((s) => {
    if (!s.byEmail[email]) return s;
    delete s.byEmail[email];
    return {
      version: s.version + 1,
      layoutVersion: s.layoutVersion + 1,
      orderVersion: s.orderVersion + 1,
    };
  });
}

export function addPendingAddedBy(entry: AddedBy): void {
  useContacts.setState((s) =>
    s.pendingAddedBy.some((p) => p.email === entry.email)
      ? s
      : { pendingAddedBy: [...s.pendingAddedBy, entry] },
  );
}

export function dropPendingAddedBy(email: string): void {
  useContacts.setState((s) => ({
    pendingAddedBy: s.pendingAddedBy.filter((p) => p.email !== email),
  }));
}

/** The whole contact map, re-rendering on any contact change (for small, rarely shown views). */
export function useContactMap(): { byEmail: Record<string, Contact>; version: number } {
  const version = useContacts((s) => s.version);
  return { byEmail: useContacts.getState().byEmail, version };
}

/** Display names for these e-mails, re-rendering only when one of those names changes. */
export function useDisplayNames(emails: readonly string[]): string[] {
  const joined = useContacts((s) =>
    emails.map((e) => displayName(s.nicknames, e, s.byEmail[e])).join('\n'),
  );
  return emails.length === 0 ? [] : joined.split('\n');
}
