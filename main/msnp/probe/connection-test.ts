// Test connection without a password: every step of a sign-in up to the point where the
// password would be sent, each timed, stopping at the first that fails and saying why.
// reference: login.md §1 (the steps), §2 VER, §3 CVR, §4 USR TWN I / XFR NS, §5.1 nexus,
// §5.6 certificate trust. Nothing here writes a password: the login server is only
// connected to (TLS handshake and certificate check), never asked anything.
import { dialerFor } from '../gateway/connection-setting';
import type { ConnectionSetting } from '../gateway/connection-setting';
import type {
  ConnectionTestResult,
  ConnectionTestStep,
  ConnectionTestStepName,
} from '@shared/domain';
import type { MsnpCommand } from '../codec';
import { MsnpConnection } from '../connection';
import { toFailure } from '../failures';
import { cvrParams, MAX_NS_REDIRECTS } from '../notification/login';
import { DEFAULT_PORT, parseHostPort } from '@shared/host-port';
import { connectTrusted } from '../passport/https';
import { passportNetworkError } from '../passport/https';
import { PassportError } from '../passport/errors';
import { fetchLoginUrl } from '../passport/nexus';
import { passportNetworkHosts } from '../passport/ticket';
import type { PassportConfig } from '../passport/ticket';

export interface ConnectionTestOptions {
  server: { host: string; port: number };
  passport: PassportConfig;
  /** The address typed on the sign-in screen, or a placeholder: USR TWN I needs one. */
  email: string;
  timeoutMs?: number;
  now?: () => number;
  /** The network's connection choice: the test goes the way a sign-in would (gateway, proxy). */
  connection?: ConnectionSetting;
}

export const PLACEHOLDER_ADDRESS = 'test@example.com';

class StepFailed extends Error {}

export async function testConnection(opts: ConnectionTestOptions): Promise<ConnectionTestResult> {
  const now = opts.now ?? (() => performance.now());
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const steps: ConnectionTestStep[] = [];
  const trust = {
    ...opts.passport,
    proxy: opts.connection?.proxy ?? null,
    networkHosts: passportNetworkHosts(opts.passport),
  };
  // http-gateway.md §4: the same way a sign-in goes, and the result says which way that was.
  const dialer = dialerFor(opts.connection, opts.server.host);

  /** Runs one step; a failure is recorded with its reason and ends the test. */
  const step = async <T>(
    name: ConnectionTestStepName,
    run: () => Promise<{ value: T; detail: string }>,
  ): Promise<T> => {
    const start = now();
    try {
      const { value, detail } = await run();
      steps.push({ step: name, ok: true, ms: Math.round(now() - start), detail });
      return value;
    } catch (error) {
      const failure =
        error instanceof PassportError ? error.failure : toFailure(passportIfTls(error));
      steps.push({
        step: name,
        ok: false,
        ms: Math.round(now() - start),
        detail: failure.message,
        ...(failure.certificate ? { certificate: failure.certificate } : {}),
      });
      throw new StepFailed();
    }
  };

  let conn: MsnpConnection | null = null;
  try {
    let target = opts.server;
    let policyReply: MsnpCommand | null = null;
    for (let hop = 0; hop <= MAX_NS_REDIRECTS && !policyReply; hop++) {
      const at = `${target.host}:${target.port}`;
      conn = await step('connect', async () => ({
        value: await MsnpConnection.connect(target.host, target.port, {
          connectTimeoutMs: timeoutMs,
          requestTimeoutMs: timeoutMs,
          dialer: dialer.dial,
          server: 'NS',
        }),
        detail: dialer.via === 'gateway' ? `${at} through the HTTP gateway` : at,
      }));
      const live: MsnpConnection = conn;
      await step('version', async () => {
        const ver = await live.request('VER', ['MSNP8', 'CVR0']);
        if (!ver.params.includes('MSNP8')) throw new Error("The server doesn't speak MSNP8.");
        await live.request('CVR', cvrParams(opts.email));
        return { value: undefined, detail: `VER ${ver.params.join(' ')}` };
      });
      const answer = await step('account', async () => {
        const reply = await live.request('USR', ['TWN', 'I', opts.email], {
          replyName: ['USR', 'XFR'],
          timeoutMs,
        });
        const detail =
          reply.name === 'XFR'
            ? `XFR ${reply.params.slice(0, 2).join(' ')}`
            : 'USR TWN S (the server asks for Passport)';
        return { value: reply, detail };
      });
      live.close();
      conn = null;
      if (answer.name === 'XFR') {
        // login.md §4.1: XFR NS host:port → start again there.
        target = await step('redirect', async () => {
          const next =
            answer.params[0] === 'NS' ? parseHostPort(answer.params[1], DEFAULT_PORT) : null;
          if (!next) throw new Error('The server sent an invalid redirect.');
          const moved = answer.params[1] === '0' ? target : next;
          return { value: moved, detail: `${moved.host}:${moved.port}` };
        });
        continue;
      }
      policyReply = answer;
    }
    if (!policyReply) {
      await step('redirect', () =>
        Promise.reject(new Error('The server redirected the sign-in too many times.')),
      );
    }
    const loginUrl = await step('nexus', async () => {
      if (trust.nexusUrl === null) {
        if (!trust.loginUrl) throw new Error('No Passport address is configured.');
        return { value: trust.loginUrl, detail: `no nexus; login at ${trust.loginUrl}` };
      }
      const url = await fetchLoginUrl(trust.nexusUrl, trust, timeoutMs);
      return { value: url, detail: `login at ${url}` };
    });
    await step('login', async () => {
      const url = new URL(loginUrl);
      const host = url.hostname.replace(/^\[|\]$/g, '');
      const port = url.port ? Number(url.port) : 443;
      await openTls(host, port, trust, timeoutMs);
      return { value: undefined, detail: `${host}:${port}: certificate accepted` };
    });
    return { ok: true, steps };
  } catch (error) {
    if (!(error instanceof StepFailed)) throw error;
    return { ok: false, steps };
  } finally {
    conn?.close();
  }
}

/** The login server's TLS handshake and certificate check only: no request is written. */
function openTls(
  host: string,
  port: number,
  trust: PassportConfig & { networkHosts: string[] },
  timeoutMs: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(Object.assign(new Error('timeout'), { code: 'PASSPORT_TIMEOUT' }));
    }, timeoutMs);
    connectTrusted(host, port, trust, (err, socket) => {
      clearTimeout(timer);
      socket?.destroy();
      if (err) reject(passportNetworkError(err));
      else resolve();
    });
  });
}

/** Plain errors thrown inside a step keep their words. */
function passportIfTls(error: unknown): unknown {
  if (error instanceof Error && error.constructor === Error) {
    return new PassportError({ kind: 'protocol', message: error.message });
  }
  return error;
}
