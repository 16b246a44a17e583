// startNetwork(): the listeners of one local MSNP8 network on 127.0.0.1 ephemeral ports,
// the fault controls, and stop(). reference: README.md §1 (the pieces of an MSN session).
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tlsMaterial } from './certificates';
import type { NetworkContext } from './context';
import { acceptDispatch } from './dispatch';
import { acceptNotification } from './notification';
import { startPassport, Tickets } from './passport';
import { Presence } from './presence';
import { Store } from './store';
import { acceptSwitchboard } from './switchboard';
import { SwitchboardHub } from './switchboard-hub';
import type { DropMode, LocalNetwork, NetworkFaults, NetworkOptions } from './types';
import type { NsSession } from './ns-session';

const HOST = '127.0.0.1';

export async function startNetwork(options: NetworkOptions = {}): Promise<LocalNetwork> {
  const store = new Store();
  for (const seed of options.accounts ?? []) store.add(seed);
  const sockets = new Set<Socket>();
  let delayMs = 0;
  let passportFailure: 500 | null = null;
  let sbFailure = false;
  let sbDropOnMessage = false;
  let syncDrop = false;
  let passportMode: 'redirectLoop' | 'hang' | null = null;

  const ctx: NetworkContext = {
    store,
    presence: new Presence<NsSession>(store),
    tickets: new Tickets(),
    switchboards: new SwitchboardHub(),
    host: HOST,
    ports: { dispatch: 0, ns: 0, sb: 0, passport: 0 },
    delayMs: () => delayMs,
    switchboardFailure: () => sbFailure,
    switchboardDropOnMessage: () => sbDropOnMessage,
    takeSyncDrop: () => {
      const drop = syncDrop;
      syncDrop = false;
      return drop;
    },
  };

  const servers: Server[] = [];
  const listen = async (accept: (ctx: NetworkContext, socket: Socket) => void) => {
    const server = createServer((socket) => {
      // Every socket is remembered so that stop() never waits for a client (tests never hang).
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      accept(ctx, socket);
    });
    servers.push(server);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, HOST, () => resolve());
    });
    return (server.address() as AddressInfo).port;
  };

  const tls = await tlsMaterial();
  const passport = await startPassport({
    store,
    tickets: ctx.tickets,
    tls,
    delayMs: () => delayMs,
    forcedStatus: () => passportFailure,
    misbehaviour: () => passportMode,
  });
  ctx.ports.passport = passport.port;

  let stopped: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      passport.server.closeAllConnections();
      await Promise.all([
        ...servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))),
        new Promise<void>((resolve) => passport.server.close(() => resolve())),
      ]);
    })();
    return stopped;
  };

  try {
    ctx.ports.ns = await listen(acceptNotification);
    ctx.ports.sb = await listen(acceptSwitchboard);
    // Without a dispatch server the NS is the entry point, like Escargot (README §1).
    ctx.ports.dispatch = options.dispatch === false ? ctx.ports.ns : await listen(acceptDispatch);
  } catch (error) {
    await stop();
    throw error;
  }

  const session = (email: string) => ctx.presence.session(email);
  const faults: NetworkFaults = {
    dropConnection: (email: string, mode: DropMode) => {
      const wire = session(email)?.wire;
      if (!wire) return;
      // Half a line / half a payload, then the socket dies (README §3.4: the reader must cope).
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
    shutdown: async () => {
      for (const s of ctx.presence.all()) s.signOut('SSD');
      // Let OUT SSD reach the clients before everything closes (README §9.2).
      await new Promise((resolve) => setTimeout(resolve, 50 + delayMs));
      await stop();
    },
    switchboardFailure: (on: boolean) => {
      sbFailure = on;
    },
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

  return {
    host: HOST,
    dispatchPort: ctx.ports.dispatch,
    nsPort: ctx.ports.ns,
    sbPort: ctx.ports.sb,
    nexusUrl: `https://${HOST}:${passport.port}/rdr/pprdr.asp`,
    loginUrl: `https://${HOST}:${passport.port}/login2.srf`,
    caCertPem: tls.caCertPem,
    addAccount: (seed) => {
      store.add(seed);
    },
    faults,
    stop,
  };
}
