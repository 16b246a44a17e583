// Contacts store: contacts by e-mail, groups, privacy, and who added me. A layout version moves
// only when something that changes the list's shape changes, so a status change between two
// online states re-renders one row, not the list (../shared/STYLE.md, renderer).
import { create } from 'zustand';
import type { Contact, Group, Privacy } from '../../../shared/domain';
import { ListBit } from '../../../shared/domain';
import { isOnline } from '../status/statusDisplay';
import { attempt, call } from './client';

export interface AddedBy {
  email: string;
  name: string;
}

export interface ContactsStore {
  byEmail: Record<string, Contact>;
  layoutVersion: number;
  groups: Group[];
  privacy: Privacy;
  pendingAddedBy: AddedBy[];
  add(email: string, groupId?: number): Promise<boolean>;
  remove(email: string, alsoBlock: boolean): Promise<void>;
  block(email: string): Promise<void>;
  unblock(email: string): Promise<void>;
  moveToGroup(email: string, fromGroupId: number, toGroupId: number): Promise<void>;
  copyToGroup(email: string, groupId: number): Promise<void>;
  removeFromGroup(email: string, groupId: number): Promise<void>;
  answerAddedBy(email: string, allow: boolean, addToList: boolean): Promise<void>;
  addGroup(name: string): Promise<void>;
  renameGroup(groupId: number, name: string): Promise<void>;
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

export const useContacts = create<ContactsStore>()((set) => ({
  byEmail: {},
  layoutVersion: 0,
  groups: [],
  privacy: { blp: 'AL', gtc: 'A' },
  pendingAddedBy: [],
  async add(email, groupId) {
    const input = groupId === undefined ? { email } : { email, groupId };
    return attempt('contacts:add', input);
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
  async addGroup(name) {
    await call('groups:add', { name });
  },
  async renameGroup(groupId, name) {
    await call('groups:rename', { groupId, name });
  },
  async removeGroup(groupId) {
    await call('groups:remove', { groupId });
  },
  async setPrivacy(patch) {
    set((s) => ({ privacy: { ...s.privacy, ...patch } }));
    await call('privacy:set', patch);
  },
}));

/** Replaces everything (a snapshot). */
export function resetContacts(contacts: Contact[]): void {
  const byEmail: Record<string, Contact> = {};
  for (const c of contacts) byEmail[c.email] = c;
  useContacts.setState((s) => ({ byEmail, layoutVersion: s.layoutVersion + 1 }));
}

/** Upserts a batch (a presence storm arrives as one event). */
export function upsertContacts(contacts: Contact[]): void {
  if (contacts.length === 0) return;
  useContacts.setState((s) => {
    const byEmail = { ...s.byEmail };
    let shapeChanged = false;
    for (const c of contacts) {
      const prev = byEmail[c.email];
      if (!prev || layoutKey(prev) !== layoutKey(c)) shapeChanged = true;
      byEmail[c.email] = c;
    }
    return { byEmail, layoutVersion: shapeChanged ? s.layoutVersion + 1 : s.layoutVersion };
  });
}

export function removeContactLocally(email: string): void {
  useContacts.setState((s) => {
    if (!s.byEmail[email]) return s;
    const byEmail = { ...s.byEmail };
    delete byEmail[email];
    return { byEmail, layoutVersion: s.layoutVersion + 1 };
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
