import { describe, expect, it } from 'vitest';
import { RECIPES, soundLength } from '../../../renderer/src/sounds/play';
import type { SoundName } from '../../../renderer/src/sounds/play';

const names = Object.keys(RECIPES) as SoundName[];

describe('synthesised sounds', () => {
  it('are short (at most 0.6 s), as the spec asks', () => {
    for (const name of names) expect(soundLength(name)).toBeLessThanOrEqual(0.6);
  });

  it('sign-in is two rising notes; e-mail one chime; the nudge a rattle', () => {
    const signIn = RECIPES.signIn.map((n) => n.freq);
    expect(signIn).toHaveLength(2);
    expect(signIn[1]!).toBeGreaterThan(signIn[0]!);
    expect(RECIPES.mail).toHaveLength(1);
    expect(RECIPES.nudge.length).toBeGreaterThan(3);
  });

  it('are distinct from each other', () => {
    const shapes = names.map((n) => JSON.stringify(RECIPES[n]));
    expect(new Set(shapes).size).toBe(names.length);
  });
});
