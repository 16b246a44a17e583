// The parser's fast path reads ASCII runs of command lines from one latin1 string and falls
// back to per-line UTF-8 decoding for runs holding other bytes (msnp8/README.md §3.1, §3.4, §5).
// These cases aim at its seams: ASCII and non-ASCII runs mixed, a payload right after an
// ASCII run, the 4096-byte text window's edges, and chunk boundaries inside CR LF.
import { describe, expect, it } from 'vitest';
import { CommandParser, MAX_LINE_BYTES } from '../../../main/msnp/codec';
import { commandsOf, describeEvent, errorsOf, parseChunks, splitAt } from './parse-all';

const WINDOW = 4096;
const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
const msg = (body: Buffer | string): Buffer => {
  const bytes = typeof body === 'string' ? utf8(body) : body;
  return Buffer.concat([utf8(`MSG bob@example.com Bob ${bytes.length}\r\n`), bytes]);
};

/** A short readable form of a command: name, params joined by commas, payload as UTF-8. */
function show(c: { name: string; params: string[]; payload: Buffer | null }): string {
  const params = c.params.length > 0 ? ` ${c.params.join(',')}` : '';
  return `${c.name}${params}${c.payload ? ` ${c.payload.toString('utf8')}` : ''}`;
}

/** Every cut of the stream into two chunks, and into bytes, must give the one-chunk events. */
function expectChunkingInvariant(stream: Buffer): void {
  const whole = parseChunks([stream]).map(describeEvent);
  for (let at = 1; at < stream.length; at++) {
    const events = parseChunks(splitAt(stream, [at])).map(describeEvent);
    if (events.join('\n') !== whole.join('\n')) expect({ at, events }).toEqual({ at, whole });
  }
  const bytes = [...stream].map((b) => Buffer.from([b]));
  expect(parseChunks(bytes).map(describeEvent)).toEqual(whole);
}

describe('text path: ASCII and non-ASCII runs', () => {
  it('decodes a raw UTF-8 line between ASCII lines, with nothing repeated or lost', () => {
    const stream = utf8('CHG 9 NLN 0\r\nNLN NLN zoë@example.com Zoë☕ 0\r\nFLN a@b\r\nQNG\r\n');
    expect(commandsOf(parseChunks([stream]))).toEqual([
      { name: 'CHG', trid: 9, params: ['NLN', '0'], payload: null },
      { name: 'NLN', trid: null, params: ['NLN', 'zoë@example.com', 'Zoë☕', '0'], payload: null },
      { name: 'FLN', trid: null, params: ['a@b'], payload: null },
      { name: 'QNG', trid: null, params: [], payload: null },
    ]);
    expectChunkingInvariant(stream);
  });

  it('decodes invalid UTF-8 in a line as U+FFFD, as a per-line UTF-8 decode does', () => {
    const stream = Buffer.concat([
      utf8('NLN NLN a@b X'),
      Buffer.from([0xff, 0x80]),
      utf8(' 0\r\n'),
    ]);
    expect(commandsOf(parseChunks([stream]))[0]!.params).toEqual([
      'NLN',
      'a@b',
      'X\ufffd\ufffd',
      '0',
    ]);
  });

  it('reports a malformed line inside a non-ASCII run once, in order', () => {
    const stream = utf8('QNG\r\nmSG é\r\nNLN NLN é@b É 0\r\nQNG\r\n');
    const events = parseChunks([stream]).map(describeEvent);
    expect(events).toEqual([
      JSON.stringify(['QNG', null, [], null]),
      'error:malformedLine',
      JSON.stringify(['NLN', null, ['NLN', 'é@b', 'É', '0'], null]),
      JSON.stringify(['QNG', null, [], null]),
    ]);
  });

  it('parses a payload right after an ASCII run, and ASCII lines after a UTF-8 payload', () => {
    const stream = Buffer.concat([
      utf8('ILN 12 NLN a@b A 0\r\nILN 12 NLN c@d C 0\r\n'),
      msg('MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\ncafé ☕ 日本語'),
      utf8('ACK 5\r\n'),
      msg('MSG 1 2 3\r\nQNG\r\n'), // a payload that looks like command lines stays a payload
      utf8('BYE c@d\r\n'),
    ]);
    const commands = commandsOf(parseChunks([stream]));
    expect(commands.map((c) => [c.name, c.trid])).toEqual([
      ['ILN', 12],
      ['ILN', 12],
      ['MSG', null],
      ['ACK', 5],
      ['MSG', null],
      ['BYE', null],
    ]);
    expect(commands[2]!.payload!.toString('utf8')).toMatch(/café ☕ 日本語$/);
    expect(commands[4]!.payload!.toString('latin1')).toBe('MSG 1 2 3\r\nQNG\r\n');
    expectChunkingInvariant(stream);
  });

  it('parses a payload command whose own line is not ASCII', () => {
    const stream = Buffer.concat([
      utf8('QNG\r\n'),
      utf8('MSG zoë@example.com Zoë 2\r\nhi'),
      utf8('QNG\r\n'),
    ]);
    expect(commandsOf(parseChunks([stream])).map(show)).toEqual([
      'QNG',
      'MSG zoë@example.com,Zoë hi',
      'QNG',
    ]);
    expectChunkingInvariant(stream);
  });

  it('handles every payload-length error after an ASCII run like the byte path', () => {
    const stream = utf8('QNG\r\nMSG a b\r\nMSG a b 0\r\nNOT 70000\r\nQNG\r\n');
    const events = parseChunks([stream]);
    expect(errorsOf(events).map((e) => e.kind)).toEqual(['badPayloadLength', 'payloadTooLarge']);
    // The 70000 bytes announced are skipped, so the last QNG is swallowed with them.
    expect(commandsOf(events).map((c) => [c.name, c.payload?.length ?? null])).toEqual([
      ['QNG', null],
      ['MSG', 0],
    ]);
  });
});

