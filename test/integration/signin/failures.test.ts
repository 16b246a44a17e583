// Sign-in failures as typed outcomes (errors.md §3, login.md §8).
import net from 'node:net';
import { expect, it } from 'vitest';
import { SignInError } from '../../../main/msnp';
import type { Failure } from '@shared/domain';
import { useAccounts } from '../support/accounts';
import { describeEachProfile } from '../support/profiles';
import { PASSWORD, rejectionOf, seed } from './harness';

const failureOf = async (p: Promise<void>): Promise<Failure> =>
  (await rejectionOf(p, SignInError)).failure;

describeEachProfile('sign-in failures', (profile) => {
  const { net: network, client: clientFor } = useAccounts(
    { profile, accounts: [seed('fail@tweener.test')] },
    { shared: true },
  );

  it('wrong password → badCredentials, never echoing the password', async () => {
    const client = clientFor();
    const failure = await failureOf(
      client.signIn({ email: 'fail@tweener.test', password: 'Wr0ng,pass', status: 'NLN' }),
    );
    expect(failure.kind).toBe('badCredentials');
    expect(failure.message).toBe('The e-mail address or password is incorrect.');
    expect(JSON.stringify(failure)).not.toContain('Wr0ng');
  });

  it('Passport 500 → serverBusy, and works again once Passport recovers', async () => {
    const client = clientFor();
    network.faults.passportStatus(500);
    try {
      const failure = await failureOf(
        client.signIn({ email: 'fail@tweener.test', password: PASSWORD, status: 'NLN' }),
      );
      expect(failure.kind).toBe('serverBusy');
      expect(failure.message).toMatch(/sign-in service is unavailable/);
    } finally {
      network.faults.passportStatus(null);
    }
    await client.signIn({ email: 'fail@tweener.test', password: PASSWORD, status: 'NLN' });
    expect(client.snapshot.session.phase).toBe('online');
    await client.signOut();
  });

  it('refused TCP connection → unreachable', async () => {
    const probe = net.createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    const client = clientFor({ server: { host: '127.0.0.1', port } });
    const failure = await failureOf(
      client.signIn({ email: 'fail@tweener.test', password: PASSWORD, status: 'NLN' }),
    );
    expect(failure.kind).toBe('unreachable');
  });

  it('unknown account → badCredentials (Passport cannot tell it from a wrong password)', async () => {
    const client = clientFor();
    const failure = await failureOf(
      client.signIn({ email: 'nobody@tweener.test', password: PASSWORD, status: 'NLN' }),
    );
    expect(failure.kind).toBe('badCredentials');
  });

  it('a sign-in name that is no address → unknownAccount (911 to USR TWN I)', async () => {
    const client = clientFor();
    const failure = await failureOf(
      client.signIn({ email: 'not-an-address', password: PASSWORD, status: 'NLN' }),
    );
    expect(failure).toMatchObject({ kind: 'unknownAccount', code: 911 });
    expect(failure.message).toBe("That sign-in name isn't valid.");
  });
});
