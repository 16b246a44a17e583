// The certificate failure as text for a terminal (the CLI prints it and offers --pin), and the
// mapping of TLS verification codes to reasons a person can read. reference: login.md §5.6
import { describe, expect, it } from 'vitest';
import {
  certificateProblem,
  formatCertificateFailure,
  groupFingerprint,
} from '../../../main/msnp/passport/certificate';
import type { CertificateDetails } from '@shared/domain';

const CERT: CertificateDetails = {
  host: 'msn.example.net',
  port: 443,
  subject: 'CN=msn.example.net',
  issuer: 'CN=Home-made root',
  validFrom: '2026-01-01T00:00:00.000Z',
  validTo: '2027-01-01T00:00:00.000Z',
  sha256: 'AB:'.repeat(31) + 'AB',
  problem: 'notCa',
  code: 'INVALID_CA',
};

describe('certificate failure as text', () => {
  it('lists the certificate and the --pin to trust exactly it', () => {
    const lines = formatCertificateFailure({
      kind: 'tlsRejected',
      message: 'x',
      certificate: CERT,
    });
    expect(lines[0]).toBe('The certificate of msn.example.net:443 could not be verified.');
    expect(lines).toContain(`  SHA-256:     ${CERT.sha256}`);
    expect(lines.join('\n')).toMatch(/Reason: +the certificate that signed it is not allowed/);
    expect(lines.join('\n')).toContain('Issuer:      CN=Home-made root');
    expect(lines.at(-1)).toBe(`  --pin ${CERT.sha256}`);
  });

  it('a changed pin shows both fingerprints and offers no --pin', () => {
    const stored = 'CD:'.repeat(31) + 'CD';
    const lines = formatCertificateFailure({
      kind: 'certificateChanged',
      message: 'x',
      certificate: { ...CERT, problem: 'pinChanged' },
      pinnedSha256: stored,
    });
    expect(lines[0]).toMatch(/has CHANGED/);
    expect(lines).toContain(`  Trusted:     ${stored}`);
    expect(lines.join('\n')).not.toContain('--pin');
  });

  it('a failure without a certificate is its message', () => {
    expect(formatCertificateFailure({ kind: 'unreachable', message: 'No route.' })).toEqual([
      'No route.',
    ]);
  });

  it('maps verification codes to problems, and groups fingerprints', () => {
    expect(certificateProblem('UNABLE_TO_VERIFY_LEAF_SIGNATURE')).toBe('unknownAuthority');
    expect(certificateProblem('DEPTH_ZERO_SELF_SIGNED_CERT')).toBe('selfSigned');
    expect(certificateProblem('INVALID_CA')).toBe('notCa');
    expect(certificateProblem('CERT_HAS_EXPIRED')).toBe('expired');
    expect(certificateProblem('CERT_NOT_YET_VALID')).toBe('notYetValid');
    expect(certificateProblem('ERR_TLS_CERT_ALTNAME_INVALID')).toBe('wrongHost');
    expect(certificateProblem('SOMETHING_NEW')).toBe('other');
    expect(groupFingerprint('ab'.repeat(32))).toBe(CERT.sha256);
    expect(groupFingerprint('nope')).toBeNull();
  });
});
