// A network's connection choice (automatic, direct, gateway; a proxy) reaches the core as it
// was saved, and the proxy password is kept sealed apart from the profiles a page can read.
// reference: msnp8 http-gateway.md §4, §5
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NetworkProfile } from '@shared/domain';
import { connectionSetting } from '../../../main/services/account/msn-client-factory';
import { DEFAULT_LOCAL_PROFILE } from '../../../main/services/stores/profile-store';
import { makeServices, tempDir } from './support/services';

const origin = { transport: 'web', senderId: 1 } as const;
const PROXY_PASSWORD = 'pr0xy-Pa55!';

describe('the connection setting the core gets', () => {
  it('is automatic when the network says nothing', () => {
    expect(connectionSetting(DEFAULT_LOCAL_PROFILE, null)).toEqual({
      mode: 'automatic',
      proxy: null,
    });
  });

  it('carries the gateway address (port 80 unless given) and the proxy with its password', () => {
    const profile: NetworkProfile = {
      ...DEFAULT_LOCAL_PROFILE,
      connection: {
        mode: 'gateway',
        gateway: 'gw.example.net',
        proxy: { kind: 'socks5', host: 'proxy.lan', port: 1080, username: 'me' },
      },
    };
    expect(connectionSetting(profile, 'secret')).toEqual({
      mode: 'gateway',
      gateway: { host: 'gw.example.net', port: 80 },
      proxy: { kind: 'socks5', host: 'proxy.lan', port: 1080, username: 'me', password: 'secret' },
    });
  });
});

describe('proxy passwords', () => {
  it('are kept sealed apart, never in profiles, and can be forgotten', async () => {
    const dir = await tempDir();
    const { services } = await makeServices(dir);
    const profile: NetworkProfile = {
      ...DEFAULT_LOCAL_PROFILE,
      id: 'behind-proxy',
      name: 'Behind a proxy',
      builtIn: false,
      connection: {
        mode: 'direct',
        proxy: { kind: 'http', host: 'proxy.lan', port: 8080, username: 'me' },
      },
    };
    await services.handlers['profiles:save'](profile, origin);
    await services.handlers['profiles:setProxyPassword'](
      { profileId: 'behind-proxy', password: PROXY_PASSWORD },
      origin,
    );
    expect(services.proxySecrets.password('behind-proxy')).toBe(PROXY_PASSWORD);
    expect(JSON.stringify(services.snapshot())).not.toContain(PROXY_PASSWORD);
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const bytes = await readFile(join(entry.parentPath, entry.name));
      expect(bytes.includes(Buffer.from(PROXY_PASSWORD))).toBe(false);
    }
    await services.handlers['profiles:setProxyPassword'](
      { profileId: 'behind-proxy', password: null },
      origin,
    );
    expect(services.proxySecrets.password('behind-proxy')).toBeNull();
    await services.dispose();
  });

  it('only for a saved network', async () => {
    const { services } = await makeServices(await tempDir());
    await expect(
      services.handlers['profiles:setProxyPassword']({ profileId: 'nope', password: 'x' }, origin),
    ).rejects.toThrow('That network is not saved.');
    await services.dispose();
  });
});
