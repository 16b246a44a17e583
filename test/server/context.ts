// What every connection handler of one network instance shares.
import type { NsSession } from './ns-session';
import type { Presence } from './presence';
import type { Store } from './store';
import type { Tickets } from './passport';
import type { SwitchboardHub } from './switchboard-hub';

export interface NetworkContext {
  readonly store: Store;
  readonly presence: Presence<NsSession>;
  readonly tickets: Tickets;
  readonly switchboards: SwitchboardHub;
  readonly host: '127.0.0.1';
  readonly ports: { dispatch: number; ns: number; sb: number; passport: number };
  delayMs(): number;
  /** faults.switchboardFailure: XFR SB and CAL answer 280. */
  switchboardFailure(): boolean;
  /** faults.switchboardDropOnMessage: an SB closes the sender's socket on MSG. */
  switchboardDropOnMessage(): boolean;
  /** faults.dropNextSync: true once, for the next full SYN listing (then it resets). */
  takeSyncDrop(): boolean;
}

export const isTrid = (text: string | undefined): text is string =>
  text !== undefined && /^\d{1,10}$/.test(text);
