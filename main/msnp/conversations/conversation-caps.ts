// The caps on conversations a contact or server can make us open: how many stay open at once,
// and how fast RNGs are answered. Each answered RNG is a socket and, in Electron, a window.
// reference: switchboard.md §2 (RNG), limits.ts (the figures and their words)
import {
  MAX_LIVE_CONVERSATIONS,
  NoticeThrottle,
  RateGate,
  RING_BURST,
  RING_REFILL_MS,
  RINGS_REFUSED_TEXT,
  TOO_MANY_CONVERSATIONS_TEXT,
} from '../limits';
import { ConversationError } from './conversation-errors';
import { isLeft } from './conversation-record';
import type { ConversationRecord } from './conversation-record';

/** Conversations the person has not closed (each is a window in Electron). */
export function openCount(records: Iterable<ConversationRecord>): number {
  let open = 0;
  for (const record of records) if (!isLeft(record)) open += 1;
  return open;
}

/** Throws the plain words when one more conversation would pass the cap. */
export function assertMayOpenAnother(records: Iterable<ConversationRecord>): void {
  if (openCount(records) >= MAX_LIVE_CONVERSATIONS)
    throw new ConversationError(TOO_MANY_CONVERSATIONS_TEXT);
}

/** Decides which RNGs are answered; refused ones are told to the person, at most now and then. */
export class RingGate {
  // A server (or anyone) can ring without limit (limits.ts).
  private readonly rings = new RateGate(RING_BURST, RING_REFILL_MS);
  private readonly refused: NoticeThrottle;

  constructor(notice: (text: string) => void) {
    this.refused = new NoticeThrottle(notice);
  }

  /**
   * An RNG is answered within the ring rate, and only if its conversation fits the cap: one
   * still open with the caller always fits. `existing` is looked up only once the rate allows.
   */
  admit(
    records: Iterable<ConversationRecord>,
    existing: () => ConversationRecord | undefined,
  ): boolean {
    const found = this.rings.take() ? { record: existing() } : null;
    const fits =
      found !== null &&
      ((found.record !== undefined && !isLeft(found.record)) ||
        openCount(records) < MAX_LIVE_CONVERSATIONS);
    if (!fits) this.refused.notify(RINGS_REFUSED_TEXT);
    return fits;
  }
}
