// Auto-away with a fake idle source and a fake clock (ui-spec §2, Inactivity).
import { describe, expect, it } from 'vitest';
import { AutoAwayController, autoAwayStep } from '../../../main/services/account/auto-away';
import type { Status } from '@shared/domain';

const base = { enabled: true, minutes: 5, idleSeconds: 0, status: 'NLN' as Status | null };

describe('auto-away decisions', () => {
  it('goes idle after N minutes only from Online', () => {
    expect(autoAwayStep(false, { ...base, idleSeconds: 299 })).toEqual({
      active: false,
      action: null,
    });
    expect(autoAwayStep(false, { ...base, idleSeconds: 300 })).toEqual({
      active: true,
      action: 'goIdle',
    });
    for (const status of ['BSY', 'AWY', 'BRB', 'HDN', 'PHN', 'LUN'] as const) {
      expect(autoAwayStep(false, { ...base, idleSeconds: 9999, status }).action).toBeNull();
    }
  });

  it('comes back on input, but not over a status the person chose meanwhile', () => {
    expect(autoAwayStep(true, { ...base, status: 'IDL', idleSeconds: 2 })).toEqual({
      active: false,
      action: 'comeBack',
    });
    expect(autoAwayStep(true, { ...base, status: 'BSY', idleSeconds: 2 })).toEqual({
      active: false,
      action: null,
    });
  });

  it('does nothing when switched off or signed out', () => {
    expect(autoAwayStep(false, { ...base, enabled: false, idleSeconds: 9999 }).action).toBeNull();
    expect(autoAwayStep(false, { ...base, status: null, idleSeconds: 9999 }).action).toBeNull();
  });
});

describe('auto-away controller', () => {
  function setup() {
    let tick: (() => void) | null = null;
    const state = { idle: 0, status: 'NLN' as Status | null, set: [] as string[] };
    const controller = new AutoAwayController({
      idle: { idleSeconds: () => state.idle },
      clock: {
        setInterval: (callback) => {
          tick = callback;
          return 1;
        },
        clearInterval: () => {
          tick = null;
        },
      },
      settings: () => ({ autoAwayEnabled: true, autoAwayMinutes: 5 }),
      status: () => state.status,
      setStatus: async (status) => {
        state.set.push(status);
        state.status = status;
      },
    });
    controller.start();
    const advance = async (): Promise<void> => {
      tick?.();
      await new Promise((resolve) => setImmediate(resolve));
    };
    return { controller, state, advance };
  }

  it('idle, then back, driven by the clock', async () => {
    const { state, advance } = setup();
    state.idle = 100;
    await advance();
    expect(state.set).toEqual([]);
    state.idle = 301;
    await advance();
    await advance();
    expect(state.set).toEqual(['IDL']);
    state.idle = 1;
    await advance();
    expect(state.set).toEqual(['IDL', 'NLN']);
  });

  it('a status chosen by hand while idle is kept', async () => {
    const { controller, state, advance } = setup();
    state.idle = 400;
    await advance();
    controller.userChoseStatus();
    state.status = 'IDL'; // the person picked Idle (or any status) themselves
    state.idle = 0;
    await advance();
    expect(state.set).toEqual(['IDL']);
  });

  it('stops polling when stopped', async () => {
    const { controller, state, advance } = setup();
    controller.stop();
    state.idle = 400;
    await advance();
    expect(state.set).toEqual([]);
  });
});
