// The contract's schemas refuse bad requests, and the router answers 'invalid' without
// ever calling the service behind the channel.
import { describe, expect, it, vi } from 'vitest';
import { createRouter } from '../../../main/ipc/router';
import type { RequestHandlers } from '../../../main/ipc/router';
import { requestSchemas } from '@shared/ipc/requests';
import type { RequestChannel } from '@shared/ipc/requests';

const origin = { transport: 'web' as const, senderId: 1 };

function spyHandlers(): { handlers: RequestHandlers; calls: string[] } {
  const calls: string[] = [];
  const handlers = new Proxy({} as RequestHandlers, {
    get: (_target, channel: string) => () => {
      calls.push(channel);
      return undefined;
    },
  });
  return { handlers, calls };
}

const goodProfile = {
  id: 'mine',
  name: 'My server',
  host: 'msn.example',
  port: 1863,
  nexusUrl: 'https://msn.example/rdr/pprdr.asp',
  loginUrl: null,
  caCertPem: null,
  pinnedCertSha256: null,
  builtIn: false,
};

const bad: [RequestChannel, unknown][] = [
  [
    'session:signIn',
    {
      email: 'not-an-email',
      status: 'NLN',
      profileId: 'x',
      rememberMe: false,
      rememberPassword: false,
      signInAutomatically: false,
    },
  ],
  [
    'session:signIn',
    {
      email: 'a@b.c',
      status: 'FLN',
      profileId: 'x',
      rememberMe: false,
      rememberPassword: false,
      signInAutomatically: false,
    },
  ],
  ['session:setStatus', { status: 'XYZ' }],
  ['session:setStatus', 'NLN'],
  ['session:setFriendlyName', { name: '   ' }],
  ['contacts:add', { email: 'bob@x.test', groupId: 30 }],
  ['contacts:add', { email: 'bob@x.test', groupId: 1.5 }],
  ['groups:add', { name: 'x'.repeat(62) }],
  ['privacy:set', { blp: 'ALL' }],
  ['conversations:open', { contacts: [] }],
  ['conversations:send', { conversationId: 'c1', clientId: 'k', text: '', format: null }],
  [
    'conversations:send',
    { conversationId: 'c1', clientId: 'k', text: 'hi', format: { font: 'Arial' } },
  ],
  ['settings:update', { patch: { autoAwayMinutes: 0 } }],
  ['settings:update', { patch: { notASetting: true } }],
  // Main chooses the download folder (settings:chooseDownloadFolder); a page cannot name one.
  ['settings:update', { patch: { downloadFolder: '/home/me/.config/autostart' } }],
  ['settings:chooseDownloadFolder', { folder: '/etc' }],
  [
    'profiles:save',
    {
      id: 'p',
      name: 'P',
      host: 'h',
      port: 70000,
      nexusUrl: null,
      loginUrl: null,
      caCertPem: null,
      pinnedCertSha256: null,
      builtIn: false,
    },
  ],
  ['profiles:save', { ...goodProfile, nexusUrl: 'http://msn.example/rdr/pprdr.asp' }],
  ['profiles:save', { ...goodProfile, nexusUrl: null, loginUrl: null }],
  ['profiles:save', { ...goodProfile, host: 'evil host; rm -rf' }],
  ['profiles:save', { ...goodProfile, caCertPem: 'hello' }],
  ['profiles:save', { ...goodProfile, pinnedCertSha256: 'AB:CD' }],
  ['history:query', { limit: 5000 }],
  ['app:openExternal', { url: 'javascript:alert(1)' }],
  ['app:openExternal', { url: 'file:///etc/passwd' }],
  ['app:snapshot', { extra: true }],
];

describe('request validation', () => {
  it.each(bad)('schema of %s refuses %j', (channel, input) => {
    expect(requestSchemas[channel].safeParse(input).success).toBe(false);
  });

  it.each(bad)(
    'router answers invalid for %s without calling the service',
    async (channel, input) => {
      const { handlers, calls } = spyHandlers();
      const response = await createRouter(handlers)(channel, input, origin);
      expect(response.ok).toBe(false);
      if (!response.ok) {
        expect(response.error.code).toBe('invalid');
        expect(response.error.message).toMatch(/not valid/);
      }
      expect(calls).toEqual([]);
    },
  );

  it('refuses a channel that does not exist, including prototype names', async () => {
    const { handlers, calls } = spyHandlers();
    const route = createRouter(handlers);
    for (const channel of ['nope', '__proto__', 'constructor', 'toString']) {
      const response = await route(channel, undefined, origin);
      expect(response).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    expect(calls).toEqual([]);
  });

  it('passes a valid request through, with defaults applied', async () => {
    const seen = vi.fn(() => []);
    const { handlers } = spyHandlers();
    const route = createRouter({ ...handlers, 'history:query': seen } as RequestHandlers);
    const response = await route('history:query', { text: 'hi' }, origin);
    expect(response).toEqual({ ok: true, result: [] });
    expect(seen).toHaveBeenCalledWith({ text: 'hi', limit: 200 }, origin);
  });

  it('accepts a well-formed custom network', () => {
    expect(requestSchemas['profiles:save'].safeParse(goodProfile).success).toBe(true);
    const pinned = { ...goodProfile, pinnedCertSha256: Array(32).fill('AB').join(':') };
    expect(requestSchemas['profiles:save'].safeParse(pinned).success).toBe(true);
  });

  it('accepts a settings patch of known fields without filling in the others', () => {
    const parsed = requestSchemas['settings:update'].parse({ patch: { keepHistory: false } });
    expect(parsed).toEqual({ patch: { keepHistory: false } });
  });

  it('turns a thrown error into failed, without internal details', async () => {
    const { handlers } = spyHandlers();
    const route = createRouter({
      ...handlers,
      'contacts:block': () => {
        throw new Error('socket 10.0.0.1 ECONNRESET ticket=t=abc');
      },
    } as RequestHandlers);
    const response = await route('contacts:block', { email: 'bob@x.test' }, origin);
    expect(response).toEqual({
      ok: false,
      error: { code: 'failed', message: 'That did not work. Please try again.' },
    });
  });
});
