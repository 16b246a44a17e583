// msnp8/README.md §3.4: wait until `len` bytes are buffered; a stream cut mid-payload yields nothing
// until the rest arrives.
import { describe, expect, it } from 'vitest';
import { CommandParser } from '../../../main/msnp/codec';
import { P2 } from './fixtures';
import { commandsOf } from './parse-all';

const wire = Buffer.from(`MSG Hotmail Hotmail 221\r\n${P2}QNG\r\n`, 'utf8');

describe('payload split across chunks', () => {
  it('yields nothing until the whole payload is there, then the command and what follows', () => {
    const parser = new CommandParser();
    const headerEnd = wire.indexOf('\n') + 1;
    expect(parser.push(wire.subarray(0, headerEnd + 100))).toEqual([]);
    expect(parser.push(wire.subarray(headerEnd + 100, headerEnd + 220))).toEqual([]);
    const events = parser.push(wire.subarray(headerEnd + 220));
    const [msg, qng] = commandsOf(events);
    expect(msg!.payload!.toString('utf8')).toBe(P2);
    expect(msg!.params).toEqual(['Hotmail', 'Hotmail']);
    expect(qng!.name).toBe('QNG');
  });

  it('handles a payload spread over many small chunks', () => {
    const parser = new CommandParser();
    const events = [];
    for (let i = 0; i < wire.length; i += 7) events.push(...parser.push(wire.subarray(i, i + 7)));
    expect(commandsOf(events).map((c) => c.name)).toEqual(['MSG', 'QNG']);
    expect(commandsOf(events)[0]!.payload!.toString('utf8')).toBe(P2);
  });

  it('a payload is a copy: later changes to the chunk do not alter it', () => {
    const chunk = Buffer.from('MSG a b 3\r\nabc');
    const [command] = commandsOf(new CommandParser().push(chunk));
    chunk.fill(0x21);
    expect(command!.payload!.toString()).toBe('abc');
  });

  it('reset() drops a half-received payload', () => {
    const parser = new CommandParser();
    parser.push(Buffer.from('MSG a b 10\r\nabc'));
    parser.reset();
    expect(commandsOf(parser.push(Buffer.from('QNG\r\n')))).toEqual([
      { name: 'QNG', trid: null, params: [], payload: null },
    ]);
  });

  it('a payload of length 0 is an empty Buffer and the next line follows at once', () => {
    const commands = commandsOf(new CommandParser().push(Buffer.from('NOT 0\r\nQNG\r\n')));
    expect(commands[0]!.payload).toEqual(Buffer.alloc(0));
    expect(commands[1]!.name).toBe('QNG');
  });
});
