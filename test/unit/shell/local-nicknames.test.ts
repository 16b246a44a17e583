// Names only I see (ui-spec §1.3.2): kept per signed-in account in the user-data folder,
// surviving a restart, validated on read and on request; a damaged file is set aside.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../main/ipc/router';
import { NicknameStore } from '../../../main/services/stores/nickname-store';
import type { CorruptFileNotice } from '../../../main/services/stores/json-file';
import type { Contact } from '@shared/domain';
import { MAX_NICKNAME_CHARS } from '@shared/ipc/limits';
import { makeServices, signInArgs, tempDir } from './support/services';

const origin = { transport: 'web' as const, senderId: 1 };

describe('local nicknames', () => {
  it('a nickname set through the services survives a restart, for that account only', async () => {
    const dir = await tempDir();
    const first = await makeServices(dir);
    await first.services.handlers['session:signIn'](signInArgs, origin);
    await first.services.handlers['contacts:setNickname'](
      { email: 'Bob@Tweener.test', nickname: 'Bobby' },
      origin,
    );
    expect(first.events()).toContainEqual({
      type: 'nicknames',
      epoch: 1,
      account: 'local-demo/me@tweener.test',
      nicknames: { 'bob@tweener.test': 'Bobby' },
    });
    expect(first.services.snapshot().nicknames).toEqual({ 'bob@tweener.test': 'Bobby' });
    await first.services.dispose();
    // Signed out: no account, no nicknames in the snapshot.
    expect(first.services.snapshot().nicknames).toEqual({});

    const second = await makeServices(dir);
    expect(second.services.snapshot().nicknames).toEqual({});
    await second.services.handlers['session:signIn'](signInArgs, origin);
    expect(second.services.snapshot().nicknames).toEqual({ 'bob@tweener.test': 'Bobby' });
    // Signing in announces the account's names to every window.
    expect(second.events()).toContainEqual({
      type: 'nicknames',
      epoch: 1,
      account: 'local-demo/me@tweener.test',
      nicknames: { 'bob@tweener.test': 'Bobby' },
    });
    // Another account on this computer does not see them.
    const store = await NicknameStore.open(dir, () => undefined);
    expect(store.forAccount('someone-else@tweener.test')).toEqual({});
    expect(store.forAccount(signInArgs.email)).toEqual({ 'bob@tweener.test': 'Bobby' });
    await second.services.dispose();
  });

  it('desktop alerts use the nickname: sign-in and message toasts', async () => {
    const dir = await tempDir();
    const { services, clients, desktop } = await makeServices(dir);
    const signing = services.handlers['session:signIn'](signInArgs, origin);
    const bob: Contact = {
      email: 'bob@x.test',
      friendlyName: 'Bob',
      lists: 11,
      groupIds: [0],
      status: 'FLN',
      capabilities: 0,
      phones: {},
    };
    clients.last().emit('contact', bob);
    await signing;
    await services.handlers['contacts:setNickname'](
      { email: 'bob@x.test', nickname: 'Bobby' },
      origin,
    );
    clients.last().emit('contact', { ...bob, status: 'NLN' });
    clients.last().emit('message', {
      id: 'm1',
      conversationId: 'c1',
      direction: 'in',
      from: 'bob@x.test',
      fromName: 'Bob',
      text: 'hi',
      format: null,
      time: Date.now(),
    });
    expect(desktop.toasts.map((t) => [t.title, t.text])).toEqual([
      ['Tweener', '\u2068Bobby\u2069 has just signed in.'],
      ['\u2068Bobby\u2069 says:', 'hi'],
    ]);
    await services.dispose();
  });

  it('null or a blank name clears it, on disk too', async () => {
    const dir = await tempDir();
    const store = await NicknameStore.open(dir, () => undefined);
    await store.set('me@tweener.test', 'bob@tweener.test', 'Bobby');
    await store.set('me@tweener.test', 'carol@tweener.test', 'Caz');
    expect(await store.set('me@tweener.test', 'bob@tweener.test', null)).toEqual({
      'carol@tweener.test': 'Caz',
    });
    expect(await store.set('me@tweener.test', 'carol@tweener.test', '   ')).toEqual({});
    const reopened = await NicknameStore.open(dir, () => undefined);
    expect(reopened.forAccount('me@tweener.test')).toEqual({});
  });

  it('setting a nickname while signed out is refused with words for a person', async () => {
    const dir = await tempDir();
    const { services } = await makeServices(dir);
    const router = createRouter(services.handlers);
    const answer = await router(
      'contacts:setNickname',
      { email: 'bob@tweener.test', nickname: 'Bobby' },
      origin,
    );
    expect(answer).toEqual({ ok: false, error: { code: 'invalid', message: 'Sign in first.' } });
  });

  it.each([
    ['too long', { email: 'bob@tweener.test', nickname: 'x'.repeat(MAX_NICKNAME_CHARS + 1) }],
    ['a control character', { email: 'bob@tweener.test', nickname: 'Bo\u0007b' }],
    ['not an e-mail', { email: 'bob', nickname: 'Bobby' }],
    ['a missing nickname', { email: 'bob@tweener.test' }],
  ])('the request schema refuses %s and the service is never called', async (_label, input) => {
    const dir = await tempDir();
    const { services } = await makeServices(dir);
    await services.handlers['session:signIn'](signInArgs, origin);
    const router = createRouter(services.handlers);
    const answer = await router('contacts:setNickname', input, origin);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(services.snapshot().nicknames).toEqual({});
    await services.dispose();
  });

  it.each([
    ['not JSON', '{"version": 1,'],
    [
      'a name that is too long',
      JSON.stringify({
        version: 1,
        accounts: { 'me@tweener.test': { 'bob@tweener.test': 'x'.repeat(500) } },
      }),
    ],
    ['a wrong shape', JSON.stringify({ 'bob@tweener.test': 'Bobby' })],
  ])('a file with %s is set aside and the app starts with none', async (_label, text) => {
    const dir = await tempDir();
    await writeFile(join(dir, 'nicknames.json'), text);
    const notices: CorruptFileNotice[] = [];
    const store = await NicknameStore.open(dir, (notice) => notices.push(notice));
    expect(store.forAccount('me@tweener.test')).toEqual({});
    expect(notices).toHaveLength(1);
    const files = await readdir(dir);
    const corrupt = files.find((name) => /^nicknames\.json\.corrupt-/.test(name));
    expect(corrupt).toBeDefined();
    expect(await readFile(join(dir, corrupt ?? ''), 'utf8')).toBe(text);
    // And a new name is saved to a good file.
    await store.set('me@tweener.test', 'bob@tweener.test', 'Bobby');
    const reopened = await NicknameStore.open(dir, () => undefined);
    expect(reopened.forAccount('me@tweener.test')).toEqual({ 'bob@tweener.test': 'Bobby' });
  });
});
