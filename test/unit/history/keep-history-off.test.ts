// "Keep a history of my conversations" off really stops writing: messages in both directions
// leave no file (no log, no index) in the user-data folder; turned on again, they are kept.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeServices, signInArgs, tempDir } from '../shell/support/services';

const origin = { transport: 'web' as const, senderId: 1 };

async function everyFile(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(join(entry.parentPath, entry.name).slice(dir.length + 1));
  }
  return out.sort();
}

describe('keep history off', () => {
  it('writes nothing for messages in or out, and writes again once on', async () => {
    const dir = await tempDir();
    const { services, clients } = await makeServices(dir);
    await services.handlers['settings:update']({ patch: { keepHistory: false } }, origin);
    await services.handlers['session:signIn'](signInArgs, origin);
    const client = clients.last();
    client.emit('conversation', { id: 'c1', participants: ['bob@x.test'], state: 'ready' });
    const before = await everyFile(dir);
    await services.handlers['conversations:send'](
      { conversationId: 'c1', clientId: 'k1', text: 'not kept, mine', format: null },
      origin,
    );
    const message = (id: string, text: string) => ({
      id,
      conversationId: 'c1',
      direction: 'in' as const,
      from: 'bob@x.test',
      fromName: 'Bob',
      text,
      format: null,
      time: Date.now(),
    });
    client.emit('message', message('m1', 'not kept, theirs'));
    await services.history.settle();
    await services.history.index.settle();
    expect(await everyFile(dir)).toEqual(before);
    expect(before.some((f) => f.startsWith('history'))).toBe(false);

    await services.handlers['settings:update']({ patch: { keepHistory: true } }, origin);
    client.emit('message', message('m2', 'kept'));
    await services.history.settle();
    const page = await services.handlers['history:search']({ text: 'kept', limit: 30 }, origin);
    expect(page.hits.map((h) => h.text)).toEqual(['kept']);
    await services.dispose();
  });
});
