// Typing notifications: text/x-msmsgscontrol with TypingUser, sent with ack mode U.
// reference: switchboard.md §8
import { buildMime } from './mime';

export const TYPING_CONTENT_TYPE = 'text/x-msmsgscontrol';
/** Repeat at most this often while the person keeps typing (§8: every 4–5 s, never more often). */
export const TYPING_SEND_INTERVAL_MS = 4_000;
/** Show "… is typing" this long after the last notice (§8: about 6 s). */
export const TYPING_SHOW_MS = 6_000;

/** The body is a single CR LF, so the payload ends with CR LF CR LF CR LF (90 bytes for alice@example.com). */
export function buildTypingPayload(email: string): Buffer {
  return buildMime(TYPING_CONTENT_TYPE, [['TypingUser', email]], '\r\n');
}

/** Lets one notice through per interval; the core calls it on every keystroke. */
export class TypingThrottle {
  private lastSent = Number.NEGATIVE_INFINITY;
  constructor(private readonly intervalMs: number = TYPING_SEND_INTERVAL_MS) {}
  shouldSend(now: number = Date.now()): boolean {
    if (now - this.lastSent < this.intervalMs) return false;
    this.lastSent = now;
    return true;
  }
  /** After a text message the next keystroke announces typing again right away. */
  reset(): void {
    this.lastSent = Number.NEGATIVE_INFINITY;
  }
}
