// Test helpers: run a stream through one parser and collect what it produced.
import type { MsnpCommand, MsnpProtocolError, ParseEvent } from '../../../main/msnp/codec';
import { CommandParser } from '../../../main/msnp/codec';

export function parseChunks(chunks: readonly Buffer[]): ParseEvent[] {
  const parser = new CommandParser();
  return chunks.flatMap((chunk) => parser.push(chunk));
}

export function commandsOf(events: readonly ParseEvent[]): MsnpCommand[] {
  return events.flatMap((e) => (e.kind === 'command' ? [e.command] : []));
}

export function errorsOf(events: readonly ParseEvent[]): MsnpProtocolError[] {
  return events.flatMap((e) => (e.kind === 'error' ? [e.error] : []));
}

/** A comparable form of an event (payloads as hex, errors by kind). */
export function describeEvent(e: ParseEvent): string {
  if (e.kind === 'error') return `error:${e.error.kind}`;
  const c = e.command;
  return JSON.stringify([c.name, c.trid, c.params, c.payload?.toString('hex') ?? null]);
}

/** Cuts a buffer at the given ascending offsets. */
export function splitAt(stream: Buffer, offsets: readonly number[]): Buffer[] {
  const chunks: Buffer[] = [];
  let from = 0;
  for (const at of offsets) {
    chunks.push(stream.subarray(from, at));
    from = at;
  }
  chunks.push(stream.subarray(from));
  return chunks;
}
