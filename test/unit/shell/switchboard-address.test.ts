// The per-network switchboard address override (msnp8/README.md §11): parsed and validated in
// the IPC contract, kept by the profile store, tidied by the Connection form, and handed to the
// MsnClient the factory builds (the Connection form: test/renderer/components/options/).
import { describe, expect, it } from 'vitest';
import type { NetworkProfile } from '@shared/domain';
import { parseHostPort } from '@shared/host-port';
import { requestSchemas } from '@shared/ipc/requests';
import { MsnClient } from '../../../main/msnp/client';
import { createClientFactory } from '../../../main/services/account/msn-client-factory';
import { ProfileStore, DEFAULT_LOCAL_PROFILE } from '../../../main/services/stores/profile-store';
import { tempDir } from './support/services';

const custom: NetworkProfile = {
  id: 'custom-1',
  name: 'Revival',
  host: 'ns.example.com',
  port: 1863,
  nexusUrl: 'https://login.example.com/rdr/pprdr.asp',
  loginUrl: null,
  caCertPem: null,
  pinnedCertSha256: null,
  switchboardAddress: 'sb.example.com:1864',
  builtIn: false,
};

describe('switchboard address override', () => {
  it('parses host:port, IPv4 and bracketed IPv6, and refuses anything else', () => {
    expect(parseHostPort('sb.example.com:1864')).toEqual({ host: 'sb.example.com', port: 1864 });
    expect(parseHostPort(' 10.0.0.5:1864 ')).toEqual({ host: '10.0.0.5', port: 1864 });
    expect(parseHostPort('[::1]:1864')).toEqual({ host: '::1', port: 1864 });
    for (const bad of [
      '',
      'sb.example.com',
      'sb.example.com:',
      'sb.example.com:0',
      'sb.example.com:65536',
      'sb.example.com:18a4',
      'tcp://sb.example.com:1864',
      'sb example.com:1864',
      '::1:1864',
      '-sb.example.com:1864',
    ]) {
      expect(parseHostPort(bad), bad).toBeNull();
    }
  });

  it('is optional in the IPC schema, and validated when given', () => {
    const schema = requestSchemas['profiles:save'];
    const { switchboardAddress: _omitted, ...without } = custom;
    expect(schema.safeParse(without).success).toBe(true);
    expect(schema.safeParse({ ...custom, switchboardAddress: null }).success).toBe(true);
    const parsed = schema.safeParse(custom);
    expect(parsed.success && parsed.data.switchboardAddress).toBe('sb.example.com:1864');
    expect(schema.safeParse({ ...custom, switchboardAddress: 'sb.example.com' }).success).toBe(
      false,
    );
    expect(schema.safeParse({ ...custom, switchboardAddress: 'x:99999' }).success).toBe(false);
  });

  it('survives a restart of the profile store', async () => {
    const dir = await tempDir();
    const store = await ProfileStore.open(dir, DEFAULT_LOCAL_PROFILE, () => undefined);
    await store.save(custom);
    const reopened = await ProfileStore.open(dir, DEFAULT_LOCAL_PROFILE, () => undefined);
    expect(reopened.get('custom-1')?.switchboardAddress).toBe('sb.example.com:1864');
  });

  it('reaches the MsnClient the factory builds, parsed; absent means none', async () => {
    const factory = createClientFactory({
      userDataDir: await tempDir(),
      downloadDir: () => '/tmp',
      onCorrupt: () => undefined,
    });
    const client = factory.create(custom, 'me@example.com');
    expect(client).toBeInstanceOf(MsnClient);
    expect((client as MsnClient).options.switchboardAddress).toEqual({
      host: 'sb.example.com',
      port: 1864,
    });
    const plain = factory.create({ ...custom, switchboardAddress: null }, 'me@example.com');
    expect((plain as MsnClient).options.switchboardAddress).toBeNull();
  });
});
