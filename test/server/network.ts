// startNetwork(): the listeners of one local MSNP8 network on 127.0.0.1 ephemeral ports,
// the fault controls, and stop(). reference: msnp8/README.md §1 (the pieces of an MSN session).
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { X509Certificate } from 'node:crypto';
import { passportMaterial } from './certificates';
import { bump, type NetworkContext, type SignedInSession } from './context';
import { acceptDispatch } from './dispatch';
import { startGateway } from './gateway';
import { acceptNotification } from './notification';
import { startPassport, Tickets } from './passport';
import type { PassportRequestRecord } from './passport';
import { Presence } from './presence';
import { Store } from './store';
import { acceptSwitchboard } from './switchboard';
import { SwitchboardHub } from './switchboard-hub';
import type { AfterSignIn, DropMode, LocalNetwork, NetworkFaults, NetworkOptions } from './types';
import { encodeName } from './framer';
import { encodeSpacesOnly, resolveVariations } from './variations';

const HOST = '127.0.0.1';
/**
 * The servers also listen here, on the same ports, for the HTTP gateway only: blocking the
 * public TCP ports (a firewall) leaves the gateway working (http-gateway.md §4).
 */
const INTERNAL_HOST = '127.0.0.2';

export async function startNetwork(options: NetworkOptions = {}): Promise<LocalNetwork> {
  const store = new Store();
  for (const seed of options.accounts ?? []) store.add(seed);
  const sockets = new Set<Socket>();
  let delayMs = 0;
  let passportFailure: 500 | null = null;
  let sbFailure = false;
  const variations = resolveVariations(options);
  const hostile = new Map<string, AfterSignIn>();
  const counts = { passportLogins: new Map<string, number>(), signIns: new Map<string, number>() };
  let sbDropOnMessage = false;
  let syncDrop = false;
  let passportMode: 'redirectLoop' | 'hang' | null = null;

  const encodeNameHere = (text: string) =>
    variations.spaceOnlyEncoding ? encodeSpacesOnly(text) : encodeName(text);
  const ctx: NetworkContext = {
    store,
    presence: new Presence<SignedInSession>(store, variations, encodeNameHere),
    tickets: new Tickets(),
    switchboards: new SwitchboardHub(variations.uuidSessionIds),
    host: HOST,
    ports: { dispatch: 0, ns: 0, sb: 0, passport: 0 },
    delayMs: () => delayMs,
    switchboardFailure: () => sbFailure,
    variations,
    counts,
    afterSignIn: (email) => hostile.get(email.toLowerCase()) ?? null,
    // msnp8/README.md §11: a host name, resolved like any host (it is still the loopback address).
    switchboardAddress: () => `${variations.hostNames ? 'localhost' : HOST}:${ctx.ports.sb}`,
    encodeName: encodeNameHere,
    switchboardDropOnMessage: () => sbDropOnMessage,
    takeSyncDrop: () => {
      const drop = syncDrop;
      syncDrop = false;
      return drop;
    },
  };

  const servers: Server[] = [];
  /** The public listeners (closed while TCP is blocked) and their ports. */
  const publicListeners: { server: Server; port: number }[] = [];
  let tcpBlocked = false;
  const listenOn = (server: Server, port: number, host: string) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  const listen = async (accept: (ctx: NetworkContext, socket: Socket) => void) => {
    const make = () => {
      const server = createServer((socket) => {
        // Every socket is remembered so that stop() never waits for a client (tests never hang).
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        accept(ctx, socket);
      });
      servers.push(server);
      return server;
    };
    const server = make();
    await listenOn(server, 0, HOST);
    const port = (server.address() as AddressInfo).port;
    publicListeners.push({ server, port });
    await listenOn(make(), port, INTERNAL_HOST);
    return port;
  };
  const setTcpBlocked = async (blocked: boolean) => {
    if (blocked === tcpBlocked) return;
    tcpBlocked = blocked;
    await Promise.all(
      publicListeners.map(({ server, port }) =>
        blocked
          ? new Promise<void>((resolve) => server.close(() => resolve()))
          : listenOn(server, port, HOST),
      ),
    );
  };

  const tls = await passportMaterial(options.passportCertificate ?? 'valid');
  const passportRequests: PassportRequestRecord[] = [];
  const passport = await startPassport({
    log: passportRequests,
    redirectHost: options.passportRedirectHost,
    store,
    tickets: ctx.tickets,
    tls,
    delayMs: () => delayMs,
    forcedStatus: () => passportFailure,
    variations,
    countLogin: (email) => bump(counts.passportLogins, email),
    misbehaviour: () => passportMode,
  });
  ctx.ports.passport = passport.port;

  let gateway: Awaited<ReturnType<typeof startGateway>> | null = null;
  let stopped: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      passport.server.closeAllConnections();
      await gateway?.stop();
      await Promise.all([
        ...servers
          .filter((s) => s.listening)
          .map((s) => new Promise<void>((resolve) => s.close(() => resolve()))),
        new Promise<void>((resolve) => passport.server.close(() => resolve())),
      ]);
    })();
    return stopped;
  };

  try {
    ctx.ports.ns = await listen(acceptNotification);
    ctx.ports.sb = await listen(acceptSwitchboard);
    // Without a dispatch server the NS is the entry point, like Escargot (msnp8/README.md §1).
    ctx.ports.dispatch = variations.noDispatch ? ctx.ports.ns : await listen(acceptDispatch);
    gateway = await startGateway({
      host: HOST,
      internalHost: INTERNAL_HOST,
      delayMs: () => delayMs,
    });
    if (options.tcpBlocked) await setTcpBlocked(true);
  } catch (error) {
    await stop();
    throw error;
  }

  const session = (email: string) => ctx.presence.session(email);
  const faults: NetworkFaults = {
    dropConnection: (email: string, mode: DropMode) => {
      const wire = session(email)?.wire;
      if (!wire) return;
      // Half a line / half a payload, then the socket dies (msnp8/README.md §3.4: the reader must cope).
      if (mode === 'midLine') wire.write('NLN NLN half');
      if (mode === 'midPayload') wire.write('MSG Hotmail Hotmail 88\r\nMIME-Version: 1.0\r\nCon');
      if (mode === 'now') wire.destroy();
      else wire.destroyAfterWrites();
    },
    delayReplies: (ms: number) => {
      delayMs = Math.max(0, ms);
    },
    sendRaw: (email: string, data: string | Buffer) => session(email)?.wire.write(data),
    passportStatus: (status: 500 | null) => {
      passportFailure = status;
    },
    challenge: (email: string) => session(email)?.sendChallenge() ?? Promise.resolve(false),
    signInElsewhere: (email: string) => session(email)?.signOut('OTH'),
    afterSignIn: (email: string, action: AfterSignIn) => {
      hostile.set(email.toLowerCase(), action);
    },
    shutdown: async () => {
      for (const s of ctx.presence.all()) s.signOut('SSD');
      // Let OUT SSD reach the clients before everything closes (msnp8/README.md §9.2).
      await new Promise((resolve) => setTimeout(resolve, 50 + delayMs));
      await stop();
    },
    switchboardFailure: (on: boolean) => {
      sbFailure = on;
    },
    blockTcp: (blocked: boolean) => setTcpBlocked(blocked),
    endGatewaySessions: (fault) => gateway?.endSessions(fault),
    switchboardDropOnMessage: (on: boolean) => {
      sbDropOnMessage = on;
    },
    dropNextSync: () => {
      syncDrop = true;
    },
    passportMisbehaves: (mode) => {
      passportMode = mode;
    },
  };
  const liveGateway = gateway as NonNullable<typeof gateway>;

  return {
    host: HOST,
    dispatchPort: ctx.ports.dispatch,
    nsPort: ctx.ports.ns,
    sbPort: ctx.ports.sb,
    nexusUrl: `https://${HOST}:${passport.port}/rdr/pprdr.asp`,
    loginUrl: `https://${HOST}:${passport.port}/login2.srf`,
    caCertPem: tls.caCertPem,
    gatewayPort: liveGateway.port,
    gatewayStats: () => liveGateway.stats(),
    passportRequests,
    passportFingerprint: new X509Certificate(tls.certPem).fingerprint256,
    addAccount: (seed) => {
      store.add(seed);
    },
    faults,
    counters: {
      passportLogins: (email) => counts.passportLogins.get(email.toLowerCase()) ?? 0,
      signIns: (email) => counts.signIns.get(email.toLowerCase()) ?? 0,
    },
    variations,
    stop,
  };
}
