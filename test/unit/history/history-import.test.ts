// Importing Pidgin (HTML and plain text) and aMSN logs written for these tests: UTF-8 and the
// old Windows code page, HTML entities, messages over several lines, a conversation past
// midnight, two accounts. A preview comes first; importing twice adds nothing.
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '@shared/ipc/history';
import { HistoryStore } from '../../../main/services/history/history-store';
import { HistoryImporter } from '../../../main/services/history/import/importer';
import { historyDir } from './support';

const FIXTURES = join(import.meta.dirname, '../../fixtures/history-import');
const stores: HistoryStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

async function setUp() {
  const dir = await historyDir();
  const store = new HistoryStore(dir);
  stores.push(store);
  const events: ImportProgress[] = [];
  let finished: (p: ImportProgress) => void = () => undefined;
  const importer = new HistoryImporter(
    { append: (e) => store.append(e), reindex: () => store.reindex(), dir: store.dir },
    (progress) => {
      events.push(progress);
      if (progress.state !== 'running') finished(progress);
    },
  );
  const run = async (folder: string, pick?: (id: string) => boolean) => {
    const preview = await importer.preview(folder);
    const done = new Promise<ImportProgress>((resolve) => (finished = resolve));
    importer.start(
      preview.importId,
      preview.sources.map((s) => s.id).filter((id) => pick?.(id) ?? true),
    );
    return { preview, result: await done };
  };
  return { dir, store, importer, events, run };
}

const all = async (store: HistoryStore, contact: string) =>
  (await store.query({ contact, limit: 1000 })).map((e) => ({
    direction: e.direction,
    fromName: e.fromName,
    text: e.text,
    at: new Date(e.time).toISOString(),
  }));

describe('importing other clients’ logs', () => {
  it('previews what each account and contact holds, without writing anything', async () => {
    const { importer, store } = await setUp();
    const preview = await importer.preview(FIXTURES);
    const summary = preview.sources
      .map((s) => `${s.format} ${s.account} → ${s.contact}: ${s.messages}/${s.newMessages}`)
      .sort();
    expect(summary).toEqual([
      'amsn alice_hotmail_com → erin@hotmail.com: 2/2',
      'amsn alice_hotmail_com → frank@hotmail.com: 2/2',
      'pidgin-html alice2@msn.com → dave@hotmail.com: 2/2',
      'pidgin-html alice@hotmail.com → bob@hotmail.com: 4/4',
      'pidgin-text alice@hotmail.com → bob@hotmail.com: 2/2',
      'pidgin-text alice@hotmail.com → carol@hotmail.com: 2/2',
    ]);
    expect(preview.skippedFiles).toBeGreaterThanOrEqual(2); // a README and the .system log
    expect(await store.contacts()).toEqual([]);
  });

  it('imports Pidgin HTML: entities, line breaks, our side by colour, past midnight', async () => {
    const { store, run } = await setUp();
    const { result } = await run(join(FIXTURES, 'purple'));
    expect(result).toMatchObject({ state: 'done', imported: 10, skipped: 0, total: 10 });
    expect(await all(store, 'bob@hotmail.com')).toEqual([
      {
        direction: 'in',
        fromName: 'Bob',
        text: 'Café tonight? Fish & chips <3',
        at: '2007-06-14T19:30:15.000Z',
      },
      {
        direction: 'out',
        fromName: 'Alice',
        text: "Sure!\nLet's meet at 8\nat the “usual” place",
        at: '2007-06-14T19:30:40.000Z',
      },
      {
        direction: 'in',
        fromName: 'Bob',
        text: '日本語のメッセージ — naïve bold',
        at: '2007-06-14T21:59:59.000Z',
      },
      { direction: 'in', fromName: 'Bob', text: 'after midnight', at: '2007-06-14T22:00:05.000Z' },
      // Plain text: Alice is us because she speaks in more than one contact's logs.
      { direction: 'in', fromName: 'Bob', text: 'morning', at: '2007-06-15T07:30:05.000Z' },
      {
        direction: 'out',
        fromName: 'Alice',
        text: 'good morning\nthis message has\nthree lines',
        at: '2007-06-15T07:30:10.000Z',
      },
    ]);
    // The second account's logs map to its own contact, our side from the colour.
    expect(await all(store, 'dave@hotmail.com')).toEqual([
      {
        direction: 'out',
        fromName: 'Ally',
        text: 'hi dave from my other account',
        at: '2009-03-04T15:10:20.000Z',
      },
      { direction: 'in', fromName: 'Dave', text: 'hey', at: '2009-03-04T15:11:00.000Z' },
    ]);
    // Imported messages are searchable like our own, in time order.
    const found = await store.search({ text: 'cafe', limit: 10 });
    expect(found.hits.map((h) => h.contact)).toEqual(['bob@hotmail.com']);
  });

  it('imports aMSN logs in the old code page and in UTF-8, with colour codes removed', async () => {
    const { store, run } = await setUp();
    await run(join(FIXTURES, 'amsn'));
    expect(await all(store, 'erin@hotmail.com')).toEqual([
      {
        direction: 'in',
        fromName: 'Erin',
        text: 'Salut, ça va? Très bien',
        at: '2006-02-03T18:00:05.000Z',
      },
      {
        direction: 'out',
        fromName: 'Alice',
        text: 'oui, et toi?\nsecond line of alice',
        at: '2006-02-03T18:00:20.000Z',
      },
    ]);
    expect(await all(store, 'frank@hotmail.com')).toEqual([
      {
        direction: 'in',
        fromName: 'Frank',
        text: 'hello from 2012 😀',
        at: '2012-04-07T12:00:05.000Z',
      },
      {
        direction: 'out',
        fromName: 'Alice',
        text: 'hi frank\nand a second line',
        at: '2012-04-07T12:00:10.000Z',
      },
    ]);
  });

  it('never imports the same messages twice, even from a copy of the folder', async () => {
    const { store, run, importer } = await setUp();
    await run(FIXTURES);
    const before = (await store.query({ limit: 1000 })).length;
    expect(before).toBe(14);
    const copy = join(await historyDir(), 'copy');
    await cp(FIXTURES, copy, { recursive: true });
    const again = await importer.preview(copy);
    expect(again.sources.every((s) => s.newMessages === 0)).toBe(true);
    const { result } = await run(copy);
    expect(result).toMatchObject({ state: 'done', imported: 0, skipped: 14 });
    expect(await store.query({ limit: 1000 })).toHaveLength(before);
  });

  it('imports only the chosen sources, and a cancelled import keeps what it wrote', async () => {
    const { store, run, importer, events } = await setUp();
    const preview = await importer.preview(FIXTURES);
    const carol = preview.sources.find((s) => s.contact === 'carol@hotmail.com')!;
    await run(FIXTURES, (id) => id === carol.id);
    expect(await store.contacts()).toEqual(['carol@hotmail.com']);
    expect(events.some((e) => e.state === 'running')).toBe(true);

    const next = await importer.preview(FIXTURES);
    importer.start(
      next.importId,
      next.sources.map((s) => s.id),
    );
    importer.cancel(next.importId);
    const last = await new Promise<ImportProgress>((resolve) => {
      const check = setInterval(() => {
        const final = events.at(-1);
        if (final && final.importId === next.importId && final.state !== 'running') {
          clearInterval(check);
          resolve(final);
        }
      }, 10);
    });
    expect(last.state).toBe('cancelled');
    expect(last.imported).toBeLessThan(12);
  });
});
