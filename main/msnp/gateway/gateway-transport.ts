// The HTTP gateway transport: the same MSNP bytes carried in POST bodies (open / send / poll),
// one request in flight per session, adaptive polling, queued commands batched into the next
// request. reference: http-gateway.md §1 (sessions), §2 (timing and order), §3 (one gateway
// session per NS or switchboard connection)
import { EventEmitter } from 'node:events';
import { Agent, request as httpRequest } from 'node:http';
import type { ClientRequest, IncomingMessage, RequestOptions } from 'node:http';
import type { ConnectTarget, Dialer, Transport, TransportEvents } from '../connection/transport';
import { followGatewayIp } from './gateway-address';
import type { GatewayAddress } from './gateway-address';
import { parseGatewayHeader } from './gateway-header';
import { basicAuth, openTunnel } from '../proxy/tunnel';
import type { ProxySetting } from '../proxy/proxy-setting';

export interface GatewayTimings {
  /** First poll after activity (§2: "a few hundred ms"); doubles while idle. */
  pollFastMs?: number;
  /** Idle polling interval (§2: the official client polled about every 2 s). */
  pollIdleMs?: number;
  /** One HTTP request may take this long before the session counts as lost. */
  requestTimeoutMs?: number;
}

export interface GatewayOptions extends GatewayTimings {
  address: GatewayAddress;
  /** Gateway requests go through this proxy: plain HTTP to an HTTP proxy, or a SOCKS tunnel. */
  proxy?: ProxySetting | null;
  /** Used as a fallback (automatic): an unreachable gateway means the server was not reached
   * either way, and the person is told so. */
  fallback?: boolean;
}

export const DEFAULT_GATEWAY_TIMINGS = {
  pollFastMs: 250,
  pollIdleMs: 2_000,
  requestTimeoutMs: 30_000,
} as const;

/** One response body may not exceed this: a hostile gateway cannot grow our memory. */
export const MAX_GATEWAY_RESPONSE_BYTES = 4 * 1024 * 1024;

const CONTENT_TYPE = 'application/x-msn-messenger';

export class GatewayError extends Error {
  override readonly name = 'GatewayError';
}

