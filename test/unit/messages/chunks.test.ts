import { describe, expect, it } from 'vitest';
import { ChunkAssembler } from '../../../main/msnp/messages/chunks';
import { classifyPayload } from '../../../main/msnp/messages/incoming';

const first =
  'MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nMessage-ID: {A1}\r\nChunks: 3\r\n\r\nHello, ';
const part = (i: number, body: string) => `Message-ID: {A1}\r\nChunk: ${i}\r\n\r\n${body}`;

describe('chunked messages (switchboard.md §6.1)', () => {
  it('passes ordinary payloads through', () => {
    const p = Buffer.from('MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhi');
    expect(new ChunkAssembler().push('a@x', p)).toBe(p);
  });

  it('joins the parts in order, whatever order they arrive in', () => {
    const assembler = new ChunkAssembler();
    expect(assembler.push('a@x', Buffer.from(first))).toBeNull();
    expect(assembler.push('a@x', Buffer.from(part(2, 'world!')))).toBeNull();
    const whole = assembler.push('a@x', Buffer.from(part(1, 'dear ')));
    expect(whole).not.toBeNull();
    expect(classifyPayload(whole!)).toMatchObject({ kind: 'text', text: 'Hello, dear world!' });
  });

  it('keeps senders apart and ignores stray or out-of-range parts', () => {
    const assembler = new ChunkAssembler();
    assembler.push('a@x', Buffer.from(first));
    expect(assembler.push('b@x', Buffer.from(part(1, 'x')))).toBeNull();
    expect(assembler.push('a@x', Buffer.from(part(7, 'x')))).toBeNull();
    assembler.push('a@x', Buffer.from(part(1, '1')));
    expect(assembler.push('a@x', Buffer.from(part(2, '2')))).not.toBeNull();
  });
});
