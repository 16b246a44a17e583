// Remembered accounts (sign-in screen, ui-spec §1.2) and their encrypted passwords.
// accounts.json holds no secret; credentials.json holds only SecretStore output, base64.
import { join } from 'node:path';
import { z } from 'zod';
import type { RememberedAccount } from '../../shared/ipc/events';
import { readJsonFile, writeJsonFile } from './json-file';
import type { CorruptFileListener } from './json-file';
import type { SecretStore } from './secret-store';

const accountsSchema = z.array(
  z.object({
    email: z.string().min(3).max(129),
    hasPassword: z.boolean(),
    signInAutomatically: z.boolean(),
    status: z.string().max(3),
    profileId: z.string().min(1).max(200),
  }),
);

const credentialsSchema = z.record(z.string(), z.string().regex(/^[A-Za-z0-9+/=]*$/));

export class AccountStore {
  private accounts: RememberedAccount[] = [];
  private sealed: Record<string, string> = {};

  private constructor(
    private readonly dir: string,
    private readonly secrets: SecretStore,
  ) {}

  static async open(
    userDataDir: string,
    secrets: SecretStore,
    onCorrupt: CorruptFileListener,
  ): Promise<AccountStore> {
    const store = new AccountStore(userDataDir, secrets);
    store.accounts = (await readJsonFile(store.accountsPath, accountsSchema, onCorrupt)) ?? [];
    store.sealed = (await readJsonFile(store.credentialsPath, credentialsSchema, onCorrupt)) ?? {};
    // An account whose secret went missing must not claim to have one.
    store.accounts = store.accounts.map((account) => ({
      ...account,
      hasPassword: account.hasPassword && store.sealed[key(account.email)] !== undefined,
    }));
    return store;
  }

  private get accountsPath(): string {
    return join(this.dir, 'accounts.json');
  }

  private get credentialsPath(): string {
    return join(this.dir, 'credentials.json');
  }

  list(): RememberedAccount[] {
    return this.accounts.map((account) => ({ ...account }));
  }

  /**
   * Remembers (or updates) an account, most recent first; `password` null forgets it. The
   * password is sealed together with the Passport host it was used for (`passportHost`): it is
   * only ever handed out for that host again (a page cannot redirect it elsewhere).
   */
  async remember(
    account: Omit<RememberedAccount, 'hasPassword'>,
    password: string | null,
    passportHost = '',
  ): Promise<void> {
    const id = key(account.email);
    if (password !== null && this.secrets.isAvailable()) {
      const bound = `${BOUND_PREFIX}${passportHost.toLowerCase()}\n${password}`;
      this.sealed[id] = this.secrets.encrypt(bound).toString('base64');
    } else {
      delete this.sealed[id];
    }
    const entry: RememberedAccount = { ...account, hasPassword: this.sealed[id] !== undefined };
    this.accounts = [entry, ...this.accounts.filter((other) => key(other.email) !== id)];
    await this.persist();
  }

  /** Remembers the last status chosen, for the next sign-in (ui-spec §2). */
  async setStatus(email: string, status: string): Promise<void> {
    const id = key(email);
    const account = this.accounts.find((other) => key(other.email) === id);
    if (!account || account.status === status) return;
    account.status = status;
    await writeJsonFile(this.accountsPath, this.accounts);
  }

  async forget(email: string): Promise<void> {
    const id = key(email);
    delete this.sealed[id];
    this.accounts = this.accounts.filter((other) => key(other.email) !== id);
    await this.persist();
  }

  /**
   * The remembered password for this account and Passport host, or null: none, it cannot be
   * decrypted any more, or it was remembered for another host (or before passwords were bound
   * to a host): then the person types it again.
   */
  password(email: string, passportHost = ''): string | null {
    const sealed = this.sealed[key(email)];
    if (sealed === undefined) return null;
    let plain: string;
    try {
      plain = this.secrets.decrypt(Buffer.from(sealed, 'base64'));
    } catch {
      return null;
    }
    if (!plain.startsWith(BOUND_PREFIX)) return null;
    const newline = plain.indexOf('\n', BOUND_PREFIX.length);
    if (newline < 0) return null;
    const host = plain.slice(BOUND_PREFIX.length, newline);
    return host === passportHost.toLowerCase() ? plain.slice(newline + 1) : null;
  }

  private async persist(): Promise<void> {
    await writeJsonFile(this.credentialsPath, this.sealed);
    await writeJsonFile(this.accountsPath, this.accounts);
  }
}

const key = (email: string): string => email.trim().toLowerCase();

/** Sealed text: this prefix, the Passport host, a newline, the password. */
const BOUND_PREFIX = 'tweener-bound-v1:';
