// login.md §6: USR … OK <account> <friendly-name> <verified> <restricted>; a server may omit
// the name (three fields after OK). Parsed by position, short lines never throw.
import { expect, it } from 'vitest';
import { parseUsrOk } from '../../../main/msnp/notification/login';

const ME = 'alice@example.com';

it('the full MSNP8 form', () => {
  expect(parseUsrOk(['OK', 'Alice@Example.com', 'Alice%20A.', '1', '0'], ME)).toEqual({
    email: 'Alice@Example.com',
    friendlyName: 'Alice A.',
    verified: true,
    restricted: false,
  });
});

it('without the friendly name: the flags are not mistaken for a name', () => {
  expect(parseUsrOk(['OK', 'alice@example.com', '0', '1'], ME)).toEqual({
    email: 'alice@example.com',
    friendlyName: 'alice@example.com',
    verified: false,
    restricted: true,
  });
});

it('short and long lines', () => {
  expect(parseUsrOk(['OK'], ME)).toEqual({
    email: ME,
    friendlyName: ME,
    verified: true,
    restricted: false,
  });
  expect(parseUsrOk(['OK', ME, 'Alice'], ME).friendlyName).toBe('Alice');
  expect(parseUsrOk(['OK', ME, 'Alice', '1', '0', 'extra', 'more'], ME)).toEqual({
    email: ME,
    friendlyName: 'Alice',
    verified: true,
    restricted: false,
  });
});
