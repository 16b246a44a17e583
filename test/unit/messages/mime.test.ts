import { describe, expect, it } from 'vitest';
import {
  buildMime,
  charsetOf,
  header,
  mediaType,
  parseMime,
} from '../../../main/msnp/messages/mime';

describe('MIME payloads (msnp8/README.md §3.5)', () => {
  it('splits headers and body at the first blank line', () => {
    const m = parseMime(
      Buffer.from('MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nA\r\n\r\nB'),
    );
    expect(header(m, 'content-type')).toBe('text/plain; charset=UTF-8');
    expect(m.body.toString()).toBe('A\r\n\r\nB');
  });

  it('tolerates LF-only separators and empty values', () => {
    const m = parseMime(Buffer.from('Content-Type:text/x-foo\nEmpty:\n\nbody'));
    expect(header(m, 'Content-Type')).toBe('text/x-foo');
    expect(header(m, 'empty')).toBe('');
    expect(m.body.toString()).toBe('body');
  });

  it('never throws on a payload without a blank line', () => {
    const m = parseMime(Buffer.from('garbage without structure'));
    expect(m.headers).toEqual([]);
    expect(m.body.length).toBe(0);
  });

  it('reads media type and charset case-insensitively', () => {
    expect(mediaType('Text/Plain;charset=UTF-8')).toBe('text/plain');
    expect(charsetOf('text/plain;CHARSET = "UTF-8"')).toBe('utf-8');
    expect(charsetOf('text/plain')).toBeNull();
  });

  it('builds MIME-Version first and Content-Type second (fixture P9, 67 bytes)', () => {
    const p = buildMime('text/plain; charset=UTF-8', [], 'Hello');
    expect(p.toString()).toBe(
      'MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nHello',
    );
    expect(p.length).toBe(67);
  });
});
