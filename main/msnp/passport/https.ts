// HTTPS GET for Passport with explicit trust: verified against the system roots by default,
// plus an extra CA (PEM) or a pinned SHA-256 certificate fingerprint when the user chose one.
// There is no silent "accept anything": with a pin, the exact certificate is checked before
// a single byte of the request (which carries the password) is written.
// reference: login.md §5 (Passport is HTTPS), DESIGN.md (Security)
import https from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import { isIP } from 'node:net';
import tls from 'node:tls';
import type { Socket } from 'node:net';
import { openTunnel } from '../proxy/tunnel';
import { ProxyError } from '../proxy/proxy-setting';
import type { ProxySetting } from '../proxy/proxy-setting';
import type { TLSSocket } from 'node:tls';
import {
  certificateChanged,
  certificateRejected,
  describeCertificate,
  normalizeFingerprint,
} from './certificate';
import { PassportError, PASSPORT_UNAVAILABLE } from './errors';

export interface TlsTrust {
  /** An extra trusted CA certificate (PEM), added to the system roots. */
  caCertPem?: string | null;
  /** SHA-256 fingerprint of the exact server certificate, hex, colons optional. */
  pinnedCertSha256?: string | null;
  /**
   * The network's own host names: its CA and pin apply to these only (any other host is
   * checked against the system's authorities alone). Absent: every host (unit tests).
   */
  networkHosts?: readonly string[];
  /** The TCP connection goes through this proxy (SOCKS or HTTP CONNECT: http-gateway.md §5). */
  proxy?: ProxySetting | null;
}

/** How long a proxy may take to open the tunnel to the Passport server. */
const PROXY_TUNNEL_TIMEOUT_MS = 15_000;

export interface HttpsResponse {
  status: number;
  headers: IncomingHttpHeaders;
}

export { normalizeFingerprint };

const TLS_CODE = /CERT|SELF_SIGNED|UNABLE_TO|INVALID_PURPOSE|INVALID_CA|ERR_TLS|ERR_SSL|PIN/;

function tlsRejected(code: string): PassportError {
  return new PassportError({
    kind: 'tlsRejected',
    message: `The sign-in server's secure connection failed (${code}). No password was sent.`,
  });
}

