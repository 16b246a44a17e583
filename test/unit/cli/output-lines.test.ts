// What the two output modes print: JSON lines that stay one line and parse back to the same
// value, and readable text where a contact's control characters cannot reach the terminal.
import { describe, expect, it } from 'vitest';
import { JsonOutput } from '../../../main/cli/json-output';
import type { LineWriter } from '../../../main/cli/output';
import { TextOutput } from '../../../main/cli/text-output';
import type { ChatMessage } from '@shared/domain';

function capture(): { writer: LineWriter; out: string[]; diagnostics: string[] } {
  const out: string[] = [];
  const diagnostics: string[] = [];
  return {
    writer: { out: (l) => out.push(l), diagnostic: (l) => diagnostics.push(l) },
    out,
    diagnostics,
  };
}

const hostile: ChatMessage = {
  id: '0123456789abcdef',
  conversationId: 'fedcba9876543210',
  direction: 'in',
  from: 'eve@x.test',
  fromName: 'Eve\u202e',
  // ESC sequence (clear screen), a C1 CSI, a bidi override, a line separator and a new line.
  text: 'hi\u001b[2J\u009b31m\u202eevil\u2028next\nline',
  format: null,
  time: 1,
};

describe('JSON lines', () => {
  it('one line per event, parsing back to the same payload, with the envelope', () => {
    const { writer, out } = capture();
    new JsonOutput('me@x.test', writer, () => 42).event('message', hostile);
    expect(out).toHaveLength(1);
    // eslint-disable-next-line no-control-regex
    expect(out[0]).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202e]/);
    expect(JSON.parse(out[0]!)).toEqual({
      schemaVersion: 1,
      type: 'event',
      time: 42,
      account: 'me@x.test',
      event: 'message',
      data: hostile,
    });
  });

  it('events without a payload carry data: null; results and the exit line', () => {
    const { writer, out } = capture();
    const output = new JsonOutput('me@x.test', writer, () => 7);
    output.event('listSynced', null);
    output.result({ command: 'say', line: 3, ok: false, error: { kind: 'failed', message: 'no' } });
    output.end({
      code: 3,
      reason: 'connectionLost',
      failure: { kind: 'connectionLost', message: 'gone' },
    });
    expect(out.map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({ type: 'event', event: 'listSynced', data: null }),
      expect.objectContaining({ type: 'result', command: 'say', line: 3, ok: false }),
      expect.objectContaining({
        type: 'exit',
        code: 3,
        reason: 'connectionLost',
        failure: { kind: 'connectionLost', message: 'gone' },
      }),
    ]);
  });
});

describe('text lines', () => {
  it('shows a message with short ids, its control characters escaped', () => {
    const { writer, out } = capture();
    new TextOutput(writer).event('message', hostile);
    expect(out).toEqual([
      'message fedcba98 01234567 eve@x.test (Eve\\u202e): hi\\u001b[2J\\u009b31m\\u202eevil\\u2028next\\nline',
    ]);
  });

  it('prints other events as their name and JSON, escaped too', () => {
    const { writer, out } = capture();
    new TextOutput(writer).event('systemMessage', { text: 'down at \u009b2J' });
    expect(out).toEqual(['systemMessage {"text":"down at \\u009b2J"}']);
  });

  it('tells why a run ended on stderr, not stdout', () => {
    const { writer, out, diagnostics } = capture();
    new TextOutput(writer).end({
      code: 1,
      reason: 'signInFailed',
      failure: { kind: 'badCredentials', message: 'The e-mail address or password is incorrect.' },
    });
    expect(out).toEqual([]);
    expect(diagnostics).toEqual([
      'sign-in failed: badCredentials: The e-mail address or password is incorrect.',
    ]);
  });
});
