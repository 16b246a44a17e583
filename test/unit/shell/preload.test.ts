// preload/index.ts against a stand-in contextBridge and ipcRenderer: the page gets `window.msn`
// with `request` and `onEvent` and nothing else (no ipcRenderer, no Electron event objects).
import type { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL, requestChannelName } from '@shared/ipc/bridge';
import type { MsnBridge } from '@shared/ipc/bridge';

const stand = vi.hoisted(() => ({
  exposed: [] as { key: string; api: unknown }[],
  invoked: [] as { channel: string; args: unknown[] }[],
  answer: { ok: true, result: undefined } as unknown,
  ipc: null as unknown as EventEmitter,
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const ipc = new Emitter();
  stand.ipc = ipc;
  return {
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => stand.exposed.push({ key, api }),
    },
    ipcRenderer: Object.assign(ipc, {
      invoke: (channel: string, ...args: unknown[]) => {
        stand.invoked.push({ channel, args });
        return Promise.resolve(stand.answer);
      },
    }),
  };
});

beforeEach(async () => {
  vi.resetModules();
  stand.exposed = [];
  stand.invoked = [];
  await import('../../../preload/index');
});

const bridge = (): MsnBridge => stand.exposed[0]?.api as MsnBridge;

describe('preload', () => {
  it('exposes one object, window.msn, with exactly request and onEvent', () => {
    expect(stand.exposed.map((e) => e.key)).toEqual(['msn']);
    const api = bridge() as unknown as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(['onEvent', 'request']);
    expect(typeof api['request']).toBe('function');
    expect(typeof api['onEvent']).toBe('function');
    // Nothing of Electron's reaches the page through it.
    expect(Object.values(api).some((v) => v === stand.ipc)).toBe(false);
  });

  it('request invokes the request channel only, and rejects with the plain error shape', async () => {
    stand.answer = { ok: true, result: { conversationId: 'c1' } };
    await expect(bridge().request('conversations:open', { contacts: ['a@b.c'] })).resolves.toEqual({
      conversationId: 'c1',
    });
    expect(stand.invoked).toEqual([
      { channel: requestChannelName('conversations:open'), args: [{ contacts: ['a@b.c'] }] },
    ]);
    stand.answer = { ok: false, error: { code: 'forbidden', message: 'Not allowed.' } };
    await expect(bridge().request('window:close', undefined)).rejects.toEqual({
      code: 'forbidden',
      message: 'Not allowed.',
    });
  });

  it('onEvent hands the listener the events only, and stops on unsubscribe', () => {
    const received: unknown[] = [];
    const stop = bridge().onEvent((events) => received.push(events));
    const ipcEvent = { sender: stand.ipc, ports: [] };
    stand.ipc.emit(EVENT_CHANNEL, ipcEvent, [{ type: 'sound', sound: 'nudge' }]);
    expect(received).toEqual([[{ type: 'sound', sound: 'nudge' }]]);
    stop();
    stand.ipc.emit(EVENT_CHANNEL, ipcEvent, [{ type: 'sound', sound: 'nudge' }]);
    expect(received).toHaveLength(1);
    expect(stand.ipc.listenerCount(EVENT_CHANNEL)).toBe(0);
  });

  it('nothing listens on other channels', () => {
    bridge().onEvent(() => undefined);
    expect(stand.ipc.eventNames()).toEqual([EVENT_CHANNEL]);
  });
});
