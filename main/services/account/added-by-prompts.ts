// "X has added you" prompts waiting for an answer: at most MAX_PENDING_ADDED_BY at once; the
// rest are counted, told as one notice, and stay answerable in Options → Privacy (limits.ts).
import { MAX_PENDING_ADDED_BY } from '../../msnp/limits';

export class AddedByPrompts {
  private readonly queued = new Set<string>();
  /** Prompts that did not fit, since the sign-in began. */
  overflow = 0;

  /** True when a prompt for `email` may be shown (already queued, or room for it). */
  offer(email: string): boolean {
    const key = email.toLowerCase();
    if (this.queued.has(key)) return true;
    if (this.queued.size >= MAX_PENDING_ADDED_BY) {
      this.overflow += 1;
      return false;
    }
    this.queued.add(key);
    return true;
  }

  /** Answered (or they removed us): the place is free again. */
  settled(email: string): void {
    this.queued.delete(email.toLowerCase());
  }

  clear(): void {
    this.queued.clear();
    this.overflow = 0;
  }
}
