// Keep-alive for the NS connection: PNG after a silence, and a dead-connection verdict when
// nothing at all comes back in time. reference: msnp8/README.md §8
import type { MsnpConnection } from '../connection';

export interface KeepAliveOptions {
  /** Send PNG after this much silence (msnp8/README.md §8: 45–60 s). */
  idleMs?: number;
  /** No data within this long after a PNG: the connection is dead (msnp8/README.md §8: ~30 s). */
  deadMs?: number;
}

export const DEFAULT_KEEPALIVE = { idleMs: 50_000, deadMs: 30_000 } as const;

/** Runs until stop(); calls onDead once when the connection stopped answering. */
export class KeepAlive {
  private timer: NodeJS.Timeout | null = null;
  private pingSentAt: number | null = null;
  private readonly idleMs: number;
  private readonly deadMs: number;

  constructor(
    private readonly conn: MsnpConnection,
    private readonly onDead: () => void,
    opts: KeepAliveOptions = {},
  ) {
    this.idleMs = opts.idleMs ?? DEFAULT_KEEPALIVE.idleMs;
    this.deadMs = opts.deadMs ?? DEFAULT_KEEPALIVE.deadMs;
  }

  start(): void {
    this.schedule(this.idleMs);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(ms: number): void {
    this.stop();
    this.timer = setTimeout(() => this.tick(), Math.max(10, ms));
    this.timer.unref?.();
  }

  private tick(): void {
    this.timer = null;
    if (!this.conn.isOpen) return;
    const now = Date.now();
    const last = this.conn.lastActivity;
    if (this.pingSentAt !== null) {
      // Any byte after the PNG (a QNG or anything else) proves the connection alive.
      if (last >= this.pingSentAt) this.pingSentAt = null;
      else if (now - this.pingSentAt >= this.deadMs) {
        this.onDead();
        return;
      } else {
        this.schedule(this.pingSentAt + this.deadMs - now);
        return;
      }
    }
    const silentFor = now - last;
    if (silentFor < this.idleMs) {
      this.schedule(this.idleMs - silentFor);
      return;
    }
    try {
      this.conn.sendUntracked('PNG');
    } catch {
      return;
    }
    this.pingSentAt = now;
    this.schedule(this.deadMs);
  }
}
