// A throw-away CA and a server certificate for 127.0.0.1/localhost, so that clients verify
// TLS by trusting the CA (team brief: TLS verified by default). The network's own pair is
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
): Promise<TlsMaterial> {
  const notBeforeDate = new Date(Date.now() - 60 * 60 * 1000);
  const notAfterDate = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000);
  const ca = await generate([{ name: 'commonName', value: 'Tweener local network CA' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
  });
  const server = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', [purpose]: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  return { caCertPem: ca.cert, certPem: server.cert, keyPem: server.private };
}
