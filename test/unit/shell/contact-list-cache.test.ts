// The MsnClient's contact list cache on disk: survives a restart; a damaged file is set aside.
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileContactListCache } from '../../../main/services/stores/contact-list-cache';
import type { CachedList } from '../../../main/msnp/contacts/cache';
import type { CorruptFileNotice } from '../../../main/services/stores/json-file';
import { tempDir } from './support/services';

const list: CachedList = {
  version: 42,
  groups: [{ id: 0, name: 'Other Contacts' }],
  contacts: [{ email: 'bob@x.test', storedName: 'Bob', lists: 11, groupIds: [0], phones: {} }],
  privacy: { blp: 'AL', gtc: 'A' },
  ownPhones: {},
};

describe('contact list cache', () => {
  it('saves and loads per network and account', async () => {
    const dir = await tempDir();
    await new FileContactListCache(dir, 'local-demo', () => undefined).save('Me@X.test', list);
    expect(
      await new FileContactListCache(dir, 'local-demo', () => undefined).load('me@x.test'),
    ).toEqual(list);
    expect(
      await new FileContactListCache(dir, 'escargot', () => undefined).load('me@x.test'),
    ).toBeNull();
  });

  it('sets a damaged file aside and answers null (the list then syncs from scratch)', async () => {
    const dir = await tempDir();
    const cache = new FileContactListCache(dir, 'local-demo', () => undefined);
    await cache.save('me@x.test', list);
    const folder = join(dir, 'contact-lists', 'local-demo');
    await writeFile(join(folder, 'me%40x.test.json'), JSON.stringify({ ...list, version: -1 }));
    const notices: CorruptFileNotice[] = [];
    expect(
      await new FileContactListCache(dir, 'local-demo', (n) => notices.push(n)).load('me@x.test'),
    ).toBeNull();
    expect(notices).toHaveLength(1);
    expect(
      (await readdir(folder)).some((name) => name.startsWith('me%40x.test.json.corrupt-')),
    ).toBe(true);
  });
});
