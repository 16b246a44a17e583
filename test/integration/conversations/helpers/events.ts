// Waiting for events in integration tests, with a timeout so a test fails instead of hanging.
import type { EventEmitter } from 'node:events';

export function nextEvent<T>(
  emitter: EventEmitter,
  name: string,
  predicate: (value: T) => boolean = () => true,
  timeoutMs = 5000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      emitter.off(name, listener);
      reject(new Error(`timed out waiting for '${name}'`));
    }, timeoutMs);
    const listener = (value: T): void => {
      if (!predicate(value)) return;
      clearTimeout(timer);
      emitter.off(name, listener);
      resolve(value);
    };
    emitter.on(name, listener);
  });
}

/** Collects every value of an event from now on. */
export function collect<T>(emitter: EventEmitter, name: string): T[] {
  const values: T[] = [];
  emitter.on(name, (value: T) => values.push(value));
  return values;
}

/** Waits until `check` is true (polling), or fails after `timeoutMs`. */
export async function until(
  check: () => boolean,
  timeoutMs = 5000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
