// Options → Connection: the network profile form keeps the switchboard address
// (msnp8/README.md §11) as typed and tidies it on Save; empty means the address the server names.
import { describe, expect, it } from 'vitest';
import type { NetworkProfile } from '@shared/domain';
import {
  blankProfile,
  isIpAddress,
  toForm,
  toProfile,
} from '../../../../renderer/src/components/options/profile-form';

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

describe('network profile form', () => {
  it('the Connection form keeps it as typed and trims it on Save; empty means none', () => {
    const form = toForm(custom);
    expect(form.switchboardAddress).toBe('sb.example.com:1864');
    expect(
      toProfile(custom, { ...form, switchboardAddress: '  sb2.example.com:1865 ' }),
    ).toMatchObject({ switchboardAddress: 'sb2.example.com:1865' });
    expect(toProfile(custom, { ...form, switchboardAddress: '   ' }).switchboardAddress).toBeNull();
    expect(toForm(blankProfile()).switchboardAddress).toBe('');
    const { switchboardAddress: _old, ...older } = custom;
    expect(toForm(older).switchboardAddress).toBe('');
  });

  it('a pasted pin is tidied to grouped upper-case hex; removing it clears it', () => {
    const form = toForm(custom);
    const pasted = `  ${'ab'.repeat(16)} ${'cd'.repeat(16)}\n`;
    expect(toProfile(custom, { ...form, pinnedCertSha256: pasted }).pinnedCertSha256).toBe(
      [...Array(16).fill('AB'), ...Array(16).fill('CD')].join(':'),
    );
    // Not a fingerprint: kept as typed, so main's refusal shows under the form.
    expect(toProfile(custom, { ...form, pinnedCertSha256: 'abc' }).pinnedCertSha256).toBe('abc');
    expect(toProfile(custom, { ...form, pinnedCertSha256: '' }).pinnedCertSha256).toBeNull();
  });

  it('other Passport hosts are a list; IP addresses are recognised for the host-name note', () => {
    const form = toForm(custom);
    expect(
      toProfile(custom, { ...form, passportHosts: 'a.example.com, b.example.com  c.example' })
        .passportHosts,
    ).toEqual(['a.example.com', 'b.example.com', 'c.example']);
    expect(toProfile(custom, { ...form, passportHosts: ' ' }).passportHosts).toBeNull();
    expect(isIpAddress('127.0.0.1')).toBe(true);
    expect(isIpAddress('[::1]')).toBe(true);
    expect(isIpAddress('msn.example.net')).toBe(false);
  });
});

describe('the connection fields (http-gateway.md §4, §5)', () => {
  it('default to automatic, and a chosen gateway and proxy come back as saved', () => {
    const form = toForm(blankProfile());
    expect(form.connectionMode).toBe('automatic');
    expect(toProfile(blankProfile(), form).connection).toEqual({
      mode: 'automatic',
      gateway: null,
      proxy: null,
    });
    const chosen = toProfile(blankProfile(), {
      ...form,
      connectionMode: 'gateway',
      gateway: ' gw.example.net:8080 ',
      proxyKind: 'socks5',
      proxyHost: ' proxy.lan ',
      proxyPort: '',
      proxyUser: 'me',
      proxyPassword: 'never in the profile',
    });
    expect(chosen.connection).toEqual({
      mode: 'gateway',
      gateway: 'gw.example.net:8080',
      proxy: { kind: 'socks5', host: 'proxy.lan', port: 1080, username: 'me' },
    });
    expect(JSON.stringify(chosen)).not.toContain('never in the profile');
    expect(toForm(chosen)).toMatchObject({
      proxyKind: 'socks5',
      proxyPort: '1080',
      proxyPassword: '',
    });
  });
});
