// login.md §5.4: a redirect is followed with the same request, whatever 3xx code the front
// end uses; a 3xx without a Location is a service error, not a loop.
import { expect, it } from 'vitest';
import { interpretLoginResponse } from '../../../main/msnp/passport/login';

it.each([301, 302, 303, 307, 308])('%i with a Location is a redirect', (status) => {
  expect(interpretLoginResponse(status, { location: 'https://elsewhere.test/login2.srf' })).toEqual(
    {
      kind: 'redirect',
      location: 'https://elsewhere.test/login2.srf',
    },
  );
});

it('a 3xx without a Location is "unavailable"', () => {
  expect(interpretLoginResponse(307, {})).toEqual({ kind: 'unavailable', status: 307 });
});
