// The facade's use of the contact-list cache: load once at sign-in (a broken cache means
// version 0), save after every version change, one save after another.
// reference: contacts.md §1.4
import type { ContactListCache } from './cache';
import { fromCachedList, toCachedList } from './cache';
import { emptyContactList } from './model';
import type { ContactListState } from './model';

export class ListCacheStore {
  private saving: Promise<void> = Promise.resolve();

  constructor(private readonly cache: ContactListCache | undefined) {}

  async load(email: string): Promise<ContactListState> {
    try {
      const cached = await this.cache?.load(email);
      return (cached && fromCachedList(cached)) || emptyContactList();
    } catch {
      return emptyContactList(); // contacts.md §1.4: a corrupt cache means version 0
    }
  }

  save(email: string, list: ContactListState): void {
    const cache = this.cache;
    if (!cache) return;
    const data = toCachedList(list);
    // Saves run one after another so an older list never overwrites a newer one.
    this.saving = this.saving.then(() => cache.save(email, data)).catch(() => undefined);
  }
}
