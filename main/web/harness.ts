// The web harness: main's services in plain Node, served to a browser over loopback HTTP
// (the built renderer) and a WebSocket (the bridge). Used by `npm run dev:web`, the demo and
// the end-to-end tests (one harness per account, each with its own user-data folder).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { NetworkProfile } from '@shared/domain';
import type { EventBody } from '@shared/ipc/events';
import { createRouter } from '../ipc/router';
import type { ClientFactory } from '../services/account/account-service';
import { createAppServices } from '../services/app-services';
import type { AppServices } from '../services/app-services';
import { createClientFactory } from '../services/account/msn-client-factory';
import { passportHostOf } from '../services/account/passport-host';
import { FileKeySecretStore } from '../services/stores/secret-store';
import { ReceivedFiles } from './received-files';
import { openStaticSite } from './static-server';
import { createWebDesktop, webHistoryFiles } from './web-desktop';
import { WsTransport } from './ws-transport';

export interface WebHarnessOptions {
  profile: NetworkProfile;
  userDataDir: string;
  /** The built renderer; default `out/renderer` of this checkout. */
  rendererDir?: string;
  /** Default 0: an ephemeral port. */
  port?: number;
  /** Which MsnClient to use; default the real one. Tests of the shell pass a fake. */
  clients?: ClientFactory;
  /**
   * Accounts offered on the sign-in screen with their passwords remembered (the demo, which
   * lives under test/demo: the product itself never reads test data). None by default.
   */
  demoAccounts?: { email: string; password: string }[];
}

export interface WebHarness {
  url: string;
  stop(): Promise<void>;
  /** For tests and the CLI: the services behind the page. */
  services: AppServices;
}

const DEFAULT_RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');

export async function startWebHarness(options: WebHarnessOptions): Promise<WebHarness> {
  const site = await openStaticSite(options.rendererDir ?? DEFAULT_RENDERER_DIR);
  const server = createServer();
  const received = new ReceivedFiles();
  let port = 0;
  server.on('request', (request, response) => {
    if (received.handle(request, response, port)) return;
    void site.handle(request, response, port).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  const transport = new WsTransport(server, () => port);

  const sink: { emit: (event: EventBody) => void } = { emit: () => undefined };
  let current: AppServices | null = null;
  // Received files go here and nowhere else, whatever a settings file says (main decides).
  const downloadsDir = join(options.userDataDir, 'Downloads');
  const clients =
    options.clients ??
    createClientFactory({
      userDataDir: options.userDataDir,
      downloadDir: () => downloadsDir,
      onCorrupt: (notice) =>
        sink.emit({
          type: 'notice',
          level: 'warning',
          text: `A damaged contact list cache was set aside (${notice.reason}).`,
        }),
      proxyPassword: (profileId) => current?.proxySecrets.password(profileId) ?? null,
    });
  const services = await createAppServices({
    userDataDir: options.userDataDir,
    platform: 'web',
    localProfile: options.profile,
    secrets: await FileKeySecretStore.open(options.userDataDir),
    desktop: createWebDesktop(
      (event) => sink.emit(event),
      downloadsDir,
      webHistoryFiles(options.userDataDir, (path, name) => received.offer(path, name)),
    ),
    clients,
    // A browser page has no view of the system's idle time: auto-away stays off here.
    idle: { idleSeconds: () => 0 },
    deliver: (events) => transport.broadcast(events),
    decorateTransfer: (transfer) => received.decorate(transfer),
  });
  sink.emit = services.emit;
  current = services;
  transport.serve(createRouter(services.handlers));

  if (options.demoAccounts) {
    // Remembered in reverse so the first demo account is offered first.
    for (const account of [...options.demoAccounts].reverse()) {
      await services.accounts.remember(
        {
          email: account.email,
          profileId: 'local-demo',
          status: 'NLN',
          signInAutomatically: false,
        },
        account.password,
        passportHostOf(options.profile),
      );
    }
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    services,
    async stop() {
      await services.dispose();
      await transport.close();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
