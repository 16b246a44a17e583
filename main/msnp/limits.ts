// What a server or a contact can make this client hold, and how fast: every count that the
// other side can grow has a cap here, with the words a person sees when it is hit.
// (Servers and contacts are untrusted: DESIGN.md, Security.) Each cap is well above what a
// real account meets, so only a broken or hostile peer ever reaches it.
// reference: msnp8/README.md §6 (limits), contacts.md §11

/** SYN listing: more LST lines than this fails the sign-in (Escargot's lists total ~3,700). */
export const MAX_LIST_ENTRIES = 10_000;
/** LSG lines kept (the servers allow 30 groups: msnp8/README.md §6). */
export const MAX_GROUPS = 100;
/** Group ids kept on one contact (30 groups exist at most: msnp8/README.md §6). */
export const MAX_GROUP_IDS_PER_CONTACT = 30;
/** Conversations with a live or starting switchboard; in Electron each one is a window. */
export const MAX_LIVE_CONVERSATIONS = 30;
/** Invitations (RNG) answered: a burst of this many, then one per RING_REFILL_MS. */
export const RING_BURST = 10;
export const RING_REFILL_MS = 2_000;
/** Incoming file offers waiting for an answer, over all conversations. */
export const MAX_PENDING_FILE_OFFERS = 20;
/** An incoming file offer nobody answered expires after this long. */
export const FILE_OFFER_EXPIRY_MS = 10 * 60_000;

export const LIST_TOO_LARGE_TEXT =
  `Your contact list is larger than this program can load (more than ${MAX_LIST_ENTRIES} ` +
  'entries), so sign-in stopped. This usually means the server sent a damaged list.';
export const LIST_FULL_TEXT =
  `More people added you than this program keeps (${MAX_LIST_ENTRIES} entries); the rest ` +
  'were not added to your list.';
export const TOO_MANY_CONVERSATIONS_TEXT = `Too many conversations are open (${MAX_LIVE_CONVERSATIONS}). Close some and try again.`;
export const RINGS_REFUSED_TEXT =
  'Some invitations to conversations were ignored: too many arrived at once, or too many ' +
  'conversations are open.';
export const FILE_OFFERS_REFUSED_TEXT =
  `Some file offers were declined: at most ${MAX_PENDING_FILE_OFFERS} can wait for an answer ` +
  'at once.';
export const FILE_OFFER_EXPIRED_TEXT = 'The offer expired before it was answered.';
export const FILE_OFFER_UNANSWERED_TEXT =
  'The other person did not answer the offer in time (it may never have reached them).';

/** A token bucket: `take()` is true while the burst lasts, then once per refill period. */
export class RateGate {
  private tokens: number;
  private last: number;

  constructor(
    private readonly burst: number,
    private readonly refillMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  take(): boolean {
    const now = this.now();
    const earned = Math.floor((now - this.last) / this.refillMs);
    if (earned > 0) {
      this.tokens = Math.min(this.burst, this.tokens + earned);
      this.last += earned * this.refillMs;
    }
    if (this.tokens === 0) return false;
    if (this.tokens === this.burst) this.last = now;
    this.tokens -= 1;
    return true;
  }
}

/** Says something at most once per `quietMs`, so a flood of refusals is one notice. */
export class NoticeThrottle {
  private lastAt = -Infinity;

  constructor(
    private readonly say: (text: string) => void,
    private readonly quietMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  notify(text: string): void {
    const now = this.now();
    if (now - this.lastAt < this.quietMs) return;
    this.lastAt = now;
    this.say(text);
  }
}

/** "Added you" prompts queued for a person; the rest stay on the Privacy tab's list. */
export const MAX_PENDING_ADDED_BY = 20;
export const moreAddedByText = (more: number): string =>
  `${more} more ${more === 1 ? 'person' : 'people'} added you to their contact list. ` +
  'Options → Privacy lists everyone who did; allow or block them there.';
