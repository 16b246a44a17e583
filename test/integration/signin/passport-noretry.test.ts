// login.md §5.4: `401 da-status=failed-noretry` means the request (its policy) was refused,
// not the password: restart the sign-in from VER once (new policy, new ticket), then give up.
// A login server in front of the local Passport refuses the first N requests that way.
import type { IncomingMessage, ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { SignInError } from '../../../main/msnp';
import { startNetwork } from '../../server';
import type { LocalNetwork } from '../../server';
import { tlsMaterial } from '../../server/certificates';
import { clientFor, PASSWORD, seed } from './harness';

const ME = 'policy@tweener.test';

let net: LocalNetwork;
let front: https.Server;
let frontUrl: string;
let refuseFirst = 0;
let requests = 0;

/** Relays a login request to the local Passport, with the same Authorization header. */
function relay(req: IncomingMessage, res: ServerResponse): void {
  const upstream = https.get(
    net.loginUrl,
    { headers: { authorization: req.headers.authorization ?? '' }, ca: net.caCertPem },
    (answer) => {
      res.writeHead(answer.statusCode ?? 500, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => res.writeHead(502).end());
}

beforeEach(async () => {
  net = await startNetwork({ accounts: [seed(ME)] });
  const tls = await tlsMaterial();
  requests = 0;
  front = https.createServer({ cert: tls.certPem, key: tls.keyPem }, (req, res) => {
    requests += 1;
    if (requests <= refuseFirst) {
      res.writeHead(401, { 'WWW-Authenticate': 'Passport1.4 da-status=failed-noretry' }).end();
      return;
    }
    relay(req, res);
  });
  await new Promise<void>((r) => front.listen(0, '127.0.0.1', r));
  frontUrl = `https://127.0.0.1:${(front.address() as AddressInfo).port}/login2.srf`;
});
afterEach(async () => {
  front.closeAllConnections();
  await new Promise((r) => front.close(r));
  await net.stop();
});

function client() {
  return clientFor(net, {
    passport: { nexusUrl: null, loginUrl: frontUrl, caCertPem: net.caCertPem },
  });
}

it('one failed-noretry: the sign-in starts again from VER and succeeds', async () => {
  refuseFirst = 1;
  const me = client();
  await me.signIn({ email: ME, password: PASSWORD, status: 'NLN' });
  expect(me.snapshot.session.phase).toBe('online');
  expect(requests).toBe(2);
  await me.signOut();
});

it('failed-noretry twice: the sign-in gives up with a plain message', async () => {
  refuseFirst = 5;
  const me = client();
  const error = await me.signIn({ email: ME, password: PASSWORD, status: 'NLN' }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SignInError);
  expect((error as SignInError).failure.message).toBe(
    'Sign-in was refused by the sign-in service.',
  );
  expect(requests).toBe(2);
});
