// Message history: append-only JSON lines per contact, surviving restarts and a torn line.
import { appendFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../main/services/history/history-store';
import type { HistoryEntry } from '@shared/ipc/events';
import { tempDir } from './support/services';

const entry = (
  contact: string,
  text: string,
  time: number,
  extra: Partial<HistoryEntry> = {},
): HistoryEntry => ({
  contact,
  conversationId: 'c1',
  direction: 'in',
  from: contact,
  fromName: contact,
  text,
  time,
  ...extra,
});

describe('history store', () => {
  it('appends per contact and reads back after a restart, oldest first', async () => {
    const dir = await tempDir();
    const store = new HistoryStore(dir);
    await store.append(entry('bob@x.test', 'one', 1));
    await store.append(entry('amy@x.test', 'hello amy', 2));
    await store.append(entry('bob@x.test', 'two', 3, { direction: 'out', from: 'me@x.test' }));
    await store.close();
    const again = new HistoryStore(dir);
    expect((await again.query({ contact: 'bob@x.test', limit: 100 })).map((e) => e.text)).toEqual([
      'one',
      'two',
    ]);
    expect(
      (await readdir(join(dir, 'history'))).filter((n) => n.endsWith('.jsonl')).sort(),
    ).toEqual(['amy%40x.test.jsonl', 'bob%40x.test.jsonl']);
    const lines = (await readFile(join(dir, 'history', 'bob%40x.test.jsonl'), 'utf8'))
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(2);
  });

  it('keeps every line when appends race', async () => {
    const store = new HistoryStore(await tempDir());
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => store.append(entry('bob@x.test', `m${i}`, i))),
    );
    expect(await store.query({ contact: 'bob@x.test', limit: 1000 })).toHaveLength(50);
  });

  it('skips a line torn by a crash and keeps the rest', async () => {
    const dir = await tempDir();
    const store = new HistoryStore(dir);
    await store.append(entry('bob@x.test', 'before', 1));
    await appendFile(
      join(dir, 'history', 'bob%40x.test.jsonl'),
      '{"contact":"bob@x.test","text":"half',
    );
    await store.close();
    const after = new HistoryStore(dir);
    await after.append(entry('bob@x.test', 'after', 2));
    // Only the torn line is lost: the next append starts on a line of its own.
    const texts = (await after.query({ contact: 'bob@x.test', limit: 100 })).map((e) => e.text);
    expect(texts).toEqual(['before', 'after']);
  });

  it('searches text case-insensitively across contacts, newest `limit` kept', async () => {
    const store = new HistoryStore(await tempDir());
    await store.append(entry('bob@x.test', 'Lunch at noon?', 1));
    await store.append(entry('amy@x.test', 'no LUNCH today', 2));
    await store.append(entry('amy@x.test', 'bye', 3));
    expect((await store.query({ text: 'lunch', limit: 10 })).map((e) => e.contact)).toEqual([
      'bob@x.test',
      'amy@x.test',
    ]);
    expect((await store.query({ text: 'lunch', limit: 1 })).map((e) => e.contact)).toEqual([
      'amy@x.test',
    ]);
  });

  it('lists a group conversation once in a search, though logged under each person', async () => {
    const store = new HistoryStore(await tempDir());
    const shared = { conversationId: 'g1', from: 'bob@x.test' };
    await store.append(entry('bob@x.test', 'hi all', 5, shared));
    await store.append(entry('amy@x.test', 'hi all', 5, shared));
    expect(await store.query({ text: 'hi all', limit: 10 })).toHaveLength(1);
    expect(await store.query({ contact: 'amy@x.test', limit: 10 })).toHaveLength(1);
  });

  it('lists contacts with history and clears one or all', async () => {
    const store = new HistoryStore(await tempDir());
    await store.append(entry('bob@x.test', 'a', 1));
    await store.append(entry('amy@x.test', 'b', 2));
    expect((await store.contacts()).sort()).toEqual(['amy@x.test', 'bob@x.test']);
    await store.clear('bob@x.test');
    expect(await store.contacts()).toEqual(['amy@x.test']);
    await store.clear();
    expect(await store.query({ limit: 10 })).toEqual([]);
  });

  it('an e-mail cannot escape the history folder', async () => {
    const dir = await tempDir();
    const store = new HistoryStore(dir);
    await store.append(entry('../../evil@x.test', 'x', 1));
    expect((await readdir(join(dir, 'history'))).filter((n) => n !== 'index')).toEqual([
      '..%2F..%2Fevil%40x.test.jsonl',
    ]);
  });
});
