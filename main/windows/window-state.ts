// Remembered window sizes and positions (main window, conversation windows), restored only
// moved and shrunk onto a screen that is there now (a monitor may have gone away since).
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, SerialUpdates, writeJsonFile } from '../services/stores/json-file';
import type { CorruptFileListener } from '../services/stores/json-file';

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

/**
 * Saved bounds made visible again on today's screens (a monitor may have gone away, or the
 * resolution shrunk): the work area the window overlaps most — or the first one, the primary,
 * when it overlaps none — and the window shrunk to fit it and moved fully inside it, so its
 * title bar can always be reached. Null when there is nothing saved or no screen at all.
 */
export function visibleBounds(
  bounds: WindowBounds | undefined,
  workAreas: readonly WindowBounds[],
): WindowBounds | null {
  if (!bounds) return null;
  let best = workAreas[0];
  let bestOverlap = 0;
  for (const area of workAreas) {
    const overlap =
      overlapSize(bounds.x, bounds.width, area.x, area.width) *
      overlapSize(bounds.y, bounds.height, area.y, area.height);
    if (overlap > bestOverlap) {
      best = area;
      bestOverlap = overlap;
    }
  }
  if (!best) return null;
  const width = Math.min(bounds.width, best.width);
  const height = Math.min(bounds.height, best.height);
  return {
    x: clamp(bounds.x, best.x, best.x + best.width - width),
    y: clamp(bounds.y, best.y, best.y + best.height - height),
    width,
    height,
  };
}

const overlapSize = (start: number, size: number, areaStart: number, areaSize: number): number =>
  Math.max(0, Math.min(start + size, areaStart + areaSize) - Math.max(start, areaStart));

const clamp = (value: number, min: number, max: number): number =>
  Math.min(Math.max(value, min), max);

export class WindowStateStore {
  private state: WindowStateFile = {};
  private readonly updates = new SerialUpdates();

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
    await this.updates.run(async () => {
      const next = { ...this.state, [kind]: parsed.data };
      await writeJsonFile(this.path, next, 'The window position');
      this.state = next; // only once it is on disk
    });
  }
}
