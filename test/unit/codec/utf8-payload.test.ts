// msnp8/README.md §3.4: payload lengths count UTF-8 bytes, never characters; payloads are sliced
// as bytes, so a multi-byte character split across reads arrives intact.
import { describe, expect, it } from 'vitest';
import { serializeCommand } from '../../../main/msnp/codec';
import { P8 } from './fixtures';
import { commandsOf, parseChunks } from './parse-all';

describe('UTF-8 payload lengths', () => {
  it('P8 (é and ☕) is 136 bytes on the wire though it has fewer characters', () => {
    const bytes = serializeCommand('MSG', 3, ['A'], P8);
    expect(P8.length).toBeLessThan(136);
    expect(bytes.toString('latin1', 0, 14)).toBe('MSG 3 A 136\r\nM');
    expect(bytes.length).toBe('MSG 3 A 136\r\n'.length + 136);
  });

  it('counts é as 2 bytes and an emoji as 4', () => {
    expect(serializeCommand('MSG', 1, ['N'], 'é').toString('utf8')).toBe('MSG 1 N 2\r\né');
    expect(serializeCommand('MSG', 1, ['N'], '😀').toString('utf8')).toBe('MSG 1 N 4\r\n😀');
    expect(serializeCommand('MSG', 1, ['N'], Buffer.from([0xff, 0x00])).subarray(-4)).toEqual(
      Buffer.from([0x0d, 0x0a, 0xff, 0x00]),
    );
  });

  it('parses a payload whose emoji straddles two reads, and the line after it', () => {
    const body = Buffer.from('Hi 😀 é!', 'utf8');
    const wire = Buffer.concat([
      Buffer.from(`MSG bob@example.com Bob ${body.length}\r\n`),
      body,
      Buffer.from('QNG\r\n'),
    ]);
    const emojiAt = wire.indexOf(Buffer.from('😀')) + 2; // cut inside the 4 bytes
    const commands = commandsOf(parseChunks([wire.subarray(0, emojiAt), wire.subarray(emojiAt)]));
    expect(commands).toHaveLength(2);
    expect(commands[0]!.payload!.toString('utf8')).toBe('Hi 😀 é!');
    expect(commands[0]!.payload).toHaveLength(11); // 3 + 4 (emoji) + 1 + 2 (é) + 1
    expect(commands[1]!.name).toBe('QNG');
  });

  it('keeps raw UTF-8 in a command line intact when the line is split inside a character', () => {
    const wire = Buffer.from('NLN NLN zoë@example.com Zoë☕ 0\r\n', 'utf8');
    const cut = wire.indexOf(0xe2) + 1;
    const [command] = commandsOf(parseChunks([wire.subarray(0, cut), wire.subarray(cut)]));
    expect(command!.params).toEqual(['NLN', 'zoë@example.com', 'Zoë☕', '0']);
  });

  it('delivers payload bytes that are not valid UTF-8 untouched', () => {
    const body = Buffer.from([0xc3, 0x28, 0xff, 0x0a, 0x0d]);
    const wire = Buffer.concat([Buffer.from('NOT 5\r\n'), body, Buffer.from('QNG\r\n')]);
    const commands = commandsOf(parseChunks([wire]));
    expect(commands[0]!.payload).toEqual(body);
    expect(commands[1]!.name).toBe('QNG');
  });
});
