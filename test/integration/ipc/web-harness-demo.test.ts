// demo mode: the sign-in screen offers the demo accounts, passwords remembered (encrypted).
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startWebHarness } from '../../../main/web/harness';
import { DEFAULT_LOCAL_PROFILE } from '../../../main/services/stores/profile-store';
import type { Snapshot } from '@shared/ipc/events';
import type { WireMessage } from '@shared/ipc/wire';
import { fakeClients } from '../../unit/shell/support/fake-client';
import { minimalRendererDir } from './support/harness-peer';
import { loadDemoAccounts } from '../../demo/demo-accounts';

async function snapshotOver(url: string): Promise<Snapshot> {
  const ws = new WebSocket(`${url.replace('http:', 'ws:')}msn`, { origin: new URL(url).origin });
  await new Promise((resolve) => ws.on('open', resolve));
  const reply = new Promise<WireMessage>((resolve) =>
    ws.on('message', (data) => resolve(JSON.parse(String(data)) as WireMessage)),
  );
  ws.send(JSON.stringify({ id: 1, channel: 'app:snapshot' }));
  const message = await reply;
  ws.close();
  if (message.kind !== 'response' || !message.response.ok) throw new Error('no snapshot');
  return message.response.result as Snapshot;
}

describe('web harness demo mode', () => {
  it('remembers the demo accounts, the first one first, without clear passwords on disk', async () => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'tweener-demo-'));
    const harness = await startWebHarness({
      profile: DEFAULT_LOCAL_PROFILE,
      userDataDir,
      rendererDir: await minimalRendererDir(),
      demoAccounts: await loadDemoAccounts(),
      clients: fakeClients(),
    });
    try {
      const snapshot = await snapshotOver(harness.url);
      expect(snapshot.accounts.map((a) => [a.email, a.hasPassword, a.profileId])).toEqual([
        ['alice@tweener.test', true, 'local-demo'],
        ['bob@tweener.test', true, 'local-demo'],
        ['carol@tweener.test', true, 'local-demo'],
      ]);
      const credentials = await readFile(join(userDataDir, 'credentials.json'), 'utf8');
      expect(credentials).not.toMatch(/"tweener"|:\s*"tweener/);
      expect(JSON.parse(credentials)).toHaveProperty(['alice@tweener.test']);
      expect(await readdir(userDataDir)).toEqual(
        expect.arrayContaining(['accounts.json', 'secret.key']),
      );
    } finally {
      await harness.stop();
    }
  });
});
