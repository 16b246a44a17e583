// Remembered accounts (sign-in screen, ui-spec §1.2) and their encrypted passwords.
// accounts.json holds no secret; credentials.json holds only SecretStore output, base64.
import { join } from 'node:path';
import { z } from 'zod';
import type { RememberedAccount } from '@shared/ipc/events';
import { readJsonFile, SerialUpdates, writeJsonFile } from './json-file';
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
  private readonly updates = new SerialUpdates();

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
  remember(
    account: Omit<RememberedAccount, 'hasPassword'>,
    password: string | null,
    passportHost = '',
  ): Promise<void> {
    return this.updates.run(async () => {
      const id = key(account.email);
      const sealed = { ...this.sealed };
      if (password !== null && this.secrets.isAvailable()) {
        const bound = `${BOUND_PREFIX}${passportHost.toLowerCase()}\n${password}`;
        sealed[id] = this.secrets.encrypt(bound).toString('base64');
      } else {
        delete sealed[id];
      }
      const entry: RememberedAccount = { ...account, hasPassword: sealed[id] !== undefined };
      const accounts = [entry, ...this.accounts.filter((other) => key(other.email) !== id)];
      await this.persist(accounts, sealed);
    });
  }

  /** Remembers the last status chosen, for the next sign-in (ui-spec §2). */
  setStatus(email: string, status: string): Promise<void> {
    return this.updates.run(async () => {
      const id = key(email);
      const account = this.accounts.find((other) => key(other.email) === id);
      if (!account || account.status === status) return;
      const accounts = this.accounts.map((other) =>
        other === account ? { ...other, status } : other,
      );
      await writeJsonFile(this.accountsPath, accounts, 'Your remembered accounts');
      this.accounts = accounts;
    });
  }

  forget(email: string): Promise<void> {
    return this.updates.run(async () => {
      const id = key(email);
      const sealed = { ...this.sealed };
      delete sealed[id];
      await this.persist(
        this.accounts.filter((other) => key(other.email) !== id),
        sealed,
      );
    });
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

  /**
   * Both files, then memory. If the second write fails the first already holds the new
   * secrets; memory keeps the old list, and on reload an account without a secret does not
   * claim one (open() checks), so nothing points at a password that is not there.
   */
  private async persist(accounts: RememberedAccount[], sealed: Record<string, string>) {
    await writeJsonFile(this.credentialsPath, sealed, 'Your remembered accounts');
    this.sealed = sealed;
    await writeJsonFile(this.accountsPath, accounts, 'Your remembered accounts');
    this.accounts = accounts;
  }
}

const key = (email: string): string => email.trim().toLowerCase();

/** Sealed text: this prefix, the Passport host, a newline, the password. */
const BOUND_PREFIX = 'tweener-bound-v1:';