export class GatewayTransport extends EventEmitter<TransportEvents> implements Transport {
  readonly kind = 'gateway';
  private queue: Buffer[] = [];
  private sessionId: string | null = null;
  private address: GatewayAddress;
  private inFlight: ClientRequest | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private idlePolls = 0;
  private ending = false;
  private closed = false;
  private readonly timings: Required<GatewayTimings>;
  // One socket, kept alive between requests: requests of a session never overlap anyway.
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });

  constructor(
    private readonly target: ConnectTarget,
    private readonly options: GatewayOptions,
  ) {
    super();
    this.address = options.address;
    this.timings = { ...DEFAULT_GATEWAY_TIMINGS, ...stripUndefined(options) };
  }

  /** True while no timer or request of this session is left (after close, always). */
  get idle(): boolean {
    return this.pollTimer === null && this.inFlight === null;
  }

  write(bytes: Buffer): void {
    if (this.closed || this.ending) return;
    this.queue.push(bytes);
    this.idlePolls = 0;
    this.pump();
  }

  end(): void {
    if (this.closed) return;
    this.ending = true;
    this.pump();
  }

  destroy(): void {
    this.finish();
  }

  private pump(): void {
    if (this.closed || this.inFlight) return;
    this.clearPoll();
    if (this.sessionId === null) {
      // §1: the first request opens the session and carries the first command(s).
      if (this.queue.length > 0) this.post(this.openQuery(), this.takeQueue());
      else if (this.ending) this.finish();
      return;
    }
    if (this.queue.length > 0) {
      this.post(`SessionID=${encodeURIComponent(this.sessionId)}`, this.takeQueue());
      return;
    }
    if (this.ending) {
      this.finish();
      return;
    }
    this.schedulePoll();
  }

  private openQuery(): string {
    const { host, port, server } = this.target;
    // §1: IP is the host (or host:port) the client would have connected to directly.
    const ip = port === 1863 ? host : `${host}:${port}`;
    return `Action=open&Server=${server}&IP=${encodeURIComponent(ip)}`;
  }

  private takeQueue(): Buffer {
    const body = Buffer.concat(this.queue);
    this.queue = [];
    return body;
  }

  private schedulePoll(): void {
    const { pollFastMs, pollIdleMs } = this.timings;
    const delay = Math.min(pollIdleMs, pollFastMs * 2 ** this.idlePolls);
    this.pollTimer = setTimeout(() => {
      this.pollTimer = null;
      if (this.closed || this.inFlight || this.sessionId === null) return;
      this.idlePolls += 1;
      this.post(`Action=poll&SessionID=${encodeURIComponent(this.sessionId)}`, Buffer.alloc(0));
    }, delay);
  }

  private clearPoll(): void {
    if (this.pollTimer) clearTimeout(this.pollTimer);
    this.pollTimer = null;
  }

  private post(query: string, body: Buffer): void {
    const req = httpRequest({
      ...this.route(`${this.address.path}?${query}`),
      method: 'POST',
      timeout: this.timings.requestTimeoutMs,
    });
    req.setHeader('Content-Type', CONTENT_TYPE);
    req.setHeader('Content-Length', body.length);
    this.inFlight = req;
    req.on('timeout', () => req.destroy(new GatewayError('The HTTP gateway stopped answering.')));
    req.on('error', (error) => {
      if (this.inFlight !== req) return;
      // Before a session exists the gateway itself was not reached: say which and why.
      const code = (error as { code?: unknown }).code;
      this.finish(
        this.sessionId === null && !(error instanceof GatewayError)
          ? new GatewayError(this.unreachableText(typeof code === 'string' ? code : null), {
              cause: error,
            })
          : error,
      );
    });
    req.on('response', (res) => this.onResponse(req, res));
    req.end(body);
  }

  private unreachableText(code: string | null): string {
    const where = `${this.address.host}:${this.address.port}${code ? ` (${code})` : ''}`;
    return this.options.fallback
      ? `Can't reach the Messenger server, neither directly nor through its HTTP gateway at ${where}. Check your connection and the server address.`
      : `Can't reach the HTTP gateway at ${where}.`;
  }

  /** Where one request goes: the gateway, or an HTTP proxy, or a SOCKS tunnel (§5). */
  private route(pathAndQuery: string): RequestOptions {
    const { host, port } = this.address;
    const proxy = this.options.proxy;
    const authority = `${host.includes(':') ? `[${host}]` : host}:${port}`;
    if (proxy?.kind === 'http') {
      return {
        host: proxy.host,
        port: proxy.port,
        path: `http://${authority}${pathAndQuery}`,
        agent: this.agent,
        headers: {
          Host: authority,
          ...(proxy.username ? { 'Proxy-Authorization': basicAuth(proxy) } : {}),
        },
      };
    }
    if (proxy) {
      return {
        host,
        port,
        path: pathAndQuery,
        // No agent: node:http then opens each request's socket with createConnection.
        createConnection: (_options, oncreate) => {
          openTunnel(proxy, { host, port }, this.timings.requestTimeoutMs).then(
            (socket) => oncreate(null, socket),
            (error: Error) => oncreate(error, undefined as never),
          );
          return undefined;
        },
      };
    }
    return { host, port, path: pathAndQuery, agent: this.agent };
  }

  private onResponse(req: ClientRequest, res: IncomingMessage): void {
    if (res.statusCode !== 200) {
      res.resume();
      // §1 (Uncertain): a 400 may stand for an ended session; either way this session is over.
      this.finish(new GatewayError(`The HTTP gateway answered ${res.statusCode ?? 'nothing'}.`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_GATEWAY_RESPONSE_BYTES) {
        req.destroy(new GatewayError('The HTTP gateway sent more than a reply can hold.'));
        return;
      }
      chunks.push(chunk);
    });
    res.on('end', () => {
      if (this.inFlight !== req || this.closed) return;
      const header = parseGatewayHeader(res.headers['x-msn-messenger']);
      if (header.sessionId) this.sessionId = header.sessionId;
      if (this.sessionId === null) {
        this.finish(new GatewayError('The HTTP gateway did not open a session.'));
        return;
      }
      this.address = followGatewayIp(this.address, header.gatewayIp);
      this.inFlight = null;
      const data = Buffer.concat(chunks);
      if (data.length > 0) {
        this.idlePolls = 0;
        this.emit('data', data);
      }
      if (header.closed) this.finish();
      else this.pump();
    });
    res.on('error', (error) => {
      if (this.inFlight === req) this.finish(error);
    });
  }

  private finish(error?: Error): void {
    if (this.closed) return;
    this.closed = true;
    this.queue = [];
    this.clearPoll();
    const req = this.inFlight;
    this.inFlight = null;
    req?.destroy();
    this.agent.destroy();
    this.emit('close', error ? { error } : {});
  }
}

/** Every connection through the gateway at `address` (each its own gateway session, §3). */
export function gatewayDialer(options: GatewayOptions): Dialer {
  return async (target) => new GatewayTransport(target, options);
}

function stripUndefined(timings: GatewayTimings): GatewayTimings {
  return Object.fromEntries(
    Object.entries({
      pollFastMs: timings.pollFastMs,
      pollIdleMs: timings.pollIdleMs,
      requestTimeoutMs: timings.requestTimeoutMs,
    }).filter(([, value]) => value !== undefined),
  );
}
