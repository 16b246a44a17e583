// Emitting so that listeners cannot hurt the emitter: each runs guarded, a throw is reported
// and the next listener still runs. The protocol core emits from socket handlers and promise
// chains, where a listener's throw would become an uncaught exception or an unhandled
// rejection, and would stop a state update half-way.
import type { EventEmitter } from 'node:events';

export function emitGuarded(
  emitter: EventEmitter,
  name: string | symbol,
  args: readonly unknown[],
  label: string,
): boolean {
  const listeners = emitter.rawListeners(name) as ((...a: unknown[]) => void)[];
  for (const listener of listeners) {
    try {
      listener.apply(emitter, args as unknown[]);
    } catch (error) {
      console.error(`${label}: a '${String(name)}' listener failed:`, error);
    }
  }
  return listeners.length > 0;
}
