// Main's fixed failure sentences carry their name (Failure.reason), so the renderer can say them
// in its language; words that are not fixed (a server's error text) carry none.
import { describe, expect, it } from 'vitest';
import { RequestTimeoutError } from '../../../main/msnp/connection/errors';
import { PassportPolicyRefused } from '../../../main/msnp/passport/errors';
import { passportNetworkError } from '../../../main/msnp/passport/https';
import { endFailure, failureFromCode, MESSAGES, toFailure } from '../../../main/msnp/failures';

describe('failure reasons', () => {
  it('a fixed sentence is named, and is that sentence', () => {
    expect(failureFromCode(911, 'USR')).toMatchObject({
      kind: 'badCredentials',
      message: MESSAGES.badCredentials,
      reason: 'badCredentials',
      code: 911,
    });
    expect(endFailure('signedInElsewhere')).toEqual({
      kind: 'signedInElsewhere',
      message: MESSAGES.signedInElsewhere,
      reason: 'signedInElsewhere',
    });
    expect(toFailure(new RequestTimeoutError('USR', 1000))).toMatchObject({ reason: 'timeout' });
    expect(toFailure(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toMatchObject({
      kind: 'unreachable',
      reason: 'unreachable',
    });
  });

  it('Passport says its fixed sentences with their names too', () => {
    expect(new PassportPolicyRefused().failure).toMatchObject({ reason: 'passportRefused' });
    expect(passportNetworkError(new Error('?')).failure).toMatchObject({
      kind: 'serverBusy',
      reason: 'passportUnavailable',
    });
  });

  it("a server's own error text stays as it is, without a reason", () => {
    expect(failureFromCode(715, 'REA').reason).toBeUndefined();
  });
});
