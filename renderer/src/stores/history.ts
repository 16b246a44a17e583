// History store: the results of the last history search (Options ▸ History).
import { create } from 'zustand';
import type { HistoryEntry } from '../../../shared/ipc/events';
import { call } from './client';

export interface HistoryStore {
  results: HistoryEntry[];
  searched: boolean;
  /** People with a stored history, most recent first. */
  contacts: string[];
  loadContacts(): Promise<void>;
  search(query: { contact?: string; text?: string }): Promise<void>;
  clear(contact?: string): Promise<void>;
}

export const useHistory = create<HistoryStore>()((set) => ({
  results: [],
  searched: false,
  contacts: [],
  async loadContacts() {
    const contacts = await call('history:contacts', undefined);
    set({ contacts: contacts ?? [] });
  },
  async search(query) {
    const input = {
      limit: 200,
      ...(query.contact ? { contact: query.contact } : {}),
      ...(query.text ? { text: query.text } : {}),
    };
    const results = await call('history:query', input);
    set({ results: results ?? [], searched: true });
  },
  async clear(contact) {
    await call('history:clear', contact ? { contact } : {});
    set({ results: [], searched: false });
  },
}));