describe('text path: the window and the chunk edges', () => {
  it('parses lines that straddle the text window, and a line longer than the window', () => {
    const filler = (n: number): string => `NLN NLN a@b ${'x'.repeat(n)} 0\r\n`;
    const long = `LST a@b ${'y'.repeat(WINDOW + 100)} 1 0\r\n`;
    const lines: string[] = [];
    for (let i = 0; i < 300; i++) lines.push(filler((i % 53) + 1));
    lines.push(long, 'QNG\r\n', long);
    const stream = Buffer.concat([utf8(lines.join('')), msg('é'), utf8(long)]);
    const commands = commandsOf(parseChunks([stream]));
    expect(commands).toHaveLength(305);
    expect(commands.slice(0, 300).every((c, i) => c.params[2] === 'x'.repeat((i % 53) + 1))).toBe(
      true,
    );
    expect(commands[300]!.params[1]).toHaveLength(WINDOW + 100);
    expect(commands[303]!.payload!.toString('utf8')).toBe('é');
    expect(commands[304]!.params).toEqual(['a@b', 'y'.repeat(WINDOW + 100), '1', '0']);
    for (const size of [1, 7, 1000, WINDOW - 1, WINDOW + 1, 16 * 1024]) {
      const chunks = [];
      for (let at = 0; at < stream.length; at += size) chunks.push(stream.subarray(at, at + size));
      expect(parseChunks(chunks).map(describeEvent)).toEqual(
        parseChunks([stream]).map(describeEvent),
      );
    }
  });

  it('keeps every field of a line near MAX_LINE_BYTES with thousands of fields', () => {
    const count = Math.floor((MAX_LINE_BYTES - 8) / 2);
    const fields = Array.from({ length: count }, (_, i) => String.fromCharCode(0x61 + (i % 26)));
    for (const suffix of ['', ' é']) {
      const stream = utf8(`LST ${fields.join(' ')}${suffix}\r\nQNG\r\n`);
      const expected = [...fields, ...(suffix === '' ? [] : ['é'])];
      for (const chunks of [[stream], splitAt(stream, [100]), splitAt(stream, [5000, 12000])]) {
        const commands = commandsOf(parseChunks(chunks));
        expect(commands.map((c) => c.name)).toEqual(['LST', 'QNG']);
        expect(commands[0]!.params).toEqual(expected);
      }
    }
  });

  it('still reports a line over MAX_LINE_BYTES met in the middle of a chunk', () => {
    const stream = utf8(`QNG\r\nLST ${'z'.repeat(MAX_LINE_BYTES)}\r\nQNG\r\n`);
    const events = parseChunks([stream]).map(describeEvent);
    expect(events).toEqual([
      JSON.stringify(['QNG', null, [], null]),
      'error:lineTooLong',
      JSON.stringify(['QNG', null, [], null]),
    ]);
  });

  it('yields the same commands when a chunk ends between CR and LF, or right after CR LF', () => {
    const stream = Buffer.concat([
      utf8('CHG 9 NLN 0\r\nNLN NLN é@b É 0\r\n'),
      msg('ok'),
      utf8('FLN a@b\r\nQNG\r\n'),
    ]);
    const crAt: number[] = [];
    for (let i = stream.indexOf(0x0d); i >= 0; i = stream.indexOf(0x0d, i + 1)) crAt.push(i);
    const whole = parseChunks([stream]).map(describeEvent);
    for (const cr of crAt) {
      for (const at of [cr, cr + 1, cr + 2]) {
        expect(parseChunks(splitAt(stream, [at])).map(describeEvent)).toEqual(whole);
      }
    }
    expect(
      parseChunks(
        splitAt(
          stream,
          crAt.map((cr) => cr + 1),
        ),
      ).map(describeEvent),
    ).toEqual(whole);
  });

  it('keeps parsing after a chunk that ends inside a line of a non-ASCII run', () => {
    const parser = new CommandParser();
    const first = parser.push(utf8('QNG\r\nNLN NLN é@b É 0\r\nFLN a'));
    const second = parser.push(utf8('@b\r\nQNG\r\n'));
    expect(commandsOf(first).map((c) => c.name)).toEqual(['QNG', 'NLN']);
    expect(commandsOf(second)).toEqual([
      { name: 'FLN', trid: null, params: ['a@b'], payload: null },
      { name: 'QNG', trid: null, params: [], payload: null },
    ]);
  });
});
