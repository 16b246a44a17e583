// Remembered window sizes and positions (main window, conversation windows), restored only
// where they still fit on a screen (a monitor may have gone away since).
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from '../services/json-file';
import type { CorruptFileListener } from '../services/json-file';

const boundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(100).max(10_000),
  height: z.number().int().min(100).max(10_000),
});

export type WindowBounds = z.output<typeof boundsSchema>;

const stateSchema = z.object({
  main: boundsSchema.optional(),
  conversation: boundsSchema.optional(),
});

export type WindowStateFile = z.output<typeof stateSchema>;

/** Bounds that overlap a work area by at least 64×64 px, else null (open at the default). */
export function visibleBounds(
  bounds: WindowBounds | undefined,
  workAreas: readonly WindowBounds[],
): WindowBounds | null {
  if (!bounds) return null;
  const fits = workAreas.some((area) => {
    const overlapX =
      Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
    const overlapY =
      Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y);
    return overlapX >= 64 && overlapY >= 64;
  });
  return fits ? bounds : null;
}

export class WindowStateStore {
  private state: WindowStateFile = {};

  private constructor(private readonly path: string) {}

  static async open(
    userDataDir: string,
    onCorrupt: CorruptFileListener,
  ): Promise<WindowStateStore> {
    const store = new WindowStateStore(join(userDataDir, 'window-state.json'));
    store.state = (await readJsonFile(store.path, stateSchema, onCorrupt)) ?? {};
    return store;
  }

  get(kind: keyof WindowStateFile): WindowBounds | undefined {
    return this.state[kind];
  }

  async set(kind: keyof WindowStateFile, bounds: WindowBounds): Promise<void> {
    const parsed = boundsSchema.safeParse(bounds);
    if (!parsed.success) return;
    this.state = { ...this.state, [kind]: parsed.data };
    await writeJsonFile(this.path, this.state);
  }
}
