// A hostile server can send nothing but bad lines: each must cost the parser no new Error
// (no stack captured per line). Every event of a kind carries the same frozen instance.
// The cost itself is measured in test/bench/malformed.bench.ts.
import { describe, expect, it } from 'vitest';
import { CommandParser, MsnpProtocolError } from '../../../main/msnp/codec';
import { errorsOf } from './parse-all';

describe('malformed lines are skipped without building an Error each', () => {
  it('reuses one frozen error per kind across lines and chunks', () => {
    const parser = new CommandParser();
    const first = errorsOf(parser.push(Buffer.from('bad line\r\nnln x\r\n')));
    const later = errorsOf(parser.push(Buffer.from('??? y\r\nMSG a b x\r\n')));
    expect(first.map((e) => e.kind)).toEqual(['malformedLine', 'malformedLine']);
    expect(later.map((e) => e.kind)).toEqual(['malformedLine', 'badPayloadLength']);
    expect(first[0]).toBeInstanceOf(MsnpProtocolError);
    expect(first[1]).toBe(first[0]);
    expect(later[0]).toBe(first[0]);
    expect(Object.isFrozen(first[0])).toBe(true);
  });

  it('still parses the valid lines between a thousand bad ones', () => {
    const parser = new CommandParser();
    const bad = 'x\r\n'.repeat(1000);
    const events = parser.push(Buffer.from(`${bad}CHL 0 123\r\n${bad}QNG 50\r\n`));
    expect(
      events.filter((e) => e.kind === 'command').map((e) => e.kind === 'command' && e.command.name),
    ).toEqual(['CHL', 'QNG']);
    expect(new Set(errorsOf(events)).size).toBe(1);
  });
});
