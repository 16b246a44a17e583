// The Passport 1.4 login request and the parsing of its answers.
// reference: login.md §5.2 (credentials), §5.3 (request), §5.4 (responses)
import type { IncomingHttpHeaders } from 'node:http';
import { FAILURE_MESSAGES } from '@shared/failure-messages';
import { PassportError, PassportPolicyRefused, PASSPORT_UNAVAILABLE } from './errors';
import { httpsGet } from './https';
import type { TlsTrust } from './https';

/** login.md §5.4: follow at most about five redirects. */
export const MAX_PASSPORT_REDIRECTS = 5;

/** login.md §5.2: percent-encode everything but letters, digits and `-_.` (commas above all). */
export function encodePassportValue(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*~]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** login.md §5.3: the Authorization header value. Never log it: it holds the password. */
export function passportAuthorization(account: string, password: string, policy: string): string {
  return (
    'Passport1.4 OrgVerb=GET,OrgURL=http%3A%2F%2Fmessenger%2Emsn%2Ecom,' +
    `sign-in=${encodePassportValue(account)},pwd=${encodePassportValue(password)},${policy}`
  );
}

/** `da-status` from an Authentication-Info / WWW-Authenticate value. */
export function daStatus(header: string): string | null {
  return /da-status=([^,\s]*)/.exec(header)?.[1] ?? null;
}

/** login.md §5.4: the ticket between the quotes of `from-PP`, or unquoted as a fallback. */
export function ticketFrom(authenticationInfo: string): string | null {
  const m =
    /from-PP='([^']*)'/.exec(authenticationInfo) ?? /from-PP=([^,]*)/.exec(authenticationInfo);
  const ticket = m?.[1];
  return ticket ? ticket : null;
}

function headerText(headers: IncomingHttpHeaders, name: string): string {
  const v = headers[name];
  return Array.isArray(v) ? v.join(',') : (v ?? '');
}

/** What one login response means (login.md §5.4). */
export type LoginAnswer =
  | { kind: 'ticket'; ticket: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'failed'; noRetry: boolean }
  | { kind: 'unavailable'; status: number };

export function interpretLoginResponse(status: number, headers: IncomingHttpHeaders): LoginAnswer {
  const info = headerText(headers, 'authentication-info');
  const location = headerText(headers, 'location');
  // Any 3xx with a Location (front ends answer 302, 303 or 307 alike), or da-status=redir.
  if (((status >= 300 && status < 400) || daStatus(info) === 'redir') && location) {
    return { kind: 'redirect', location };
  }
  if (status === 200 && daStatus(info) === 'success') {
    const ticket = ticketFrom(info);
    if (ticket) return { kind: 'ticket', ticket };
  }
  if (status === 401) {
    const www = headerText(headers, 'www-authenticate');
    return { kind: 'failed', noRetry: daStatus(www) === 'failed-noretry' };
  }
  return { kind: 'unavailable', status };
}

/** A redirect may carry the password only over https to the same host or a listed one. */
export function redirectAllowed(from: URL, to: URL, trust: TlsTrust): boolean {
  if (to.protocol !== 'https:') return false;
  const host = to.hostname.toLowerCase();
  if (host === from.hostname.toLowerCase()) return true;
  return (trust.networkHosts ?? []).some((h) => h.toLowerCase() === host);
}

/** Runs the login request against `loginUrl`, following redirects with the same header. */
export async function requestTicket(
  loginUrl: string,
  account: string,
  password: string,
  policy: string,
  trust: TlsTrust,
  timeoutMs?: number,
  signal?: AbortSignal,
): Promise<string> {
  const headers = {
    Authorization: passportAuthorization(account, password, policy),
    'User-Agent': 'MSMSGS',
    'Cache-Control': 'no-cache',
  };
  let url = loginUrl;
  for (let hop = 0; hop <= MAX_PASSPORT_REDIRECTS; hop++) {
    const res = await httpsGet(url, headers, trust, timeoutMs, signal);
    const answer = interpretLoginResponse(res.status, res.headers);
    switch (answer.kind) {
      case 'ticket':
        return answer.ticket;
      case 'redirect': {
        // login.md §5.3: resend the identical request to the new place ourselves, but the
        // header holds the password: only to the same host, or one the network lists.
        const next = new URL(answer.location, url);
        if (!redirectAllowed(new URL(url), next, trust)) {
          throw new PassportError({
            kind: 'protocol',
            message:
              `The sign-in service sent the sign-in on to ${next.hostname}, which this network ` +
              'does not list. No password was sent there. If that is right, add the host to ' +
              "the network's Passport hosts.",
          });
        }
        url = next.toString();
        continue;
      }
      case 'failed':
        if (answer.noRetry) throw new PassportPolicyRefused();
        throw new PassportError(
          {
            kind: 'badCredentials',
            message: FAILURE_MESSAGES.badCredentials,
            reason: 'badCredentials',
          },
          401,
        );
      case 'unavailable':
        throw new PassportError(
          { kind: 'serverBusy', message: `${PASSPORT_UNAVAILABLE} (HTTP ${answer.status})` },
          answer.status,
        );
    }
  }
  throw new PassportError({
    kind: 'serverBusy',
    message: `${PASSPORT_UNAVAILABLE} (too many redirects)`,
  });
}
