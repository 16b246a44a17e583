// The one state field of a conversation record and its named transitions
// (main/msnp/conversations/conversation-record.ts), as the manager and the setup use them.
import { describe, expect, it } from 'vitest';
import {
  beginSetup,
  endSetup,
  isLeft,
  isSettingUp,
  markLeft,
  newRecord,
  reopen,
  stateOf,
} from '../../../main/msnp/conversations/conversation-record';

describe('conversation record phase', () => {
  it('a setup runs once; the person leaving during it is remembered until it ends', () => {
    const record = newRecord('c1', ['bob@x.test']);
    expect(record.phase).toBe('idle');
    expect(beginSetup(record)).toBe(true);
    expect(beginSetup(record)).toBe(false); // a second setup would only race the first
    expect(stateOf(record)).toBe('connecting');
    markLeft(record);
    expect([record.phase, isLeft(record), isSettingUp(record)]).toEqual([
      'leftSettingUp',
      true,
      true,
    ]);
    expect(beginSetup(record)).toBe(false);
    endSetup(record);
    expect(record.phase).toBe('left');
    expect(stateOf(record)).toBe('closed');
  });

  it('reopening undoes leaving, whether or not a setup still runs', () => {
    const record = newRecord('c1', ['bob@x.test']);
    markLeft(record);
    reopen(record);
    expect(record.phase).toBe('idle');
    beginSetup(record);
    markLeft(record);
    reopen(record);
    expect(record.phase).toBe('settingUp');
    endSetup(record);
    expect(stateOf(record)).toBe('idle');
  });

  it('a new setup from a left conversation opens it again', () => {
    const record = newRecord('c1', ['bob@x.test']);
    markLeft(record);
    expect(beginSetup(record)).toBe(true);
    expect(isLeft(record)).toBe(false);
  });
});
