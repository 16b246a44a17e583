import { describe, expect, it } from 'vitest';
import { classifyPayload } from '../../../main/msnp/messages/incoming';
import { buildNudgePayload } from '../../../main/msnp/messages/nudge';
import { buildTypingPayload, TypingThrottle } from '../../../main/msnp/messages/typing';

const P5 =
  'MIME-Version: 1.0\r\nContent-Type: text/x-msmsgscontrol\r\nTypingUser: alice@example.com\r\n\r\n\r\n';
const P17 =
  'MIME-Version: 1.0\r\nContent-Type: text/x-clientcaps\r\n\r\nClient-Name: ExampleMSN/0.1\r\nChat-Logging: Y\r\n';
const P18 = 'MIME-Version: 1.0\r\nContent-Type: text/x-msnmsgr-datacast\r\n\r\nID: 1\r\n\r\n';

describe('typing notifications (§8)', () => {
  it('builds P5 (90 bytes) and P7 (88 bytes)', () => {
    expect(buildTypingPayload('alice@example.com').toString()).toBe(P5);
    expect(buildTypingPayload('alice@example.com').length).toBe(90);
    expect(buildTypingPayload('bob@example.com').length).toBe(88);
  });

  it('parses typing with any body', () => {
    expect(classifyPayload(Buffer.from(P5))).toEqual({ kind: 'typing', user: 'alice@example.com' });
    expect(
      classifyPayload(
        Buffer.from(
          'MIME-Version: 1.0\r\nContent-Type: text/x-msmsgscontrol\r\nTypingUser: b@x\r\n\r\n',
        ),
      ),
    ).toEqual({ kind: 'typing', user: 'b@x' });
  });

  it('throttles to one notice per interval, and reset lets the next through', () => {
    const t = new TypingThrottle(4000);
    expect(t.shouldSend(1000)).toBe(true);
    expect(t.shouldSend(2000)).toBe(false);
    expect(t.shouldSend(4999)).toBe(false);
    expect(t.shouldSend(5000)).toBe(true);
    t.reset();
    expect(t.shouldSend(5001)).toBe(true);
  });
});

describe('nudges and client caps (§9, §10)', () => {
  it('builds P18 exactly (69 bytes) and parses it as datacast 1', () => {
    expect(buildNudgePayload().toString()).toBe(P18);
    expect(buildNudgePayload().length).toBe(69);
    expect(classifyPayload(Buffer.from(P18))).toEqual({ kind: 'datacast', id: 1 });
  });

  it('parses P17 client caps', () => {
    expect(classifyPayload(Buffer.from(P17))).toEqual({
      kind: 'clientCaps',
      clientName: 'ExampleMSN/0.1',
      chatLogging: 'Y',
    });
  });

  it('reports unknown and ignored types without throwing', () => {
    expect(
      classifyPayload(
        Buffer.from('MIME-Version: 1.0\r\nContent-Type: application/x-weird\r\n\r\nxx'),
      ),
    ).toEqual({ kind: 'unknown', contentType: 'application/x-weird' });
    expect(
      classifyPayload(
        Buffer.from('MIME-Version: 1.0\r\nContent-Type: application/x-msnmsgrp2p\r\n\r\n'),
      ),
    ).toEqual({ kind: 'ignored', contentType: 'application/x-msnmsgrp2p' });
    expect(classifyPayload(Buffer.from([0xff, 0xfe, 0x00]))).toEqual({
      kind: 'unknown',
      contentType: '',
    });
  });
});
