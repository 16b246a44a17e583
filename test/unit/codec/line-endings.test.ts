// msnp8/README.md §3.1: accept a bare LF, strip a trailing CR, skip stray blank lines, collapse runs
// of spaces.
import { describe, expect, it } from 'vitest';
import { CommandParser } from '../../../main/msnp/codec';
import { commandsOf, errorsOf } from './parse-all';

const parse = (text: string) => new CommandParser().push(Buffer.from(text, 'utf8'));

describe('line endings and spacing', () => {
  it('accepts bare LF like CR LF', () => {
    expect(commandsOf(parse('CHG 9 NLN 0\nFLN a@b\n'))).toEqual([
      { name: 'CHG', trid: 9, params: ['NLN', '0'], payload: null },
      { name: 'FLN', trid: null, params: ['a@b'], payload: null },
    ]);
  });

  it('strips only the trailing CR, and a CR split from its LF across chunks', () => {
    const parser = new CommandParser();
    expect(parser.push(Buffer.from('OUT OTH\r'))).toEqual([]);
    expect(commandsOf(parser.push(Buffer.from('\n')))).toEqual([
      { name: 'OUT', trid: null, params: ['OTH'], payload: null },
    ]);
  });

  it('skips blank lines', () => {
    const events = parse('\r\n\n\r\n   \r\nQNG\r\n\n');
    expect(errorsOf(events)).toEqual([]);
    expect(commandsOf(events).map((c) => c.name)).toEqual(['QNG']);
  });

  it('collapses runs of spaces and ignores leading and trailing spaces', () => {
    expect(commandsOf(parse('  ILN  9   NLN bob@example.com  Bob 0  \r\n'))).toEqual([
      { name: 'ILN', trid: 9, params: ['NLN', 'bob@example.com', 'Bob', '0'], payload: null },
    ]);
  });

  it('reads a payload length after extra spaces', () => {
    const [command] = commandsOf(parse('MSG  a  b  2 \r\nhiQNG\r\n'));
    expect(command).toMatchObject({ params: ['a', 'b'] });
    expect(command!.payload!.toString()).toBe('hi');
  });

  it('does not wait for anything after a final line without a terminator', () => {
    const parser = new CommandParser();
    expect(parser.push(Buffer.from('QNG'))).toEqual([]);
    expect(commandsOf(parser.push(Buffer.from('\r\n')))).toHaveLength(1);
  });
});
