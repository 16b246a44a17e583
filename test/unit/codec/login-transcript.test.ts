// examples.md §1–§3 byte for byte: the server's lines and payloads parse to the right
// commands, and the client's lines serialize to exactly the transcript's bytes.
import { describe, expect, it } from 'vitest';
import { serializeCommand } from '../../../main/msnp/codec';
import type { MsnpCommand } from '../../../main/msnp/codec';
import type { TranscriptStep } from './fixtures';
import {
  DISPATCH_SIGN_IN,
  ESCARGOT_SIGN_IN,
  P1,
  P2,
  P3,
  SYNC_AND_PRESENCE,
  serverStream,
} from './fixtures';
import { commandsOf, errorsOf, parseChunks } from './parse-all';

/** Rebuilds the wire line of a parsed server command. */
function wireLine(c: MsnpCommand): string {
  const fields = [c.name];
  if (c.trid !== null) fields.push(String(c.trid));
  fields.push(...c.params);
  if (c.payload !== null) fields.push(String(c.payload.length));
  return fields.join(' ');
}

function checkServerSide(steps: readonly TranscriptStep[]): MsnpCommand[] {
  const events = parseChunks([serverStream(steps)]);
  expect(errorsOf(events)).toEqual([]);
  const commands = commandsOf(events);
  const expected = steps.filter((s) => s.from === 'S');
  expect(commands).toHaveLength(expected.length);
  commands.forEach((command, i) => {
    const step = expected[i]!;
    expect(wireLine(command)).toBe(step.line);
    if (step.payload === undefined) expect(command.payload).toBeNull();
    else expect(command.payload?.equals(Buffer.from(step.payload, 'utf8'))).toBe(true);
  });
  return commands;
}

describe('examples.md §1 — sign-in through a dispatch server', () => {
  it('parses every server line and payload', () => {
    const commands = checkServerSide(DISPATCH_SIGN_IN);
    expect(commands[2]).toEqual({
      name: 'XFR',
      trid: 3,
      params: ['NS', '192.0.2.10:1863', '0', '192.0.2.1:1863'],
      payload: null,
    });
    const profile = commands[7]!;
    expect(profile).toMatchObject({ name: 'MSG', trid: null, params: ['Hotmail', 'Hotmail'] });
    expect(profile.payload).toHaveLength(408);
    expect(profile.payload!.toString('utf8')).toBe(P1);
    expect(commands[8]!.payload!.toString('utf8')).toBe(P2);
    expect(commands[8]!.payload).toHaveLength(221);
  });

  it('serializes every client line byte for byte', () => {
    const calls: [string, number | null, string[]][] = [
      ['VER', 1, ['MSNP8', 'CVR0']],
      [
        'CVR',
        2,
        ['0x0409', 'winnt', '5.1', 'i386', 'MSNMSGR', '5.0.0544', 'MSMSGS', 'alice@example.com'],
      ],
      ['USR', 3, ['TWN', 'I', 'alice@example.com']],
      ['VER', 4, ['MSNP8', 'CVR0']],
      [
        'CVR',
        5,
        ['0x0409', 'winnt', '5.1', 'i386', 'MSNMSGR', '5.0.0544', 'MSMSGS', 'alice@example.com'],
      ],
      ['USR', 6, ['TWN', 'I', 'alice@example.com']],
      ['USR', 7, ['TWN', 'S', 't=7Qa2bX9cL0dE4fG1hJ3k$$&p=Zm9vYmFyYmF6cXV4$$']],
      ['SYN', 8, ['0']],
    ];
    const clientLines = DISPATCH_SIGN_IN.filter((s) => s.from === 'C');
    expect(calls).toHaveLength(clientLines.length);
    calls.forEach(([name, trid, params], i) => {
      const bytes = serializeCommand(name, trid, params);
      expect(bytes.equals(Buffer.from(clientLines[i]!.line + '\r\n', 'utf8'))).toBe(true);
    });
  });
});

describe('examples.md §2 — sign-in against Escargot', () => {
  it('parses every server line and the 417-byte profile', () => {
    const commands = checkServerSide(ESCARGOT_SIGN_IN);
    expect(commands[0]).toEqual({ name: 'VER', trid: 1, params: ['MSNP8'], payload: null });
    expect(commands[4]!.payload!.toString('utf8')).toBe(P3);
    expect(commands[5]).toEqual({ name: 'SYN', trid: 5, params: ['43', '5', '3'], payload: null });
  });

  it('serializes the client lines byte for byte', () => {
    const client = ESCARGOT_SIGN_IN.filter((s) => s.from === 'C').map((s) => s.line);
    const built = [
      serializeCommand('VER', 1, ['MSNP8', 'CVR0']),
      serializeCommand('CVR', 2, [
        '0x0409',
        'winnt',
        '5.1',
        'i386',
        'MSNMSGR',
        '5.0.0544',
        'MSMSGS',
        'alice@example.com',
      ]),
      serializeCommand('USR', 3, ['TWN', 'I', 'alice@example.com']),
      serializeCommand('USR', 4, ['TWN', 'S', 'Xk3v9QmL2pR7sT1wZ4yB']),
      serializeCommand('SYN', 5, ['42']),
    ];
    expect(built.map((b) => b.toString('utf8'))).toEqual(client.map((l) => l + '\r\n'));
  });
});

describe('examples.md §3 — SYN listing, presence, keep-alive, challenge', () => {
  it('parses the listing, presence and challenge lines', () => {
    const commands = checkServerSide(SYNC_AND_PRESENCE);
    expect(commands[1]).toEqual({ name: 'GTC', trid: null, params: ['A'], payload: null });
    expect(commands[9]).toEqual({
      name: 'BPR',
      trid: null,
      params: ['PHM', '1%20(555)%200199'],
      payload: null,
    });
    expect(commands.find((c) => c.name === 'CHL')).toMatchObject({ trid: 0 });
    expect(commands.filter((c) => c.name === 'ILN').map((c) => c.trid)).toEqual([9, 9]);
    expect(commands.at(-1)).toEqual({ name: 'QRY', trid: 10, params: [], payload: null });
  });

  it('serializes PNG without a TrID and QRY with its 32-byte payload and no CR LF after it', () => {
    expect(serializeCommand('PNG', null, []).toString()).toBe('PNG\r\n');
    expect(serializeCommand('CHG', 9, ['NLN', '0']).toString()).toBe('CHG 9 NLN 0\r\n');
    const qry = serializeCommand(
      'QRY',
      10,
      ['msmsgs@msnmsgr.com'],
      '8f2f5a91b72102cd28355e9fc9000d6e',
    );
    expect(qry.toString('utf8')).toBe(
      'QRY 10 msmsgs@msnmsgr.com 32\r\n8f2f5a91b72102cd28355e9fc9000d6e',
    );
  });
});
