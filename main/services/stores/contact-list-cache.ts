// The contact list cache the MsnClient takes (main/msnp/contacts/cache.ts), on disk: one JSON
// file per network and account, written atomically, validated on read by the core's own
// schema (fromCachedList); a damaged file is set aside and the list syncs from version 0.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { fromCachedList } from '../../msnp/contacts/cache';
import type { CachedList, ContactListCache } from '../../msnp/contacts/cache';
import { readJsonFile, writeJsonFile } from './json-file';
import type { CorruptFileListener } from './json-file';

const cachedListFile = z.custom<CachedList>((data) => fromCachedList(data) !== null);

const safeName = (text: string): string =>
  encodeURIComponent(text.trim().toLowerCase()).replace(/\*/g, '%2A');

export class FileContactListCache implements ContactListCache {
  private readonly dir: string;

  constructor(
    userDataDir: string,
    profileId: string,
    private readonly onCorrupt: CorruptFileListener,
  ) {
    this.dir = join(userDataDir, 'contact-lists', safeName(profileId));
  }

  async load(email: string): Promise<CachedList | null> {
    return readJsonFile(this.pathFor(email), cachedListFile, this.onCorrupt);
  }

  async save(email: string, list: CachedList): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await writeJsonFile(this.pathFor(email), list);
  }

  private pathFor(email: string): string {
    return join(this.dir, `${safeName(email)}.json`);
  }
}