/** Maps a socket/TLS error to a PassportError (never echoing request data). */
export function passportNetworkError(error: unknown): PassportError {
  if (error instanceof PassportError) return error;
  // A proxy that failed on the way to Passport says so in its own words (no credentials).
  if (error instanceof ProxyError)
    return new PassportError({ kind: 'unreachable', message: error.message });
  const e = error as { code?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (TLS_CODE.test(code)) return tlsRejected(code);
  if (code === 'ETIMEDOUT' || code === 'PASSPORT_TIMEOUT') {
    return new PassportError({
      kind: 'timeout',
      message: 'The sign-in service took too long to answer.',
    });
  }
  if (code) {
    return new PassportError({
      kind: 'unreachable',
      message: `Can't reach the sign-in service (${code}). Check your connection and the network settings.`,
    });
  }
  return new PassportError({
    kind: 'serverBusy',
    message: PASSPORT_UNAVAILABLE,
    reason: 'passportUnavailable',
  });
}

/** True when the network's CA and pin apply to `host` (login.md §5.6: only its own hosts). */
export function isNetworkHost(trust: TlsTrust, host: string): boolean {
  if (trust.networkHosts === undefined) return true;
  const wanted = host.toLowerCase();
  return trust.networkHosts.some((h) => h.toLowerCase() === wanted);
}

/**
 * Opens the TLS socket and decides trust before handing it to HTTP, so that no byte of the
 * request (which carries the password) is written to a server that is not trusted
 * (login.md §5.6). The chain is verified by hand after the handshake: that is what lets a
 * failure carry the certificate a person may then choose to trust.
 */
export function connectTrusted(
  host: string,
  port: number,
  trust: TlsTrust,
  done: (err: Error | null, socket: TLSSocket | null) => void,
): void {
  if (!trust.proxy) return handshake(host, port, trust, null, done);
  // The proxy resolves the host name; TLS (and its checks) run end to end through the tunnel.
  openTunnel(trust.proxy, { host, port }, PROXY_TUNNEL_TIMEOUT_MS).then(
    (tunnel) => handshake(host, port, trust, tunnel, done),
    (error: Error) => done(error, null),
  );
}

function handshake(
  host: string,
  port: number,
  trust: TlsTrust,
  tunnel: Socket | null,
  done: (err: Error | null, socket: TLSSocket | null) => void,
): void {
  const own = isNetworkHost(trust, host);
  const pin = own ? normalizeFingerprint(trust.pinnedCertSha256) : null;
  const ca = own && trust.caCertPem ? [...tls.rootCertificates, trust.caCertPem] : undefined;
  const socket = tls.connect({
    ...(tunnel ? { socket: tunnel } : { host, port }),
    // SNI with the host name (login.md §5.6); an IP address cannot be sent as SNI.
    servername: isIP(host) ? undefined : host,
    ca,
    rejectUnauthorized: false,
    ALPNProtocols: ['http/1.1'],
  });
  const onError = (err: Error) => done(err, socket);
  socket.once('error', onError);
  socket.once('secureConnect', () => {
    socket.off('error', onError);
    const cert = socket.getPeerCertificate();
    const actual = normalizeFingerprint(cert.fingerprint256);
    if (pin !== null) {
      // A pin accepts exactly that certificate, even self-signed or expired, and nothing else.
      if (actual === pin) return done(null, socket);
      socket.destroy();
      return done(
        certificateChanged(describeCertificate(host, port, cert, 'CERT_PIN_MISMATCH'), pin),
        socket,
      );
    }
    if (socket.authorized) return done(null, socket);
    socket.destroy();
    const reason = socket.authorizationError;
    const code =
      typeof reason === 'string'
        ? reason
        : ((reason as { code?: string } | undefined)?.code ?? 'CERT_UNTRUSTED');
    return done(certificateRejected(describeCertificate(host, port, cert, code)), socket);
  });
}

/** GET `url` with `headers`, no automatic redirects, body discarded. */
export function httpsGet(
  url: string,
  headers: Record<string, string>,
  trust: TlsTrust,
  timeoutMs = 20_000,
  signal?: AbortSignal,
): Promise<HttpsResponse> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new PassportError({ kind: 'connectionLost', message: 'Sign-in was cancelled.' }));
      return;
    }
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      reject(new PassportError({ kind: 'protocol', message: `The sign-in address is not valid.` }));
      return;
    }
    if (target.protocol !== 'https:') {
      reject(
        new PassportError({ kind: 'protocol', message: 'The sign-in address must use https.' }),
      );
      return;
    }
    const host = target.hostname.replace(/^\[|\]$/g, '');
    const port = target.port ? Number(target.port) : 443;
    let settled = false;
    const finish = (err: unknown, res?: HttpsResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (res) resolve(res);
      else reject(passportNetworkError(err));
    };
    const req = https.request(target, {
      method: 'GET',
      headers,
      createConnection: (_opts, oncreate) => {
        connectTrusted(host, port, trust, (err, socket) => {
          if (err || !socket) {
            finish(err);
            req.destroy();
          } else oncreate(null, socket);
        });
        return undefined;
      },
    });
    const timer = setTimeout(() => {
      finish(Object.assign(new Error('timeout'), { code: 'PASSPORT_TIMEOUT' }));
      req.destroy();
    }, timeoutMs);
    // Signing out during Passport stops the request at once.
    const onAbort = () => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        reject(new PassportError({ kind: 'connectionLost', message: 'Sign-in was cancelled.' }));
      }
      req.destroy();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    req.once('close', () => signal?.removeEventListener('abort', onAbort));
    req.on('response', (res) => {
      res.resume();
      finish(null, { status: res.statusCode ?? 0, headers: res.headers });
    });
    req.on('error', (err) => finish(err));
    req.end();
  });
}
