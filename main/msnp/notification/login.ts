// The sign-in dialogue on the dispatch / notification server, up to `USR … OK`.
// reference: login.md §1–§6, msnp8/README.md §10 (state machine), §11 (Escargot differences)
import type { MsnpCommand } from '../codec';
import { decodeParam } from '../codec';
import { MsnpConnection, MsnpError } from '../connection';
import type { Dialer } from '../connection';
import { failureFromCode, fixedFailure, SignInError, toFailure } from '../failures';
import { passportTicket } from '../passport/ticket';
import type { PassportConfig } from '../passport/ticket';
import { PassportPolicyRefused } from '../passport/errors';
import type { NexusCache } from '../passport/nexus';
import { DEFAULT_PORT, parseHostPort } from '@shared/host-port';

/** login.md §3: the values of MSN Messenger 5.0 on Windows XP, account last. */
export function cvrParams(account: string): string[] {
  return ['0x0409', 'winnt', '5.1', 'i386', 'MSNMSGR', '5.0.0544', 'MSMSGS', account];
}

/** login.md §4.1: at most a couple of redirects; abort after 3. */
export const MAX_NS_REDIRECTS = 3;

export type LoginStep = 'connecting' | 'authenticating';

export interface LoginOptions {
  server: { host: string; port: number };
  passport: PassportConfig;
  email: string;
  password: string;
  connectTimeoutMs?: number;
  /** How connections are opened (TCP, the HTTP gateway, automatic); default TCP. */
  dialer?: Dialer;
  /** Each login step (login.md §1: 30 s works well). */
  stepTimeoutMs?: number;
  nexusCache?: NexusCache;
  onStep?: (step: LoginStep, text: string) => void;
  signal?: AbortSignal;
}

export interface LoginResult {
  connection: MsnpConnection;
  /** The NS this session runs on (after any dispatch redirect). */
  server: { host: string; port: number };
  email: string;
  friendlyName: string;
  verified: boolean;
  restricted: boolean;
  /** Commands that arrived after `USR … OK` before anyone listened (the profile MSG, …). */
  early: MsnpCommand[];
  /** Stops buffering into `early`; call once a real listener is attached. */
  release: () => void;
}

class LoginCancelled extends Error {}

