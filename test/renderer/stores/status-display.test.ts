import { describe, expect, it } from 'vitest';
import { MENU_STATUSES, statusDisplay } from '../../../renderer/src/status/statusDisplay';

describe('statusDisplay', () => {
  it('gives the classic suffixes and no suffix for Online or offline', () => {
    expect(statusDisplay('NLN').suffix).toBe('');
    expect(statusDisplay('BSY').suffix).toBe('(Busy)');
    expect(statusDisplay('PHN').suffix).toBe('(On The Phone)');
    expect(statusDisplay('LUN').suffix).toBe('(Out To Lunch)');
    expect(statusDisplay('IDL').suffix).toBe('(Away)');
    expect(statusDisplay('FLN').suffix).toBe('');
  });

  it('groups icons: busy and phone red, away-ish amber, hidden and offline not online', () => {
    expect(statusDisplay('PHN').icon).toBe('busy');
    expect(statusDisplay('BRB').icon).toBe('away');
    expect(statusDisplay('HDN').online).toBe(false);
    expect(statusDisplay('FLN').online).toBe(false);
  });

  it('mutes only while Busy', () => {
    expect(MENU_STATUSES.filter((s) => statusDisplay(s).mutes)).toEqual(['BSY']);
  });

  it('lists the seven menu statuses in order', () => {
    expect(MENU_STATUSES.map((s) => statusDisplay(s).label)).toEqual([
      'Online',
      'Busy',
      'Be Right Back',
      'Away',
      'On The Phone',
      'Out To Lunch',
      'Appear Offline',
    ]);
  });
});
