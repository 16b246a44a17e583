// Waiting for events in integration tests, with a timeout so a test fails instead of hanging.
import type { EventEmitter } from 'node:events';
import { expect } from 'vitest';

/** Resolves with all the arguments of the first `name` event that `match` accepts. */
export function nextEmit<T extends unknown[]>(
  emitter: EventEmitter,
  name: string,
  match: (...args: T) => boolean = () => true,
  timeoutMs = 5000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      emitter.off(name, listener);
      reject(new Error(`no '${name}' event within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (...args: unknown[]): void => {
      if (!match(...(args as T))) return;
      clearTimeout(timer);
      emitter.off(name, listener);
      resolve(args as T);
    };
    emitter.on(name, listener);
  });
}

/** Resolves with the value of the first `name` event that `predicate` accepts. */
export async function nextEvent<T>(
  emitter: EventEmitter,
  name: string,
  predicate: (value: T) => boolean = () => true,
  timeoutMs = 5000,
): Promise<T> {
  const [value] = await nextEmit<[T]>(emitter, name, predicate, timeoutMs);
  return value;
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

/** The error `promise` rejects with, checked to be a `type`; a promise that resolves fails. */
export async function rejectionOf<E>(
  promise: Promise<unknown>,
  type: abstract new (...args: never[]) => E,
): Promise<E> {
  const error = await promise.then(
    () => 'resolved instead of rejecting',
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  return error as E;
}

/** For asserting that something did NOT happen: there is no event to wait for. */
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