/** Signs in up to `USR … OK`. Rejects with SignInError. */
export async function loginToNotificationServer(opts: LoginOptions): Promise<LoginResult> {
  let target = opts.server;
  let conn: MsnpConnection | null = null;
  let policyRetried = false;
  const onAbort = () => conn?.close();
  opts.signal?.addEventListener('abort', onAbort);
  try {
    for (let hop = 0; hop <= MAX_NS_REDIRECTS; hop++) {
      opts.onStep?.('connecting', 'Contacting the server');
      conn = await MsnpConnection.connect(target.host, target.port, {
        connectTimeoutMs: opts.connectTimeoutMs,
        requestTimeoutMs: opts.stepTimeoutMs,
        dialer: opts.dialer,
        server: 'NS',
      });
      if (opts.signal?.aborted) throw new LoginCancelled();
      // login.md §2: accept the reply when it lists MSNP8 (Escargot drops CVR0).
      const ver = await conn.request('VER', ['MSNP8', 'CVR0']);
      if (!ver.params.includes('MSNP8')) {
        throw new SignInError(fixedFailure('protocol', 'noMsnp8'));
      }
      // login.md §3: the reply is informational; a third-party client ignores it.
      await conn.request('CVR', cvrParams(opts.email));
      let answer: MsnpCommand;
      try {
        answer = await conn.request('USR', ['TWN', 'I', opts.email], {
          replyName: ['USR', 'XFR'],
          timeoutMs: stepMs(opts),
        });
      } catch (error) {
        if (error instanceof MsnpError)
          throw new SignInError(failureFromCode(error.code, 'USR', 'initial'));
        throw error;
      }
      if (answer.name === 'XFR') {
        // login.md §4.1: XFR <TrID> NS host:port 0 current → start again there.
        const next =
          answer.params[0] === 'NS' ? parseHostPort(answer.params[1], DEFAULT_PORT) : null;
        conn.close();
        conn = null;
        if (!next)
          throw new SignInError({
            kind: 'protocol',
            message: 'The server sent an invalid redirect.',
          });
        if (answer.params[1] !== '0') target = next;
        continue;
      }
      // login.md §4.2: USR <TrID> TWN S <policy>
      if (
        answer.params[0] !== 'TWN' ||
        answer.params[1] !== 'S' ||
        answer.params[2] === undefined
      ) {
        throw new SignInError({
          kind: 'protocol',
          message: 'The server sent an unexpected sign-in reply.',
        });
      }
      opts.onStep?.('authenticating', 'Checking your e-mail address and password');
      let ticket: string;
      try {
        ticket = await passportTicket(opts.passport, {
          account: opts.email,
          password: opts.password,
          policy: answer.params[2],
          timeoutMs: opts.stepTimeoutMs,
          cache: opts.nexusCache,
          signal: opts.signal,
        });
      } catch (error) {
        // login.md §5.4: failed-noretry → restart from VER once (a fresh policy), then give up.
        if (!(error instanceof PassportPolicyRefused) || policyRetried) throw error;
        policyRetried = true;
        conn.close();
        conn = null;
        continue;
      }
      if (opts.signal?.aborted) throw new LoginCancelled();
      return { ...(await presentTicket(conn, ticket, opts)), server: target };
    }
    throw new SignInError({
      kind: 'protocol',
      message: 'The server redirected the sign-in too many times.',
    });
  } catch (error) {
    conn?.close();
    if (error instanceof LoginCancelled || opts.signal?.aborted) {
      throw new SignInError({ kind: 'connectionLost', message: 'Sign-in was cancelled.' });
    }
    throw new SignInError(toFailure(error), { cause: error });
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

/** login.md §6: USR TWN S <ticket> → USR OK <account> <name> <verified> <restricted>. */
async function presentTicket(
  conn: MsnpConnection,
  ticket: string,
  opts: LoginOptions,
): Promise<Omit<LoginResult, 'server'>> {
  // The profile MSG follows USR OK at once, possibly in the same chunk: buffer from now on.
  const early: MsnpCommand[] = [];
  const buffer = (cmd: MsnpCommand) => early.push(cmd);
  conn.on('command', buffer);
  let ok: MsnpCommand;
  try {
    ok = await conn.request('USR', ['TWN', 'S', ticket]);
  } catch (error) {
    conn.off('command', buffer);
    if (error instanceof MsnpError) throw new SignInError(failureFromCode(error.code, 'USR'));
    throw error;
  }
  if (ok.params[0] !== 'OK') {
    conn.off('command', buffer);
    throw new SignInError({
      kind: 'protocol',
      message: 'The server sent an unexpected sign-in reply.',
    });
  }
  return {
    connection: conn,
    ...parseUsrOk(ok.params, opts.email),
    early,
    release: () => conn.off('command', buffer),
  };
}

/**
 * login.md §6: `OK <account> <friendly-name> <verified> <restricted>`. A server may omit the
 * name ("only three fields after OK"): then the account name stands in for it, and the two
 * flags move up one place. Parsed by position; a short line never throws.
 */
export function parseUsrOk(
  params: readonly string[],
  fallbackEmail: string,
): { email: string; friendlyName: string; verified: boolean; restricted: boolean } {
  const fields = params.slice(1); // after OK
  const email = fields[0] || fallbackEmail;
  const named = fields.length !== 3;
  const name = named ? fields[1] : undefined;
  const [verified, restricted] = named ? [fields[2], fields[3]] : [fields[1], fields[2]];
  return {
    email,
    friendlyName: name !== undefined ? decodeParam(name) : email,
    verified: verified !== '0',
    restricted: restricted === '1',
  };
}

function stepMs(opts: LoginOptions): number {
  return opts.stepTimeoutMs ?? 30_000;
}
