// The page's WebSocket to the harness can drop (a laptop sleeping, the harness busy): the
// bridge reconnects by itself and tells the page so, and the page takes a fresh snapshot with
// what happened meanwhile (events sent while the link was down are lost).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { startWebHarness } from '../../../main/web/harness';
import type { WebHarness } from '../../../main/web/harness';
import { DEFAULT_LOCAL_PROFILE } from '../../../main/services/stores/profile-store';
import { createWireBridge } from '@shared/ipc/wire-bridge';
import type { WireBridge, WireSocket } from '@shared/ipc/wire-bridge';
import { fakeClients } from '../../unit/shell/support/fake-client';
import { minimalRendererDir } from './support/harness-peer';

let harness: WebHarness;
let bridge: WireBridge;
const sockets: NodeWebSocket[] = [];

beforeAll(async () => {
  harness = await startWebHarness({
    profile: DEFAULT_LOCAL_PROFILE,
    userDataDir: await mkdtemp(join(tmpdir(), 'tweener-reconnect-')),
    rendererDir: await minimalRendererDir(),
    clients: fakeClients(),
  });
  const origin = new URL(harness.url).origin;
  bridge = createWireBridge(`${harness.url.replace('http:', 'ws:')}msn`, (url) => {
    const ws = new NodeWebSocket(url, { origin });
    sockets.push(ws);
    return ws as unknown as WireSocket;
  });
});

afterAll(async () => {
  bridge.close();
  await harness.stop();
});

describe('web bridge reconnect', () => {
  it('reconnects after the link drops, says so, and the snapshot has what was missed', async () => {
    const first = await bridge.request('app:snapshot', undefined);
    expect(first.settings.playSounds).toBe(true);
    let reconnects = 0;
    const reconnected = new Promise<void>((resolve) =>
      bridge.onReconnect(() => {
        reconnects += 1;
        resolve();
      }),
    );

    // The link drops; meanwhile main changes a setting (its event reaches no one).
    const dropped = sockets[0];
    const closed = new Promise((resolve) => dropped?.once('close', resolve));
    dropped?.terminate();
    await closed;
    const changed = await harness.services.settings.update({ playSounds: false });
    harness.services.emit({ type: 'settings', settings: changed });

    await reconnected;
    expect(reconnects).toBe(1);
    expect(sockets.length).toBe(2);
    const fresh = await bridge.request('app:snapshot', undefined);
    expect(fresh.settings.playSounds).toBe(false);
  });
});
