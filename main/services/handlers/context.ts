// What every request handler may use: the services createAppServices composed. Handlers are
// grouped by concern (one module each) and assembled into the router's table in app-services.ts.
import type { EventBody, Snapshot } from '@shared/ipc/events';
import type { RequestHandlers } from '../../ipc/router';
import type { AccountRegistry } from '../account/account-registry';
import type { AccountStore } from '../stores/account-store';
import type { Desktop } from '../desktop';
import type { HistoryStore } from '../history/history-store';
import type { HistoryImporter } from '../history/import/importer';
import type { NicknameStore } from '../stores/nickname-store';
import type { OutgoingFiles } from '../stores/outgoing-files';
import type { PendingTrust } from '../account/pending-trust';
import type { ProfileStore } from '../stores/profile-store';
import type { ProxySecrets } from '../stores/proxy-secrets';
import type { SettingsStore } from '../stores/settings-store';

export interface HandlerContext {
  /** Every signed-in account; a request naming none goes to the shown one. */
  registry: AccountRegistry;
  accounts: AccountStore;
  desktop: Desktop;
  history: HistoryStore;
  importer: HistoryImporter;
  nicknames: NicknameStore;
  outgoing: OutgoingFiles;
  profiles: ProfileStore;
  settings: SettingsStore;
  /** Raises an event; account events are stamped with the shown account's sign-in. */
  emit: (event: EventBody) => void;
  snapshot: () => Snapshot;
  /** A sign-in a certificate stopped, waiting for the person to trust it. */
  pendingTrust: PendingTrust;
  proxySecrets: ProxySecrets;
}

/** The handlers of some channels; the modules together cover every channel (checked by tsc). */
export type HandlerGroup<C extends keyof RequestHandlers> = Pick<RequestHandlers, C>;
