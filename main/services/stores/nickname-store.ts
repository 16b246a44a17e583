// Local nicknames (shared/ipc/nicknames.ts): one JSON file in the user-data folder, keyed by the
// signed-in account, written atomically and validated on read; a damaged file is set aside and
// the app starts with no nicknames rather than failing.
import { join } from 'node:path';
import { nicknameKey, nicknamesFileSchema } from '@shared/ipc/nicknames';
import type { NicknameMap, NicknamesFile } from '@shared/ipc/nicknames';
import { readJsonFile, SerialUpdates, writeJsonFile } from './json-file';
import type { CorruptFileListener } from './json-file';

export class NicknameStore {
  private file: NicknamesFile = { version: 1, accounts: {} };
  private readonly updates = new SerialUpdates();

  private constructor(private readonly path: string) {}

  static async open(userDataDir: string, onCorrupt: CorruptFileListener): Promise<NicknameStore> {
    const store = new NicknameStore(join(userDataDir, 'nicknames.json'));
    store.file = (await readJsonFile(store.path, nicknamesFileSchema, onCorrupt)) ?? store.file;
    return store;
  }

  /** The names this account gave its contacts (a copy). */
  forAccount(account: string): NicknameMap {
    return { ...(this.file.accounts[nicknameKey(account)] ?? {}) };
  }

  /** One contact's name for this account, if there is one. */
  get(account: string, contact: string): string | undefined {
    return this.file.accounts[nicknameKey(account)]?.[nicknameKey(contact)];
  }

  /** Sets (or with null / blank, clears) a name; resolves with the account's names once saved. */
  set(account: string, contact: string, nickname: string | null): Promise<NicknameMap> {
    return this.updates.run(() => this.apply(account, contact, nickname));
  }

  private async apply(
    account: string,
    contact: string,
    nickname: string | null,
  ): Promise<NicknameMap> {
    const accountKey = nicknameKey(account);
    const names = { ...(this.file.accounts[accountKey] ?? {}) };
    const trimmed = nickname?.trim() ?? '';
    if (trimmed) names[nicknameKey(contact)] = trimmed;
    else delete names[nicknameKey(contact)];
    const accounts = { ...this.file.accounts };
    if (Object.keys(names).length > 0) accounts[accountKey] = names;
    else delete accounts[accountKey];
    // Checked before it is written, so the file on disk always reads back.
    const next = nicknamesFileSchema.parse({ version: 1, accounts });
    await writeJsonFile(this.path, next, 'Your names for contacts');
    this.file = next; // only once it is on disk
    return { ...names };
  }
}
