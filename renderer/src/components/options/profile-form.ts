// The network profile form of Options → Connection as data: what the person typed, and the
// profile it becomes on Save. Pure, so a test checks it without a DOM. The form keeps text
// exactly as typed (spaces, line breaks in a PEM); it is tidied here, on Save.
import type { NetworkProfile } from '@shared/domain';

export const DEFAULT_PORT = 1863;

export const blankProfile = (): NetworkProfile => ({
  id: `custom-${Date.now().toString(36)}`,
  name: 'Custom',
  host: '',
  port: DEFAULT_PORT,
  nexusUrl: null,
  loginUrl: null,
  caCertPem: null,
  pinnedCertSha256: null,
  switchboardAddress: null,
  passportHosts: null,
  builtIn: false,
});

/** The editable fields, as typed. */
export interface ProfileForm {
  name: string;
  host: string;
  port: string;
  nexusUrl: string;
  loginUrl: string;
  caCertPem: string;
  /** `host:port`, or empty for the address the server names (msnp8/README.md §11). */
  switchboardAddress: string;
  /** SHA-256 of the one certificate to accept (login.md §5.6), any spacing or case. */
  pinnedCertSha256: string;
  /** Other Passport host names, separated by commas or spaces. */
  passportHosts: string;
  /** msnp8 http-gateway.md §4. */
  connectionMode: 'automatic' | 'direct' | 'gateway';
  /** `host[:port]` of the HTTP gateway, or empty for the network's host. */
  gateway: string;
  /** '' for no proxy (http-gateway.md §5). */
  proxyKind: '' | 'socks5' | 'socks4a' | 'http';
  proxyHost: string;
  proxyPort: string;
  proxyUser: string;
  /** Typed only: kept by main apart from the profile, never shown again. */
  proxyPassword: string;
}

const DEFAULT_PROXY_PORTS = { socks5: 1080, socks4a: 1080, http: 8080 } as const;

export const toForm = (p: NetworkProfile): ProfileForm => ({
  name: p.name,
  host: p.host,
  port: String(p.port),
  nexusUrl: p.nexusUrl ?? '',
  loginUrl: p.loginUrl ?? '',
  caCertPem: p.caCertPem ?? '',
  switchboardAddress: p.switchboardAddress ?? '',
  pinnedCertSha256: p.pinnedCertSha256 ?? '',
  passportHosts: (p.passportHosts ?? []).join(', '),
  connectionMode: p.connection?.mode ?? 'automatic',
  gateway: p.connection?.gateway ?? '',
  proxyKind: p.connection?.proxy?.kind ?? '',
  proxyHost: p.connection?.proxy?.host ?? '',
  proxyPort: p.connection?.proxy ? String(p.connection.proxy.port) : '',
  proxyUser: p.connection?.proxy?.username ?? '',
  proxyPassword: '',
});

/** `AB:CD:…` when the text is a SHA-256 fingerprint in any spelling; else as typed. */
export function tidyFingerprint(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const hex = trimmed.replace(/[\s:]/g, '').toUpperCase();
  return /^[0-9A-F]{64}$/.test(hex) ? (hex.match(/../g) ?? []).join(':') : trimmed;
}

/** True for an IPv4 or IPv6 address (some servers need a host name for their certificate). */
export function isIpAddress(host: string): boolean {
  const h = host.trim().replace(/^\[|\]$/g, '');
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(h) || (h.includes(':') && /^[0-9a-fA-F:.]+$/.test(h));
}

/** The host part of an address the form holds (a URL or a bare host). */
export function hostOf(text: string): string {
  try {
    return new URL(text.trim()).hostname;
  } catch {
    return text.trim();
  }
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** Main validates the result (networkProfileSchema); a refusal shows under the form. */
export const toProfile = (base: NetworkProfile, form: ProfileForm): NetworkProfile => ({
  ...base,
  name: form.name.trim(),
  host: form.host.trim(),
  port: Number(form.port) || DEFAULT_PORT,
  nexusUrl: orNull(form.nexusUrl),
  loginUrl: orNull(form.loginUrl),
  caCertPem: orNull(form.caCertPem),
  switchboardAddress: orNull(form.switchboardAddress),
  pinnedCertSha256: tidyFingerprint(form.pinnedCertSha256),
  passportHosts: hostList(form.passportHosts),
  connection: {
    mode: form.connectionMode,
    gateway: orNull(form.gateway),
    proxy:
      form.proxyKind === ''
        ? null
        : {
            kind: form.proxyKind,
            host: form.proxyHost.trim(),
            port: Number(form.proxyPort) || DEFAULT_PROXY_PORTS[form.proxyKind],
            username: orNull(form.proxyUser),
          },
  },
});

function hostList(text: string): string[] | null {
  const hosts = text.split(/[\s,]+/).filter((h) => h !== '');
  return hosts.length > 0 ? hosts : null;
}
