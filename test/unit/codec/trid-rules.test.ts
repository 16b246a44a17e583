// msnp8/README.md §3.2: which commands carry a TrID, and the ambiguous GTC / BLP / PRP.
import { describe, expect, it } from 'vitest';
import { CommandParser } from '../../../main/msnp/codec';
import { commandsOf } from './parse-all';

const one = (line: string) => commandsOf(new CommandParser().push(Buffer.from(line + '\r\n')))[0]!;

describe('TrID rules', () => {
  it('TrID-carrying commands and replies take the first parameter as the TrID', () => {
    expect(one('ADD 12 FL 45 grace@example.com grace@example.com 1')).toMatchObject({
      trid: 12,
      params: ['FL', '45', 'grace@example.com', 'grace@example.com', '1'],
    });
    expect(one('ACK 4')).toMatchObject({ name: 'ACK', trid: 4, params: [] });
    expect(one('IRO 1 2 2 bob@example.com Bob')).toMatchObject({
      trid: 1,
      params: ['2', '2', 'bob@example.com', 'Bob'],
    });
  });

  it('unsolicited commands with TrID 0 have trid 0', () => {
    expect(one('ADD 0 RL 43 grace@example.com Grace')).toMatchObject({
      trid: 0,
      params: ['RL', '43', 'grace@example.com', 'Grace'],
    });
    expect(one('CHL 0 15570131571988941333')).toMatchObject({
      trid: 0,
      params: ['15570131571988941333'],
    });
  });

  it('errors carry the TrID as first parameter, or none', () => {
    expect(one('911 7')).toEqual({ name: '911', trid: 7, params: [], payload: null });
    expect(one('500')).toEqual({ name: '500', trid: null, params: [], payload: null });
  });

  it('no-TrID commands keep a leading number as a parameter', () => {
    for (const line of [
      'RNG 11752013 192.0.2.20:1864 CKI 849102291.520491113 alice@example.com Alice',
      'BPR 45 grace@example.com PHH',
      'LSG 0 Other%20Contacts 0',
      'LST bob@example.com Bob 11 1',
      'JOI bob@example.com Bob',
      'BYE carol@example.net 1',
      'NLN BSY bob@example.com Bob 0',
      'FLN carol@example.net',
      'OUT OTH',
      'QNG 50',
      'PNG',
    ]) {
      const command = one(line);
      expect(command.trid, line).toBeNull();
      expect([command.name, ...command.params].join(' '), line).toBe(line);
    }
  });

  it('server MSG, NOT and IPG have no TrID even when the first parameter is numeric', () => {
    const commands = commandsOf(
      new CommandParser().push(Buffer.from('MSG 123 Name 2\r\nhiNOT 1\r\nxIPG 0\r\n')),
    );
    expect(commands.map((c) => [c.name, c.trid, c.params])).toEqual([
      ['MSG', null, ['123', 'Name']],
      ['NOT', null, []],
      ['IPG', null, []],
    ]);
  });

  it('GTC, BLP and PRP carry a TrID exactly when the first parameter is all digits', () => {
    expect(one('GTC A')).toMatchObject({ trid: null, params: ['A'] });
    expect(one('GTC 31 59 N')).toMatchObject({ trid: 31, params: ['59', 'N'] });
    expect(one('BLP AL')).toMatchObject({ trid: null, params: ['AL'] });
    expect(one('BLP 26 55 BL')).toMatchObject({ trid: 26, params: ['55', 'BL'] });
    expect(one('PRP PHH 1%20(555)%200100')).toMatchObject({
      trid: null,
      params: ['PHH', '1%20(555)%200100'],
    });
    expect(one('PRP 28 56 PHM 1%20(555)%200123')).toMatchObject({
      trid: 28,
      params: ['56', 'PHM', '1%20(555)%200123'],
    });
    expect(one('PRP 29 57 PHM')).toMatchObject({ trid: 29, params: ['57', 'PHM'] });
    expect(one('PRP 1x PHM')).toMatchObject({ trid: null, params: ['1x', 'PHM'] });
  });

  it('a TrID-carrying command whose first parameter is not a number has no TrID', () => {
    expect(one('VER MSNP8')).toMatchObject({ trid: null, params: ['MSNP8'] });
  });
});
