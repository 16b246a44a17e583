// Every Promise-returning method of MsnClient reports "not signed in" as a rejection, never as
// a synchronous throw: a caller writing `client.addContact(x).catch(show)` (or calling it from
// an event listener) must not crash (phase-2 review; STYLE.md: bad input → typed error).
import { expect, it } from 'vitest';
import { MsnClient } from '../../../main/msnp';
import { OperationError } from '../../../main/msnp/failures';

function signedOutClient(): MsnClient {
  return new MsnClient({
    server: { host: '127.0.0.1', port: 1 },
    passport: { nexusUrl: null, loginUrl: null },
    reconnect: { enabled: false },
  });
}

const calls: [string, (c: MsnClient) => Promise<unknown>][] = [
  ['setStatus', (c) => c.setStatus('BSY')],
  ['setFriendlyName', (c) => c.setFriendlyName('Alice')],
  ['requestUrl', (c) => c.requestUrl('INBOX')],
  ['addContact', (c) => c.addContact('bob@tweener.test')],
  ['removeContact', (c) => c.removeContact('bob@tweener.test')],
  ['addToGroup', (c) => c.addToGroup('bob@tweener.test', 1)],
  ['removeFromGroup', (c) => c.removeFromGroup('bob@tweener.test', 1)],
  ['moveToGroup', (c) => c.moveToGroup('bob@tweener.test', 0, 1)],
  ['block', (c) => c.block('bob@tweener.test')],
  ['unblock', (c) => c.unblock('bob@tweener.test')],
  ['allow', (c) => c.allow('bob@tweener.test')],
  ['addGroup', (c) => c.addGroup('Friends')],
  ['renameGroup', (c) => c.renameGroup(1, 'Friends')],
  ['removeGroup', (c) => c.removeGroup(1)],
  ['setPrivacy', (c) => c.setPrivacy({ blp: 'BL' })],
  ['setPhone', (c) => c.setPhone('home', '555')],
];

it.each(calls)(
  '%s while signed out rejects with a plain message instead of throwing',
  async (_, call) => {
    const client = signedOutClient();
    let result: Promise<unknown> | undefined;
    expect(() => {
      result = call(client);
    }).not.toThrow();
    expect(result).toBeInstanceOf(Promise);
    const error = await result!.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OperationError);
    expect((error as Error).message).toMatch(/sign/i);
  },
);
