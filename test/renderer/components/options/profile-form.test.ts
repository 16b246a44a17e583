// Options → Connection: the network profile form keeps the switchboard address (msnp8
// README.md §11) as typed and tidies it on Save; empty means the address the server names.
import { describe, expect, it } from 'vitest';
import type { NetworkProfile } from '../../../../shared/domain';
import {
  blankProfile,
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
});
