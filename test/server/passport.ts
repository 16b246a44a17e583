// Passport 1.4 ("Tweener") over HTTPS: the nexus and the login server (DA).
// reference: login.md §5.1 (nexus), §5.3 (request), §5.4 (responses), §5.5 (ticket lifetime).
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeName } from './framer';
import { keyOf, type Store } from './store';
import type { TlsMaterial } from './certificates';
import type { ResolvedVariations } from './variations';

const TICKET_LIFETIME_MS = 30_000; // Escargot: about 30 s, single use (login.md §5.5)
const LOGIN_PATH = '/login2.srf';
const ALTERNATE_LOGIN_PATH = '/login2-alt.srf';

/** Single-use, short-lived tickets handed out by login2.srf and checked by USR TWN S. */
export class Tickets {
  private readonly issued = new Map<string, { email: string; expires: number }>();

  issue(email: string): string {
    const token = (n: number) => randomBytes(n).toString('base64url').replace(/[-_]/g, '!');
    // The historical shape `t=…&p=…` (login.md §5.4); clients must treat it as opaque.
    const ticket = `t=${token(24)}$$&p=${token(18)}$$`;
    this.issued.set(ticket, { email, expires: Date.now() + TICKET_LIFETIME_MS });
    return ticket;
  }

  /** True once for a ticket issued to `email`; false if unknown, already used or expired. */
  consume(ticket: string, email: string): boolean {
    const found = this.issued.get(ticket);
    this.issued.delete(ticket);
    return !!found && found.expires > Date.now() && keyOf(found.email) === keyOf(email);
  }
}

export interface PassportOptions {
  store: Store;
  tickets: Tickets;
  tls: TlsMaterial;
  delayMs: () => number;
  forcedStatus: () => 500 | null;
  variations: ResolvedVariations;
  /** Called for every login2.srf request that names an account. */
  countLogin: (email: string) => void;
  /** Every HTTP request that reached the server, in order (tests assert on what arrived). */
  log?: PassportRequestRecord[];
  /** The host name login2.srf redirects to (default 127.0.0.1, the same host). */
  redirectHost?: string;
  /** faults.passportMisbehaves (absent = normal). */
  misbehaviour?: () => 'redirectLoop' | 'hang' | null;
}

/** What the Passport server received: never more than this is kept. */
export interface PassportRequestRecord {
  path: string;
  /** The Authorization header as received (it holds the password when a client sent one). */
  authorization: string | null;
}

export interface PassportServer {
  port: number;
  server: Server;
}

export async function startPassport(options: PassportOptions): Promise<PassportServer> {
  const server = createServer({ cert: options.tls.certPem, key: options.tls.keyPem });
  let port = 0;
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    options.log?.push({
      path: (req.url ?? '/').split('?')[0] ?? '/',
      authorization: req.headers.authorization ?? null,
    });
    const delay = options.delayMs();
    const answer = () => respond(options, port, req, res);
    if (delay > 0) setTimeout(answer, delay).unref();
    else answer();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return { port, server };
}

function respond(
  options: PassportOptions,
  port: number,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const path = (req.url ?? '/').split('?')[0];
  const send = (status: number, headers: Record<string, string> = {}) => {
    res.writeHead(status, { ...headers, 'Content-Length': '0' });
    res.end();
  };
  if (options.forcedStatus() === 500) return send(500);
  if (req.method !== 'GET') return send(405);
  if (path === '/rdr/pprdr.asp' || path === '/nexus-mock') {
    // login.md §5.1: historical layout, DALogin without a scheme (clients prepend https://);
    // msnp8/README.md §11: Escargot gives a full https:// URL and spells the header `Passporturls`.
    const escargot = options.variations.escargotPassportUrls;
    return send(200, {
      [escargot ? 'Passporturls' : 'PassportURLs']:
        'DARealm=Passport.Net,' +
        `DALogin=${escargot ? 'https://' : ''}127.0.0.1:${port}${LOGIN_PATH},` +
        `DAReg=https://127.0.0.1:${port}/reg,` +
        `Properties=https://127.0.0.1:${port}/properties,` +
        `Privacy=https://127.0.0.1:${port}/privacy,` +
        'GeneralRedir=http://127.0.0.1/redir,' +
        `Help=https://127.0.0.1:${port}/help,` +
        'ConfigVersion=15',
    });
  }
  if (path !== LOGIN_PATH && path !== ALTERNATE_LOGIN_PATH) return send(404);
  const misbehaviour = options.misbehaviour?.() ?? null;
  if (misbehaviour === 'hang') return; // no answer at all: the client's timeout must end it
  if (misbehaviour === 'redirectLoop') {
    return send(302, {
      'Authentication-Info': 'Passport1.4 da-status=redir',
      Location: `https://127.0.0.1:${port}${path}?loop=${Date.now()}`,
    });
  }

  const credentials = parseAuthorization(req.headers.authorization);
  if (!credentials) {
    // Not a Passport1.4 request at all: the request itself is refused (login.md §5.4).
    return send(401, { 'WWW-Authenticate': 'Passport1.4 da-status=failed-noretry' });
  }
  options.countLogin(credentials.signIn);
  const account = options.store.get(credentials.signIn);
  if (account?.passportRedirect && path === LOGIN_PATH) {
    return send(302, {
      'Authentication-Info': 'Passport1.4 da-status=redir',
      Location: `https://${options.redirectHost ?? '127.0.0.1'}:${port}${ALTERNATE_LOGIN_PATH}?lc=1033`,
    });
  }
  if (!account || account.password !== credentials.password) {
    // Unknown account and wrong password look the same (login.md §5.4, examples.md §9).
    return send(401, {
      'WWW-Authenticate':
        'Passport1.4 da-status=failed,srealm=Passport.NET,ts=-3,prompt,' +
        'cburl=http://www.passport.com/,cbtxt=Invalid%20sign-in%20name%20or%20password.',
    });
  }
  const ticket = options.tickets.issue(account.email);
  return send(200, {
    'Authentication-Info':
      'Passport1.4 da-status=success,tname=MSPAuth,tname=MSPProf,tname=MSPSec,' +
      `from-PP='${ticket}',ru=http://messenger.msn.com`,
  });
}

/** `Passport1.4 OrgVerb=GET,OrgURL=…,sign-in=<enc>,pwd=<enc>,<policy>` (login.md §5.3). */
export function parseAuthorization(
  header: string | undefined,
): { signIn: string; password: string } | null {
  const prefix = 'Passport1.4 ';
  if (!header?.startsWith(prefix)) return null;
  const fields = new Map<string, string>();
  for (const item of header.slice(prefix.length).split(',')) {
    const eq = item.indexOf('=');
    if (eq > 0 && !fields.has(item.slice(0, eq))) fields.set(item.slice(0, eq), item.slice(eq + 1));
  }
  const signIn = fields.get('sign-in');
  const password = fields.get('pwd');
  if (signIn === undefined || password === undefined) return null;
  return { signIn: decodeName(signIn), password: decodeName(password) };
}
