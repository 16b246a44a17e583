// Auto-away (ui-spec §2, Inactivity): only from Online, after N minutes without input go Idle;
// on the first input afterwards go back Online. A status the person picked is never overridden.
import type { Status } from '@shared/domain';

export interface AutoAwayInput {
  enabled: boolean;
  minutes: number;
  idleSeconds: number;
  /** Own status, or null when signed out. */
  status: Status | null;
}

export type AutoAwayAction = 'goIdle' | 'comeBack' | null;

/** `active`: we set the idle status ourselves and may undo it. */
export function autoAwayStep(
  active: boolean,
  input: AutoAwayInput,
): { active: boolean; action: AutoAwayAction } {
  if (input.status === null || input.status === 'FLN') return { active: false, action: null };
  const idle = input.enabled && input.idleSeconds >= input.minutes * 60;
  if (active) {
    // Someone (the person) changed the status meanwhile: it is theirs now.
    if (input.status !== 'IDL') return { active: false, action: null };
    return idle ? { active: true, action: null } : { active: false, action: 'comeBack' };
  }
  if (idle && input.status === 'NLN') return { active: true, action: 'goIdle' };
  return { active: false, action: null };
}

export interface IdleSource {
  /** Seconds since the last keyboard or mouse input anywhere in the OS. */
  idleSeconds(): number;
}

export interface IntervalClock {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export const realIntervalClock: IntervalClock = {
  setInterval: (callback, ms) => setInterval(callback, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

export interface AutoAwayDeps {
  idle: IdleSource;
  clock: IntervalClock;
  settings: () => { autoAwayEnabled: boolean; autoAwayMinutes: number };
  status: () => Status | null;
  setStatus: (status: 'IDL' | 'NLN') => Promise<void>;
  pollMs?: number;
}

export class AutoAwayController {
  private active = false;
  private handle: unknown = null;

  constructor(private readonly deps: AutoAwayDeps) {}

  start(): void {
    if (this.handle === null) {
      this.handle = this.deps.clock.setInterval(() => void this.tick(), this.deps.pollMs ?? 15_000);
    }
  }

  stop(): void {
    if (this.handle !== null) this.deps.clock.clearInterval(this.handle);
    this.handle = null;
    this.active = false;
  }

  /** The person picked a status by hand: forget that we were the ones who set Idle. */
  userChoseStatus(): void {
    this.active = false;
  }

  async tick(): Promise<void> {
    const settings = this.deps.settings();
    const step = autoAwayStep(this.active, {
      enabled: settings.autoAwayEnabled,
      minutes: settings.autoAwayMinutes,
      idleSeconds: this.deps.idle.idleSeconds(),
      status: this.deps.status(),
    });
    this.active = step.active;
    try {
      if (step.action === 'goIdle') await this.deps.setStatus('IDL');
      if (step.action === 'comeBack') await this.deps.setStatus('NLN');
    } catch {
      // Signed out or disconnected meanwhile: the next sign-in starts afresh.
      this.active = false;
    }
  }
}
