// The logs are the durable record: a crash in the middle of an append or of an index update,
// or a full disk, loses at most the message being written; the index catches up from the
// logs on the next start, and a damaged or missing index is rebuilt from them.
import { appendFile, open, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../main/services/history/history-store';
import type { HistoryStoreOptions } from '../../../main/services/history/history-store';
import { entry, historyDir } from './support';

const stores: HistoryStore[] = [];
const openStore = (dir: string, options: HistoryStoreOptions = {}): HistoryStore => {
  const store = new HistoryStore(dir, options);
  stores.push(store);
  return store;
};
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close().catch(() => undefined);
});

const texts = async (store: HistoryStore, text: string): Promise<string[]> =>
  (await store.search({ text, limit: 100 })).hits.map((h) => h.text).reverse();

/** Ten messages: with segments of four, two segments are written and two stay in memory. */
async function tenMessages(dir: string): Promise<HistoryStore> {
  const store = openStore(dir, { flushDocs: 4 });
  for (let i = 0; i < 10; i++) await store.append(entry('bob@x.test', `word ${i}`, i));
  // Lines appended while the index was still opening are indexed once it is open.
  await store.ready;
  await store.index.settle();
  return store;
}

describe('history after a crash', () => {
  it('catches up on the messages the index held only in memory', async () => {
    const dir = await historyDir();
    await tenMessages(dir); // then "crashes": never closed
    const manifest = JSON.parse(
      await readFile(join(dir, 'history', 'index', 'manifest.json'), 'utf8'),
    );
    expect(manifest.docs).toBe(8);
    const after = openStore(dir, { flushDocs: 4 });
    expect(await after.ready).toBeNull(); // caught up, not rebuilt
    expect(await texts(after, 'word')).toEqual(Array.from({ length: 10 }, (_, i) => `word ${i}`));
  });

  it('loses only the message torn in the middle of an append', async () => {
    const dir = await historyDir();
    await tenMessages(dir);
    const log = join(dir, 'history', 'bob%40x.test.jsonl');
    await appendFile(
      log,
      '{"contact":"bob@x.test","conversationId":"c","direction":"in","text":"wor',
    );
    const after = openStore(dir, { flushDocs: 4 });
    await after.append(entry('bob@x.test', 'word 11', 11));
    expect(await texts(after, 'word')).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `word ${i}`),
      'word 11',
    ]);
  });

  it('drops what an index update left half done (a segment, table rows) and catches up', async () => {
    const dir = await historyDir();
    await tenMessages(dir);
    const index = join(dir, 'history', 'index');
    // A flush that wrote its segment and some table rows but not the manifest.
    await writeFile(join(index, 'seg-99.seg.tmp'), Buffer.alloc(1000, 7));
    await writeFile(join(index, 'seg-98.seg'), Buffer.alloc(300_000, 1));
    await appendFile(join(index, 'docs.bin'), Buffer.alloc(24 * 3, 9));
    const after = openStore(dir, { flushDocs: 4 });
    expect(await after.ready).toBeNull();
    expect(await texts(after, 'word')).toHaveLength(10);
    const left = await readdir(index);
    expect(left).not.toContain('seg-99.seg.tmp');
    expect(left).not.toContain('seg-98.seg');
  });

  it.each([
    [
      'a garbled manifest',
      (index: string) => writeFile(join(index, 'manifest.json'), '{"version":1,"do'),
    ],
    ['no manifest', (index: string) => rm(join(index, 'manifest.json'))],
    [
      'a short segment',
      async (index: string) => {
        const name = (await readdir(index)).find((n) => n.endsWith('.seg'))!;
        await truncate(join(index, name), 1000);
      },
    ],
    [
      'a segment of noise',
      async (index: string) => {
        const name = (await readdir(index)).find((n) => n.endsWith('.seg'))!;
        const handle = await open(join(index, name), 'r+');
        await handle.write(Buffer.alloc(64, 0xff), 0, 64, 0);
        await handle.close();
      },
    ],
    ['a short message table', (index: string) => truncate(join(index, 'docs.bin'), 10)],
  ])('rebuilds the index from the logs after %s', async (_, damage) => {
    const dir = await historyDir();
    const store = await tenMessages(dir);
    await store.close();
    await damage(join(dir, 'history', 'index'));
    const after = openStore(dir, { flushDocs: 4 });
    expect(await after.ready).toEqual(expect.any(String)); // the reason it rebuilt
    expect(await texts(after, 'word')).toEqual(Array.from({ length: 10 }, (_, i) => `word ${i}`));
    // And the rebuilt index is good for the next start.
    await after.close();
    const third = openStore(dir);
    expect(await third.ready).toBeNull();
    expect(await texts(third, 'word 3')).toEqual(['word 3']);
  });

  it('rebuilds when a log was replaced by a shorter one', async () => {
    const dir = await historyDir();
    const store = await tenMessages(dir);
    await store.close();
    const log = join(dir, 'history', 'bob%40x.test.jsonl');
    const lines = (await readFile(log, 'utf8')).split('\n');
    await writeFile(log, `${lines.slice(0, 3).join('\n')}\n`);
    const after = openStore(dir);
    expect(await after.ready).toMatch(/shorter/);
    expect(await texts(after, 'word')).toEqual(['word 0', 'word 1', 'word 2']);
  });
});

describe('history on a full disk', () => {
  it('the first message after space returns starts on a fresh line and is kept', async () => {
    const dir = await historyDir();
    let full = false;
    const store = openStore(dir, {
      appendFile: async (path, data) => {
        if (!full) return appendFile(path, data);
        // The disk fills in the middle of the line.
        await appendFile(path, data.subarray(0, Math.floor(data.length / 2)));
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    });
    await store.append(entry('bob@x.test', 'before the disk filled', 1));
    full = true;
    await expect(store.append(entry('bob@x.test', 'lost to the full disk', 2))).rejects.toThrow(
      /ENOSPC/,
    );
    full = false;
    await store.append(entry('bob@x.test', 'after space returned', 3));
    expect((await store.query({ contact: 'bob@x.test', limit: 10 })).map((e) => e.text)).toEqual([
      'before the disk filled',
      'after space returned',
    ]);
    // The index agrees with the log, now and after a restart.
    expect(await texts(store, 'space')).toEqual(['after space returned']);
    await store.close();
    const again = openStore(dir);
    expect(await again.ready).toBeNull();
    expect(await texts(again, 'disk')).toEqual(['before the disk filled']);
  });
});
