// A throw-away CA and a server certificate for 127.0.0.1/localhost, so that clients verify
// TLS by trusting the CA (TLS stays verified by default). The network's own pair is
// generated once per process: every network instance in a test run can share it.
import { generate } from 'selfsigned';

export interface TlsMaterial {
  caCertPem: string;
  certPem: string;
  keyPem: string;
}

let material: Promise<TlsMaterial> | null = null;

export function tlsMaterial(): Promise<TlsMaterial> {
  material ??= certificateChain();
  return material;
}

/**
 * A new CA and a leaf for 127.0.0.1/localhost signed by it. `purpose` is the leaf's extended
 * key usage: tests of certificate checks ask for 'clientAuth' to get one a TLS client must
 * refuse for a server (INVALID_PURPOSE).
 */
export async function certificateChain(
  purpose: 'serverAuth' | 'clientAuth' = 'serverAuth',
  options: { rootIsCa?: boolean; leafExpired?: boolean; rootName?: string; dnsName?: string } = {},
): Promise<TlsMaterial> {
  const day = 24 * 60 * 60 * 1000;
  const notBeforeDate = new Date(Date.now() - 60 * 60 * 1000);
  const notAfterDate = new Date(Date.now() + 30 * day);
  const rootIsCa = options.rootIsCa ?? true;
  const ca = await generate(
    [{ name: 'commonName', value: options.rootName ?? 'Tweener local network CA' }],
    {
      keyType: 'ec',
      algorithm: 'sha256',
      notBeforeDate: options.leafExpired ? new Date(Date.now() - 400 * day) : notBeforeDate,
      notAfterDate,
      // A home-made "root" without CA:TRUE cannot vouch for anything (login.md §5.6).
      extensions: rootIsCa
        ? [
            { name: 'basicConstraints', cA: true, critical: true },
            { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
          ]
        : [
            { name: 'basicConstraints', cA: false },
            { name: 'keyUsage', digitalSignature: true, keyCertSign: true, critical: true },
          ],
    },
  );
  const server = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate: options.leafExpired ? new Date(Date.now() - 365 * day) : notBeforeDate,
    notAfterDate: options.leafExpired ? new Date(Date.now() - 2 * day) : notAfterDate,
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', [purpose]: true },
      {
        name: 'subjectAltName',
        // `dnsName` alone (no IP): a certificate issued for another server name.
        altNames: options.dnsName
          ? [{ type: 2, value: options.dnsName }]
          : [
              { type: 2, value: 'localhost' },
              { type: 7, ip: '127.0.0.1' },
            ],
      },
    ],
  });
  return { caCertPem: ca.cert, certPem: server.cert, keyPem: server.private };
}

/** A Passport certificate that does not verify, in the ways self-hosted networks get it wrong. */
export type PassportCertificate = 'valid' | 'unknownAuthority' | 'notCa' | 'expired' | 'wrongHost';

/**
 * The material for the Passport server. `caCertPem` is what a person would add as the
 * network's CA: the network's own CA, except for 'notCa' where it is the root that lacks
 * CA:TRUE. 'unknownAuthority' chains to a CA nobody is given; 'expired' is signed by the
 * network's CA but out of date.
 */
export async function passportMaterial(kind: PassportCertificate): Promise<TlsMaterial> {
  const own = await tlsMaterial();
  switch (kind) {
    case 'valid':
      return own;
    case 'unknownAuthority': {
      const other = await certificateChain('serverAuth', { rootName: 'Somebody else CA' });
      return { ...other, caCertPem: own.caCertPem };
    }
    case 'notCa':
      return certificateChain('serverAuth', { rootIsCa: false, rootName: 'Home-made root' });
    case 'wrongHost':
      return certificateChain('serverAuth', { dnsName: 'msn.example.net' });
    case 'expired':
      return certificateChain('serverAuth', {
        leafExpired: true,
        rootName: 'Tweener local network CA',
      });
  }
}
