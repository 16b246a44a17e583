// Accounts, contact lists, groups and properties, kept in memory per network instance.
// reference: contacts.md §1 (the model), §1.4 (list version).
import type { AccountSeed } from './types';

/** List bits (contacts.md §1.1). */
export const FL = 1;
export const AL = 2;
export const BL = 4;
export const RL = 8;
export const LIST_BITS: Readonly<Record<string, number>> = { FL, AL, BL, RL };

export const MAX_GROUPS = 30; // ids 0–29 (msnp8/README.md §6)

export interface Entry {
  email: string;
  storedName: string;
  lists: number;
  /** Only meaningful with the FL bit (contacts.md §1.2). */
  groups: number[];
}

export interface Account {
  email: string;
  password: string;
  friendlyName: string;
  groups: Map<number, string>;
  entries: Map<string, Entry>;
  blp: 'AL' | 'BL';
  gtc: 'A' | 'N';
  /** Own properties PHH/PHW/PHM/MOB/MBE (contacts.md §6). */
  props: Map<string, string>;
  version: number;
  passportRedirect: boolean;
  memberIdLow: number;
}

export const keyOf = (email: string): string => email.toLowerCase();

/**
 * Account-name syntax check for ADD (contacts.md §3): 206 = no domain part,
 * 201 = otherwise invalid (e.g. `a@b`), null = fine. 129-byte limit: msnp8/README.md §6.
 */
export function emailSyntaxError(email: string): 201 | 206 | null {
  if (Buffer.byteLength(email) > 129) return 201;
  const at = email.indexOf('@');
  if (at < 0 || at === email.length - 1) return 206;
  return /^[^@\s,]+@[^@\s,.]+(\.[^@\s,.]+)+$/.test(email) ? null : 201;
}

export class Store {
  private readonly accounts = new Map<string, Account>();
  private nextMemberId = 1;

  get(email: string): Account | undefined {
    return this.accounts.get(keyOf(email));
  }

  all(): Account[] {
    return [...this.accounts.values()];
  }

  add(seed: AccountSeed): Account {
    if (this.accounts.has(keyOf(seed.email))) {
      throw new Error(`local network: account ${seed.email} already exists`);
    }
    const account: Account = {
      email: seed.email,
      password: seed.password,
      friendlyName: seed.friendlyName ?? seed.email,
      groups: new Map(
        (seed.groups ?? [{ id: 0, name: 'Other Contacts' }]).map((g) => [g.id, g.name]),
      ),
      entries: new Map(),
      blp: seed.blp ?? 'AL',
      gtc: seed.gtc ?? 'A',
      props: new Map(),
      version: 1,
      passportRedirect: seed.passportRedirect ?? false,
      memberIdLow: this.nextMemberId++,
    };
    if (!account.groups.has(0)) account.groups.set(0, 'Other Contacts'); // group 0 always exists
    for (const c of seed.contacts ?? []) {
      const other = this.get(c.email);
      const entry = this.ensureEntry(
        account,
        c.email,
        c.storedName ?? other?.friendlyName ?? c.email,
      );
      entry.lists |= c.lists;
      if (c.lists & FL) entry.groups = [...(c.groups ?? [0])];
    }
    this.accounts.set(keyOf(seed.email), account);
    this.linkReverseLists(account);
    return account;
  }

  entry(account: Account, email: string): Entry | undefined {
    return account.entries.get(keyOf(email));
  }

  ensureEntry(account: Account, email: string, storedName: string): Entry {
    const existing = account.entries.get(keyOf(email));
    if (existing) return existing;
    const entry: Entry = {
      email: this.get(email)?.email ?? email,
      storedName,
      lists: 0,
      groups: [],
    };
    account.entries.set(keyOf(email), entry);
    return entry;
  }

  /** An entry with no list bits left disappears (contacts.md §4.1). */
  dropIfEmpty(account: Account, email: string): void {
    const entry = this.entry(account, email);
    if (entry && entry.lists === 0) account.entries.delete(keyOf(email));
  }

  /** Every change increments the list version (contacts.md §1.4). */
  bump(account: Account): number {
    account.version += 1;
    return account.version;
  }

  /** Seeds are kept consistent: X on A's FL ⇔ A on X's RL (contacts.md §1.1). */
  private linkReverseLists(added: Account): void {
    for (const other of this.accounts.values()) {
      if (other === added) continue;
      if ((this.entry(added, other.email)?.lists ?? 0) & FL) {
        this.ensureEntry(other, added.email, added.friendlyName).lists |= RL;
      }
      if ((this.entry(other, added.email)?.lists ?? 0) & FL) {
        this.ensureEntry(added, other.email, other.friendlyName).lists |= RL;
      }
    }
  }
}
