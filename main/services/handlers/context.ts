// What every request handler may use: the services createAppServices composed. Handlers are
// grouped by concern (one module each) and assembled into the router's table in app-services.ts.
import type { EventBody, Snapshot } from '@shared/ipc/events';
import type { RequestHandlers } from '../../ipc/router';
import type { AccountService } from '../account-service';
import type { AccountStore } from '../account-store';
import type { AutoAwayController } from '../auto-away';
import type { Desktop } from '../desktop';
import type { HistoryStore } from '../history-store';
import type { HistoryImporter } from '../history/import/importer';
import type { NicknameStore } from '../nickname-store';
import type { OutgoingFiles } from '../outgoing-files';
import type { PendingTrust } from '../pending-trust';
import type { ProfileStore } from '../profile-store';
import type { ProxySecrets } from '../proxy-secrets';
import type { SettingsStore } from '../settings-store';

export interface HandlerContext {
  account: AccountService;
  accounts: AccountStore;
  autoAway: AutoAwayController;
  desktop: Desktop;
  history: HistoryStore;
  importer: HistoryImporter;
  nicknames: NicknameStore;
  outgoing: OutgoingFiles;
  profiles: ProfileStore;
  settings: SettingsStore;
  /** Raises an event; account events are stamped with the current sign-in. */
  emit: (event: EventBody) => void;
  snapshot: () => Snapshot;
  /** The signed-in account's address, or null when signed out. */
  signedInEmail: () => string | null;
  /** A sign-in a certificate stopped, waiting for the person to trust it. */
  pendingTrust: PendingTrust;
  proxySecrets: ProxySecrets;
}

/** The handlers of some channels; the modules together cover every channel (checked by tsc). */
export type HandlerGroup<C extends keyof RequestHandlers> = Pick<RequestHandlers, C>;
