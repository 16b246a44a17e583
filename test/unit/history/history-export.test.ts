// Exports read back: plain text line by line, MSN Messenger's XML message log (parsed back to
// the same messages and sessions), one contact or everyone.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../main/services/history/history-store';
import { entry, historyDir } from './support';

async function filled(): Promise<{ store: HistoryStore; dir: string }> {
  const dir = await historyDir();
  const store = new HistoryStore(dir);
  await store.append(
    entry('bob@x.test', 'hi & <welcome>', Date.UTC(2024, 0, 1, 10), { conversationId: 'a' }),
  );
  await store.append(
    entry('bob@x.test', 'two\nlines "quoted"', Date.UTC(2024, 0, 1, 11), {
      conversationId: 'a',
      direction: 'out',
      from: 'me@x.test',
      fromName: 'Me',
    }),
  );
  await store.append(entry('bob@x.test', 'new day', Date.UTC(2024, 0, 2), { conversationId: 'b' }));
  await store.append(
    entry('amy@x.test', 'from amy\u0001', Date.UTC(2024, 0, 3), { conversationId: 'c' }),
  );
  return { store, dir };
}

/** A reader for the XML log's shape, as another program would read it back. */
function readXmlLog(xml: string) {
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  const root = /<Log FirstSessionID="(\d+)" LastSessionID="(\d+)">/.exec(xml);
  const messages = [
    ...xml.matchAll(
      /<Message Date="[^"]+" Time="[^"]+" DateTime="([^"]+)" SessionID="(\d+)"><From><User FriendlyName="([^"]*)"\/><\/From><To><User FriendlyName="([^"]*)"\/><\/To><Text Style="[^"]*">([^<]*)<\/Text><\/Message>/g,
    ),
  ].map((m) => ({
    time: Date.parse(m[1]!),
    session: Number(m[2]),
    from: unescape(m[3]!),
    to: unescape(m[4]!),
    text: unescape(m[5]!),
  }));
  return {
    first: Number(root?.[1]),
    last: Number(root?.[2]),
    messages,
    closed: xml.trimEnd().endsWith('</Log>'),
  };
}

describe('history export', () => {
  it('writes MSN Messenger XML that reads back to the same messages', async () => {
    const { store, dir } = await filled();
    const path = join(dir, 'bob.xml');
    expect(await store.export('xml', path, 'bob@x.test')).toBe(3);
    const log = readXmlLog(await readFile(path, 'utf8'));
    const original = await store.query({ contact: 'bob@x.test', limit: 10 });
    expect(log.closed).toBe(true);
    expect([log.first, log.last]).toEqual([1, 2]);
    expect(log.messages).toEqual(
      original.map((e, i) => ({
        time: e.time,
        session: i < 2 ? 1 : 2,
        from: e.fromName,
        to: e.direction === 'out' ? 'bob@x.test' : 'Me',
        text: e.text,
      })),
    );
    await store.close();
  });

  it('exports everyone as text, contact by contact, dropping characters XML forbids', async () => {
    const { store, dir } = await filled();
    const text = join(dir, 'all.txt');
    expect(await store.export('text', text)).toBe(4);
    const lines = (await readFile(text, 'utf8')).split('\n');
    expect(lines).toContain('=== Conversation with bob@x.test ===');
    expect(lines).toContain('=== Conversation with amy@x.test ===');
    expect(lines.some((l) => l.endsWith('Me: two'))).toBe(true);
    expect(lines).toContain('    lines "quoted"');
    const xml = join(dir, 'all.xml');
    await store.export('xml', xml);
    const log = readXmlLog(await readFile(xml, 'utf8'));
    expect(log.messages.map((m) => m.text)).toContain('from amy');
    expect(log.last).toBe(3);
    await store.close();
  });
});
