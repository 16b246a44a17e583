// `.tweener-network` files: what a good one becomes, and clear refusals of malformed,
// oversized and hostile ones (a password field, prototype tricks, http addresses, huge PEMs).
import { describe, expect, it } from 'vitest';
import type { NetworkProfile } from '@shared/domain';
import {
  MAX_NETWORK_FILE_CHARS,
  networkFileName,
  networkFileText,
  parseNetworkFile,
} from '@shared/ipc/network-file';

const PIN = 'ab'.repeat(32);
const GROUPED_PIN = 'AB:'.repeat(31) + 'AB';
const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

const good = {
  format: 'tweener-network',
  version: 1,
  name: 'Home network',
  host: 'msn.example.net',
  port: 1863,
  nexusUrl: 'https://msn.example.net/rdr/pprdr.asp',
  caCertPem: PEM,
  pinnedCertSha256: PIN,
  switchboardAddress: 'sb.example.net:1864',
};

const parse = (value: unknown) =>
  parseNetworkFile(typeof value === 'string' ? value : JSON.stringify(value), 'custom-new');

function refusal(value: unknown): string {
  const result = parse(value);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('network files', () => {
  it('a good file becomes a custom profile, the pin grouped', () => {
    const result = parse(good);
    expect(result).toEqual({
      ok: true,
      profile: {
        id: 'custom-new',
        name: 'Home network',
        host: 'msn.example.net',
        port: 1863,
        nexusUrl: 'https://msn.example.net/rdr/pprdr.asp',
        loginUrl: null,
        caCertPem: PEM,
        pinnedCertSha256: GROUPED_PIN,
        switchboardAddress: 'sb.example.net:1864',
        passportHosts: null,
        builtIn: false,
      },
    });
  });

  it('export then import gives the same network, and the file holds no secret fields', () => {
    const profile: NetworkProfile = {
      id: 'custom-1',
      name: 'Röntgen & Co',
      host: '192.0.2.7',
      port: 1864,
      nexusUrl: null,
      loginUrl: 'https://192.0.2.7/login2.srf',
      caCertPem: null,
      pinnedCertSha256: GROUPED_PIN,
      switchboardAddress: null,
      builtIn: false,
    };
    const text = networkFileText(profile);
    expect(Object.keys(JSON.parse(text) as object).sort()).toEqual(
      [
        'caCertPem',
        'format',
        'host',
        'loginUrl',
        'name',
        'nexusUrl',
        'passportHosts',
        'pinnedCertSha256',
        'port',
        'switchboardAddress',
        'version',
      ].sort(),
    );
    const back = parseNetworkFile(text, 'custom-2');
    expect(back).toEqual({
      ok: true,
      profile: { ...profile, id: 'custom-2', passportHosts: null },
    });
    expect(networkFileName(profile)).toBe('Rntgen  Co.tweener-network');
  });

  it("carries the network's HTTP gateway, but never a proxy or a way to connect", () => {
    const profile: NetworkProfile = {
      id: 'custom-1',
      name: 'Behind a firewall',
      host: 'msn.example.net',
      port: 1863,
      nexusUrl: 'https://msn.example.net/rdr/pprdr.asp',
      loginUrl: null,
      caCertPem: null,
      pinnedCertSha256: null,
      connection: {
        mode: 'direct',
        gateway: 'gw.example.net:8080',
        proxy: { kind: 'socks5', host: '10.0.0.1', port: 1080, username: 'me' },
      },
      builtIn: false,
    };
    const text = networkFileText(profile);
    expect(JSON.parse(text)).toMatchObject({ gateway: 'gw.example.net:8080' });
    expect(text).not.toMatch(/proxy|socks|10\.0\.0\.1|"mode"|"me"/);
    const back = parseNetworkFile(text, 'custom-2');
    expect(back.ok && back.profile.connection).toEqual({
      mode: 'automatic',
      gateway: 'gw.example.net:8080',
    });
    expect(refusal({ ...good, proxy: { host: 'evil.example', port: 1080 } })).toMatch(
      /fields a network file does not have \(proxy\)/,
    );
    expect(refusal({ ...good, gateway: 'not a host!' })).toMatch(/host or host:port/);
  });

  it.each([
    ['not JSON', '{ name: "x" ', /not JSON/],
    ['an array', '[1,2]', /not a JSON object/],
    ['null', 'null', /not a JSON object/],
    ['another format', { ...good, format: 'other' }, /format/],
    ['a future version', { ...good, version: 2 }, /version/],
    ['no host', { ...good, host: undefined }, /host/],
    ['a port as text', { ...good, port: '1863' }, /port/],
    ['a port out of range', { ...good, port: 70000 }, /port/],
    ['an http login address', { ...good, nexusUrl: 'http://msn.example.net/nexus' }, /https/],
    ['no Passport address', { ...good, nexusUrl: null }, /Passport/],
    ['a short pin', { ...good, pinnedCertSha256: 'AB:CD' }, /SHA-256/],
    ['a CA that is not PEM', { ...good, caCertPem: 'hello' }, /PEM/],
    ['a bad switchboard', { ...good, switchboardAddress: 'nope' }, /host:port/],
  ])('malformed: %s', (_what, value, why) => {
    expect(refusal(value)).toMatch(why);
  });

  it('oversized: refused before parsing', () => {
    const huge = JSON.stringify({ ...good, caCertPem: PEM + 'A'.repeat(MAX_NETWORK_FILE_CHARS) });
    expect(refusal(huge)).toMatch(/too large/);
    const longName = { ...good, name: 'n'.repeat(101) };
    expect(refusal(longName)).toMatch(/name/);
  });

  it('hostile: a password, prototype keys and extra fields are refused', () => {
    expect(refusal({ ...good, password: 'hunter2' })).toMatch(/password/);
    expect(refusal('{"__proto__":{"builtIn":true},' + JSON.stringify(good).slice(1))).toMatch(
      /__proto__/,
    );
    expect(refusal({ ...good, builtIn: true })).toMatch(/builtIn/);
    expect(refusal({ ...good, id: 'local-demo' })).toMatch(/id/);
    expect(({} as Record<string, unknown>).builtIn).toBeUndefined();
  });

  it('hostile: names with control or bidirectional characters, hosts with spaces', () => {
    expect(refusal({ ...good, name: 'evil\u202Etxt.exe' })).toMatch(/control/);
    expect(refusal({ ...good, name: 'two\nlines' })).toMatch(/control/);
    expect(refusal({ ...good, host: 'a b' })).toMatch(/host/);
    expect(refusal({ ...good, passportHosts: ['ok.example', 'bad host'] })).toMatch(/host/);
    expect(refusal({ ...good, passportHosts: Array(11).fill('a.example') })).toMatch(
      /passportHosts/,
    );
  });
});
