// Searching the history through its index: words, phrases, one contact, dates, pages, and
// the conversation around a result; the index written as segments and merged agrees.
import { describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../main/services/history/history-store';
import type { HistorySearch } from '../../../main/services/history/history-store';
import { entry, historyDir } from './support';

async function allPages(store: HistoryStore, search: Omit<HistorySearch, 'limit'>, limit = 3) {
  const texts: string[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 100; i++) {
    const page = await store.search({ ...search, limit, ...(cursor ? { cursor } : {}) });
    texts.push(...page.hits.map((h) => h.text));
    if (page.cursor === null) return texts;
    cursor = page.cursor;
  }
  throw new Error('paging did not end');
}

describe('history search', () => {
  it('finds words regardless of case and accents, newest first, across contacts', async () => {
    const store = new HistoryStore(await historyDir());
    await store.append(entry('bob@x.test', 'Lunch at the Café?', 1));
    await store.append(entry('amy@x.test', 'no lunch today', 2));
    await store.append(entry('amy@x.test', 'launch day', 3));
    const page = await store.search({ text: 'LUNCH cafe', limit: 10 });
    expect(page.hits.map((h) => h.text)).toEqual(['Lunch at the Café?']);
    expect((await store.search({ text: 'lunch', limit: 10 })).hits.map((h) => h.contact)).toEqual([
      'amy@x.test',
      'bob@x.test',
    ]);
  });

  it('matches a quoted phrase only when its words stand together and in order', async () => {
    const store = new HistoryStore(await historyDir());
    await store.append(entry('bob@x.test', 'see you at the station', 1));
    await store.append(entry('bob@x.test', 'the station? see you there', 2));
    expect(
      (await store.search({ text: '"see you at"', limit: 10 })).hits.map((h) => h.time),
    ).toEqual([1]);
    expect((await store.search({ text: 'station "see you"', limit: 10 })).hits).toHaveLength(2);
  });

  it('keeps to one contact and a date range', async () => {
    const store = new HistoryStore(await historyDir());
    for (let i = 0; i < 10; i++) {
      await store.append(entry(i % 2 ? 'bob@x.test' : 'amy@x.test', `ping ${i}`, 1000 * i));
    }
    const bob = await store.search({ text: 'ping', contact: 'BOB@x.test', limit: 10 });
    expect(bob.hits.map((h) => h.text)).toEqual(['ping 9', 'ping 7', 'ping 5', 'ping 3', 'ping 1']);
    const range = await store.search({ text: 'ping', from: 3000, to: 6000, limit: 10 });
    expect(range.hits.map((h) => h.time)).toEqual([6000, 5000, 4000, 3000]);
    const browse = await store.search({ contact: 'amy@x.test', from: 8000, limit: 10 });
    expect(browse.hits.map((h) => h.text)).toEqual(['ping 8']);
  });

  it('pages through results without repeating or skipping one', async () => {
    const store = new HistoryStore(await historyDir(), { flushDocs: 4 });
    const expected: string[] = [];
    for (let i = 0; i < 40; i++) {
      const text = i % 3 === 0 ? `match number ${i}` : `other ${i}`;
      await store.append(entry(`p${i % 5}@x.test`, text, i));
      if (i % 3 === 0) expected.unshift(text);
    }
    await store.index.settle();
    // Written as segments of four and merged: fewer segments than flushes.
    expect(store.index.segmentCount).toBeGreaterThan(0);
    expect(store.index.segmentCount).toBeLessThan(5);
    expect(await allPages(store, { text: 'match' })).toEqual(expected);
    // And a new store reading those segments from disk agrees.
    await store.close();
    const again = new HistoryStore(store.dir.replace(/[/\\]history$/, ''), { flushDocs: 4 });
    expect(await again.ready).toBeNull();
    expect(await allPages(again, { text: 'match' }, 4)).toEqual(expected);
  });

  it('returns a partial page with a cursor when the scan cap is reached', async () => {
    const store = new HistoryStore(await historyDir(), { scanCap: 5 });
    // Written out of time order (an import does that): a date range is scanned, not looked up.
    for (let i = 0; i < 12; i++) await store.append(entry('bob@x.test', `m${i}`, 100 - i));
    const first = await store.search({ from: 1000, limit: 10 });
    expect(first.hits).toEqual([]);
    expect(first.cursor).not.toBeNull();
    expect(await allPages(store, { from: 96, to: 97 }, 10)).toEqual(['m4', 'm3']);
  });

  it('finds a date range by its ids when they are in time order', async () => {
    const store = new HistoryStore(await historyDir(), { scanCap: 5, flushDocs: 8 });
    for (let i = 0; i < 40; i++) await store.append(entry('bob@x.test', `m${i}`, 1000 * i));
    // Far more messages outside the range than the scan cap: found in one call regardless.
    const page = await store.search({ from: 3000, to: 4000, limit: 10 });
    expect(page.hits.map((h) => h.text)).toEqual(['m4', 'm3']);
    expect(page.cursor).toBeNull();
    expect(
      (await store.search({ text: 'm1', from: 0, to: 1500, limit: 10 })).hits.map((h) => h.text),
    ).toEqual(['m1']);
  });

  it('opens the conversation around a result', async () => {
    const store = new HistoryStore(await historyDir());
    for (let i = 0; i < 30; i++) await store.append(entry('bob@x.test', `line ${i}`, i));
    const [hit] = (await store.search({ text: 'line 15', limit: 1 })).hits;
    expect(hit?.text).toBe('line 15');
    const around = await store.context(hit!.ref, 3, 2);
    expect(around.entries.map((e) => e.text)).toEqual([
      'line 12',
      'line 13',
      'line 14',
      'line 15',
      'line 16',
      'line 17',
    ]);
    expect(around.hasBefore && around.hasAfter).toBe(true);
    // Scrolling further up uses the first entry's ref.
    const earlier = await store.context(around.entries[0]!.ref, 20, 0);
    expect(earlier.entries.map((e) => e.text)[0]).toBe('line 0');
    expect(earlier.hasBefore).toBe(false);
    await expect(store.context('0:3', 1, 1)).rejects.toThrow(/not in your history/);
    await expect(store.context('99:0', 1, 1)).rejects.toThrow(/no longer/);
  });

  it('deleting a contact removes their messages from results, and new ones come back', async () => {
    const store = new HistoryStore(await historyDir(), { flushDocs: 2 });
    await store.append(entry('bob@x.test', 'secret one', 1));
    await store.append(entry('bob@x.test', 'secret two', 2));
    await store.append(entry('amy@x.test', 'secret amy', 3));
    await store.clear('bob@x.test');
    expect((await store.search({ text: 'secret', limit: 10 })).hits.map((h) => h.text)).toEqual([
      'secret amy',
    ]);
    await store.append(entry('bob@x.test', 'secret three', 4));
    expect(
      (await store.search({ text: 'secret', contact: 'bob@x.test', limit: 10 })).hits.map(
        (h) => h.text,
      ),
    ).toEqual(['secret three']);
    await store.close();
    const again = new HistoryStore(store.dir.replace(/[/\\]history$/, ''));
    expect((await again.search({ text: 'secret', limit: 10 })).hits.map((h) => h.text)).toEqual([
      'secret three',
      'secret amy',
    ]);
  });
});
