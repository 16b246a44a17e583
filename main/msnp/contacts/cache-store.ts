// The facade's use of the contact-list cache: load once at sign-in (a broken cache means
// version 0), save after version changes, one save after another.
// reference: contacts.md §1.4
import type { ContactListCache } from './cache';
import { fromCachedList, toCachedList } from './cache';
import { emptyContactList } from './model';
import type { ContactListState } from './model';

export class ListCacheStore {
  /** The newest list not yet written, per account; older ones are never written. */
  private readonly pending = new Map<string, ContactListState>();
  private writing: Promise<void> | null = null;

  constructor(private readonly cache: ContactListCache | undefined) {}

  async load(email: string): Promise<ContactListState> {
    try {
      const cached = await this.cache?.load(email);
      return (cached && fromCachedList(cached)) || emptyContactList();
    } catch {
      return emptyContactList(); // contacts.md §1.4: a corrupt cache means version 0
    }
  }

  /**
   * Saves run one after another so an older list never overwrites a newer one, and only the
   * newest list waiting is written: a server pushing thousands of list changes (ADD RL after
   * ADD RL) costs one write per write's time, not a copy of the whole list held per push.
   */
  save(email: string, list: ContactListState): void {
    if (!this.cache) return;
    this.pending.set(email, list);
    this.writing ??= this.drain(this.cache);
  }

  /** Resolves once every list handed to save() so far is written (or failed to be). */
  async flushed(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private async drain(cache: ContactListCache): Promise<void> {
    for (let next = this.takeOne(); next; next = this.takeOne()) {
      await cache.save(next[0], toCachedList(next[1])).catch(() => undefined);
    }
    this.writing = null;
  }

  private takeOne(): [string, ContactListState] | null {
    const first = this.pending.entries().next();
    if (first.done) return null;
    this.pending.delete(first.value[0]);
    return first.value;
  }
}
