// Minimal Passport 1.4 requests for the local network's tests (login.md §5), over node:https
// with the network's CA: TLS stays verified.
import { request } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';

export interface HttpsAnswer {
  status: number;
  headers: IncomingHttpHeaders;
}

export function httpsGet(
  url: string,
  caCertPem: string,
  headers: Record<string, string> = {},
): Promise<HttpsAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers, ca: caCertPem }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.setTimeout(5000, () => req.destroy(new Error('https timeout')));
    req.on('error', reject);
    req.end();
  });
}

/** login.md §5.2: percent-encode everything that is not alphanumeric, `'` included. */
export const passportEncode = (text: string): string =>
  encodeURIComponent(text).replace(/['()*!~.\-_]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);

export function authorizationHeader(email: string, password: string, policy: string): string {
  return (
    'Passport1.4 OrgVerb=GET,OrgURL=http%3A%2F%2Fmessenger%2Emsn%2Ecom,' +
    `sign-in=${passportEncode(email)},pwd=${passportEncode(password)},${policy}`
  );
}

/** Nexus → DALogin → login (following 302s by hand, as login.md §5.3 requires) → ticket. */
export async function passportTicket(
  nexusUrl: string,
  caCertPem: string,
  email: string,
  password: string,
  policy: string,
): Promise<string> {
  const nexus = await httpsGet(nexusUrl, caCertPem);
  const urls = String(nexus.headers['passporturls'] ?? '');
  const daLogin = urls
    .split(',')
    .map((item) => [item.slice(0, item.indexOf('=')), item.slice(item.indexOf('=') + 1)])
    .find(([key]) => key === 'DALogin')?.[1];
  if (!daLogin) throw new Error('nexus answered without DALogin');
  let url = /^https?:\/\//.test(daLogin) ? daLogin : `https://${daLogin}`;
  const headers = { Authorization: authorizationHeader(email, password, policy) };
  for (let hop = 0; hop < 5; hop++) {
    const answer = await httpsGet(url, caCertPem, headers);
    if (answer.status === 302) {
      url = String(answer.headers.location);
      continue;
    }
    const info = String(answer.headers['authentication-info'] ?? '');
    const ticket = /from-PP='([^']*)'/.exec(info)?.[1];
    if (answer.status !== 200 || ticket === undefined) {
      throw new Error(`passport answered ${answer.status}`);
    }
    return ticket;
  }
  throw new Error('too many passport redirects');
}
