// What the NS command handlers (ns-groups, ns-lists, ns-settings, ns-sync) use of a signed-in
// session; NsSession implements it. Its own file so the handlers and the session that routes
// to them do not import each other.
import type { NetworkContext } from './context';
import type { PresenceSession } from './presence';

export interface NsCommandSession extends PresenceSession {
  readonly ctx: NetworkContext;
  /** SYN was sent in this session: ADD FL is then followed by BPR lines (contacts.md §3). */
  synced: boolean;
  /** Answers `<code> <TrID>` (errors.md). */
  error(code: number, trid: string): void;
}
