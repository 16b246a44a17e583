// HTTPS GET for Passport with explicit trust: verified against the system roots by default,
// plus an extra CA (PEM) or a pinned SHA-256 certificate fingerprint when the user chose one.
// There is no silent "accept anything": with a pin, the exact certificate is checked before
// a single byte of the request (which carries the password) is written.
// reference: login.md §5 (Passport is HTTPS), DESIGN.md (Security)
import https from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import { isIP } from 'node:net';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import { PassportError, PASSPORT_UNAVAILABLE } from './errors';

export interface TlsTrust {
  /** An extra trusted CA certificate (PEM), added to the system roots. */
  caCertPem?: string | null;
  /** SHA-256 fingerprint of the exact server certificate, hex, colons optional. */
  pinnedCertSha256?: string | null;
}

export interface HttpsResponse {
  status: number;
  headers: IncomingHttpHeaders;
}

/** Upper-case hex without separators, or null when the text is not a SHA-256 fingerprint. */
export function normalizeFingerprint(text: string | null | undefined): string | null {
  if (!text) return null;
  const hex = text.replace(/[\s:]/g, '').toUpperCase();
  return /^[0-9A-F]{64}$/.test(hex) ? hex : null;
}

const TLS_CODE = /CERT|SELF_SIGNED|UNABLE_TO|INVALID_PURPOSE|ERR_TLS|ERR_SSL|PIN/;

function tlsRejected(code: string, detail: string): PassportError {
  return new PassportError({
    kind: 'tlsRejected',
    message:
      `The sign-in server's certificate was rejected (${code}${detail ? `: ${detail}` : ''}). ` +
      'If this network uses its own certificate authority, add its CA certificate or pin its ' +
      'certificate fingerprint in the network settings.',
  });
}

/** Maps a socket/TLS error to a PassportError (never echoing request data). */
export function passportNetworkError(error: unknown): PassportError {
  if (error instanceof PassportError) return error;
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  const message = typeof e?.message === 'string' ? e.message : '';
  if (TLS_CODE.test(code)) return tlsRejected(code, message);
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
  return new PassportError({ kind: 'serverBusy', message: PASSPORT_UNAVAILABLE });
}

/** Opens the TLS socket and checks the pin (if any) before handing it to HTTP. */
function connectTrusted(
  host: string,
  port: number,
  trust: TlsTrust,
  done: (err: Error | null, socket: Duplex) => void,
): void {
  const pin = normalizeFingerprint(trust.pinnedCertSha256);
  const socket = tls.connect({
    host,
    port,
    servername: isIP(host) ? undefined : host,
    ca: trust.caCertPem ? [...tls.rootCertificates, trust.caCertPem] : undefined,
    // With a pin the chain may legitimately not verify (e.g. INVALID_PURPOSE): the pin check
    // below is then the verification, done before any request byte is written.
    rejectUnauthorized: pin === null,
    ALPNProtocols: ['http/1.1'],
  });
  const onError = (err: Error) => done(err, socket);
  socket.once('error', onError);
  socket.once('secureConnect', () => {
    socket.off('error', onError);
    if (pin !== null) {
      const actual = normalizeFingerprint(socket.getPeerCertificate().fingerprint256);
      if (actual !== pin) {
        socket.destroy();
        const err = Object.assign(
          new Error('the certificate does not match the pinned fingerprint'),
          {
            code: 'CERT_PIN_MISMATCH',
          },
        );
        done(err, socket);
        return;
      }
    }
    done(null, socket);
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
          if (err) {
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
