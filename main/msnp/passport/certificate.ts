// What a person sees about a server certificate that did not verify, and the failures that
// carry it (login.md §5.6): subject, issuer, validity, SHA-256 fingerprint, and why.
import type { PeerCertificate } from 'node:tls';
import type { CertificateDetails, CertificateProblem, Failure } from '@shared/domain';
import { PassportError } from './errors';

/** Upper-case hex without separators, or null when the text is not a SHA-256 fingerprint. */
export function normalizeFingerprint(text: string | null | undefined): string | null {
  if (!text) return null;
  const hex = text.replace(/[\s:]/g, '').toUpperCase();
  return /^[0-9A-F]{64}$/.test(hex) ? hex : null;
}

/** `AB:CD:…`, the way certificate viewers show a fingerprint; null when it is not one. */
export function groupFingerprint(text: string | null | undefined): string | null {
  const hex = normalizeFingerprint(text);
  return hex ? (hex.match(/../g) ?? []).join(':') : null;
}

/** OpenSSL's verification codes, and Node's host-name check, as a problem a person can read. */
export function certificateProblem(code: string): CertificateProblem {
  switch (code) {
    case 'UNABLE_TO_GET_ISSUER_CERT':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
      return 'unknownAuthority';
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
      return 'selfSigned';
    case 'INVALID_CA':
    case 'INVALID_PURPOSE':
    case 'PATH_LENGTH_EXCEEDED':
      return 'notCa';
    case 'CERT_HAS_EXPIRED':
      return 'expired';
    case 'CERT_NOT_YET_VALID':
      return 'notYetValid';
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
    case 'HOSTNAME_MISMATCH':
      return 'wrongHost';
    case 'CERT_PIN_MISMATCH':
      return 'pinChanged';
    default:
      return 'other';
  }
}

/** The reason in plain words (the renderer has its own copy in its string catalogue). */
export const CERTIFICATE_PROBLEM_TEXT: Record<CertificateProblem, string> = {
  unknownAuthority: 'it was issued by an authority this computer does not know',
  selfSigned: 'it is self-signed: it vouches for itself',
  notCa: 'the certificate that signed it is not allowed to sign certificates',
  expired: 'it has expired',
  notYetValid: 'it is not valid yet',
  wrongHost: 'it was issued for another server name',
  pinChanged: 'it is not the certificate you chose to trust for this network',
  other: 'it could not be verified',
};

function distinguishedName(name: Record<string, string | string[]> | undefined): string {
  if (!name) return '';
  return Object.entries(name)
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : value}`)
    .join(', ');
}

function isoDate(text: string | undefined): string {
  const time = text ? Date.parse(text) : Number.NaN;
  return Number.isNaN(time) ? '' : new Date(time).toISOString();
}

export function describeCertificate(
  host: string,
  port: number,
  cert: PeerCertificate,
  code: string,
): CertificateDetails {
  return {
    host,
    port,
    subject: distinguishedName(cert.subject as unknown as Record<string, string>),
    issuer: distinguishedName(cert.issuer as unknown as Record<string, string>),
    validFrom: isoDate(cert.valid_from),
    validTo: isoDate(cert.valid_to),
    sha256: groupFingerprint(cert.fingerprint256) ?? '',
    problem: certificateProblem(code),
    code,
  };
}

/** Verification failed and nothing is pinned: the person may choose to trust it. */
export function certificateRejected(certificate: CertificateDetails): PassportError {
  const failure: Failure = {
    kind: 'tlsRejected',
    message:
      `The certificate of ${certificate.host} could not be verified: ` +
      `${CERTIFICATE_PROBLEM_TEXT[certificate.problem]} (${certificate.code}). ` +
      'No password was sent.',
    certificate,
  };
  return new PassportError(failure);
}

/** login.md §5.6: a pinned certificate that changed is a hard stop, with both fingerprints. */
export function certificateChanged(
  certificate: CertificateDetails,
  pinnedSha256: string,
): PassportError {
  return new PassportError({
    kind: 'certificateChanged',
    message:
      `The certificate of ${certificate.host} has changed since you chose to trust it. ` +
      'No password was sent. If the network changed its certificate, remove the pin in ' +
      'Options → Connection and sign in again to see the new one.',
    certificate,
    pinnedSha256: groupFingerprint(pinnedSha256) ?? pinnedSha256,
  });
}

/**
 * A certificate failure as lines of text, for a terminal (the CLI prints these, then offers
 * `--pin <sha256>`). Pure: no colours, no I/O.
 */
export function formatCertificateFailure(failure: Failure): string[] {
  const cert = failure.certificate;
  if (!cert) return [failure.message];
  const lines = [
    failure.kind === 'certificateChanged'
      ? `The certificate of ${cert.host}:${cert.port} has CHANGED.`
      : `The certificate of ${cert.host}:${cert.port} could not be verified.`,
    `  Reason:      ${CERTIFICATE_PROBLEM_TEXT[cert.problem]} (${cert.code})`,
    `  Subject:     ${cert.subject || '(none)'}`,
    `  Issuer:      ${cert.issuer || '(none)'}`,
    `  Valid from:  ${cert.validFrom || '(unknown)'}`,
    `  Valid to:    ${cert.validTo || '(unknown)'}`,
    `  SHA-256:     ${cert.sha256}`,
  ];
  if (failure.kind === 'certificateChanged') {
    lines.push(`  Trusted:     ${failure.pinnedSha256 ?? ''}`);
    lines.push('Not signing in. Remove the stored pin only if you know why it changed.');
  } else {
    lines.push('No password was sent. To trust exactly this certificate, sign in again with');
    lines.push(`  --pin ${cert.sha256}`);
  }
  return lines;
}
