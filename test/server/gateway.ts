// The HTTP gateway of the local network: MSNP in POST bodies, each gateway session mapped onto
// a TCP connection of its own to the NS or a switchboard, reached on the network's internal
// address (so it works while the public TCP ports are blocked).
// reference: http-gateway.md §1 (open/send/poll, X-MSN-Messenger, Session=close), §2 (one
// request at a time: an overlapping request gets 400; PNG gets an HTTP error)
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';

export interface GatewayStats {
  requests: number;
  opened: number;
  /** Requests that arrived while another of the same session was in flight (answered 400). */
  overlaps: number;
  /** Bodies that carried a PNG (answered 400, as the historical server did). */
  pngs: number;
  /** Sessions whose backend connection is still open. */
  openSessions: number;
  /** Requests per session id, in order of opening. */
  perSession: { server: 'NS' | 'SB'; requests: number }[];
}

export type GatewayFault = 'close' | '400';

interface GatewaySession {
  id: string;
  server: 'NS' | 'SB';
  socket: Socket;
  buffered: Buffer[];
  ended: boolean;
  inFlight: boolean;
  requests: number;
  waiter: (() => void) | null;
}

export interface LocalGateway {
  port: number;
  stats(): GatewayStats;
  /** The next response of every open session ends it: `Session=close`, or a 400. */
  endSessions(fault: GatewayFault): void;
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;
/** After a send, hold the response this long for the server's answer (fewer round trips). */
const HOLD_AFTER_SEND_MS = 100;

export async function startGateway(opts: {
  host: string;
  /** Where the servers listen for the gateway (the network's internal address). */
  internalHost: string;
  delayMs: () => number;
}): Promise<LocalGateway> {
  const sessions = new Map<string, GatewaySession>();
  const order: GatewaySession[] = [];
  const stats = { requests: 0, opened: 0, overlaps: 0, pngs: 0 };
  /** Sessions whose next response ends them, and how. */
  const toFault = new Map<string, GatewayFault>();

  const open = (server: 'NS' | 'SB', ip: string): GatewaySession | null => {
    const port = Number(/:(\d{1,5})$/.exec(ip)?.[1] ?? 1863);
    if (!Number.isInteger(port) || port < 1 || port > 65535) return null;
    const socket = connect({ host: opts.internalHost, port });
    const session: GatewaySession = {
      id: randomUUID(),
      server,
      socket,
      buffered: [],
      ended: false,
      inFlight: false,
      requests: 0,
      waiter: null,
    };
    socket.on('data', (chunk: Buffer) => {
      session.buffered.push(chunk);
      session.waiter?.();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      session.ended = true;
      session.waiter?.();
    });
    sessions.set(session.id, session);
    order.push(session);
    stats.opened += 1;
    return session;
  };

  const waitForData = (session: GatewaySession, ms: number): Promise<void> =>
    new Promise((resolve) => {
      if (session.buffered.length > 0 || session.ended || ms <= 0) return resolve();
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        session.waiter = null;
        resolve();
      }
      session.waiter = done;
    });

  const reply = (res: ServerResponse, session: GatewaySession, close: boolean): void => {
    const body = Buffer.concat(session.buffered);
    session.buffered = [];
    const ending = close || (session.ended && body.length === 0);
    const header = `SessionID=${session.id}; GW-IP=${opts.host}:${port}${ending ? '; Session=close' : ''}`;
    if (ending) {
      sessions.delete(session.id);
      session.socket.destroy();
    }
    res.writeHead(200, {
      'Content-Type': 'application/x-msn-messenger',
      'X-MSN-Messenger': header,
      'Content-Length': body.length,
    });
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    stats.requests += 1;
    const url = new URL(req.url ?? '/', 'http://gateway');
    if (req.method !== 'POST' || url.pathname !== '/gateway/gateway.dll') {
      res.writeHead(404).end();
      return;
    }
    const action = url.searchParams.get('Action');
    let session: GatewaySession | null;
    if (action === 'open') {
      const server = url.searchParams.get('Server');
      const ip = url.searchParams.get('IP') ?? '';
      session = server === 'NS' || server === 'SB' ? open(server, ip) : null;
      if (!session) {
        res.writeHead(400).end();
        return;
      }
    } else {
      session = sessions.get(url.searchParams.get('SessionID') ?? '') ?? null;
      if (!session) {
        res.writeHead(400).end();
        return;
      }
    }
    if (session.inFlight) {
      // §2: historical servers answered 400 to overlapping requests.
      stats.overlaps += 1;
      res.writeHead(400).end();
      return;
    }
    if (/(^|\r\n)PNG\r\n/.test(body.toString('latin1'))) {
      stats.pngs += 1;
      res.writeHead(400).end();
      return;
    }
    session.inFlight = true;
    session.requests += 1;
    try {
      const fault = toFault.get(session.id);
      if (fault) {
        toFault.delete(session.id);
        if (fault === '400') {
          sessions.delete(session.id);
          session.socket.destroy();
          res.writeHead(400).end();
          return;
        }
        reply(res, session, true);
        return;
      }
      if (body.length > 0 && !session.ended) session.socket.write(body);
      await waitForData(session, body.length > 0 ? HOLD_AFTER_SEND_MS : 0);
      const delay = opts.delayMs();
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      reply(res, session, false);
    } finally {
      session.inFlight = false;
    }
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) req.destroy();
      else chunks.push(chunk);
    });
    req.on('end', () => void handle(req, res, Buffer.concat(chunks)));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, opts.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    stats: () => ({
      ...stats,
      openSessions: [...sessions.values()].filter((s) => !s.ended).length,
      perSession: order.map((s) => ({ server: s.server, requests: s.requests })),
    }),
    endSessions(fault) {
      for (const id of sessions.keys()) toFault.set(id, fault);
    },
    async stop() {
      for (const session of sessions.values()) session.socket.destroy();
      sessions.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
