// Error codes → typed failures with the reference's words (errors.md, login.md §4.3, §6).
import { describe, expect, it } from 'vitest';
import { failureFromCode, isRetryable } from '../../../main/msnp/failures';

describe('failures', () => {
  it('maps sign-in codes to kinds', () => {
    expect(failureFromCode(911, 'USR', 'initial').kind).toBe('unknownAccount');
    expect(failureFromCode(911, 'USR')).toMatchObject({ kind: 'badCredentials', code: 911 });
    expect(failureFromCode(928, 'USR').kind).toBe('badCredentials');
    for (const code of [500, 600, 601, 910, 921])
      expect(failureFromCode(code).kind).toBe('serverBusy');
    const p = failureFromCode(715);
    expect(p).toMatchObject({ kind: 'protocol', code: 715 });
    expect(p.message).toContain('715');
  });
  it('only network-ish failures are retried', () => {
    expect(isRetryable({ kind: 'connectionLost', message: '' })).toBe(true);
    expect(isRetryable({ kind: 'serverBusy', message: '' })).toBe(true);
    expect(isRetryable({ kind: 'badCredentials', message: '' })).toBe(false);
    expect(isRetryable({ kind: 'signedInElsewhere', message: '' })).toBe(false);
    expect(isRetryable({ kind: 'tlsRejected', message: '' })).toBe(false);
  });
});
