// The Electron support check (test/tooling/electron-support.ts): the latest major estimated from the
// 8-week cadence and a known release, with fixed dates (no network, no clock).
import { describe, expect, it } from 'vitest';
import {
  ELECTRON_ANCHOR,
  electronSupport,
  estimatedLatestMajor,
  expectedReleaseDate,
  majorOf,
  supportMessage,
} from '../../tooling/electron-support';

const at = (date: string): Date => new Date(`${date}T12:00:00Z`);
const anchor = { major: 45, date: '2026-10-21' };

describe('Electron support estimate', () => {
  it('reads the major of a version', () => {
    expect(majorOf('45.5.0')).toBe(45);
    expect(majorOf('v46.0.0-beta.3')).toBe(46);
    expect(majorOf('nightly')).toBeNaN();
  });

  it('counts one major per 8 weeks from the anchor', () => {
    expect(estimatedLatestMajor(at('2026-10-21'), anchor)).toBe(45);
    expect(estimatedLatestMajor(at('2026-12-15'), anchor)).toBe(45); // day 55
    expect(estimatedLatestMajor(at('2026-12-16'), anchor)).toBe(46); // day 56
    expect(estimatedLatestMajor(at('2027-04-07'), anchor)).toBe(48);
    expect(expectedReleaseDate(48, anchor)).toBe('2027-04-07');
    expect(expectedReleaseDate(44, anchor)).toBe('2026-08-26'); // 44.0.0 came out 2026-08-25
  });

  it('the anchor is a real release the installed version is not older than', () => {
    expect(ELECTRON_ANCHOR.major).toBeGreaterThanOrEqual(45);
    expect(Number.isNaN(Date.parse(ELECTRON_ANCHOR.date))).toBe(false);
  });

  it('supported while among the latest three, ending when the oldest of them, then out', () => {
    expect(electronSupport('45.5.0', at('2026-12-02'), anchor)).toMatchObject({
      installed: 45,
      latest: 45,
      status: 'supported',
      endsOn: '2027-04-07',
    });
    expect(electronSupport('45.5.0', at('2027-02-10'), anchor)).toMatchObject({
      latest: 47,
      status: 'ending',
    });
    expect(electronSupport('45.5.0', at('2027-04-07'), anchor)).toMatchObject({
      latest: 48,
      status: 'unsupported',
    });
    // The case: 41 when 45 is the latest.
    expect(electronSupport('41.7.1', at('2026-12-02'), anchor).status).toBe('unsupported');
  });

  it('an installed major newer than the estimate is the latest (the estimate lags)', () => {
    const support = electronSupport('47.0.0', at('2026-11-01'), anchor);
    expect(support.latest).toBe(47);
    expect(support.status).toBe('supported');
  });

  it('says nothing when supported, and names the versions and the fix otherwise', () => {
    expect(supportMessage(electronSupport('45.5.0', at('2026-12-02'), anchor))).toBeNull();
    const out = supportMessage(electronSupport('41.7.1', at('2026-12-02'), anchor)) ?? '';
    expect(out).toContain('Electron 41 is OUT OF SUPPORT');
    expect(out).toContain('supported: 43–45');
    expect(out).toContain('electron@^45');
    const ending = supportMessage(electronSupport('45.5.0', at('2027-02-10'), anchor)) ?? '';
    expect(ending).toContain('expected to end on 2027-04-07');
  });

  it('refuses a version it cannot read rather than calling it supported', () => {
    expect(() => electronSupport('garbage', at('2026-12-02'), anchor)).toThrow(/Not an Electron/);
  });
});
