// The CLI shows a certificate that does not verify, with the --pin that would trust it, and
// never sends the password; with that pin it signs in. reference: login.md §5.6
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startNetwork } from '../../server';
import type { LocalNetwork } from '../../server';
import { seed } from '../signin/harness';
import { runCli } from '../signin/run-cli';

const PASSWORD = 'pin-me-pw';
let net: LocalNetwork;

beforeAll(async () => {
  net = await startNetwork({
    accounts: [seed('pin@tweener.test', { password: PASSWORD })],
    passportCertificate: 'unknownAuthority',
  });
});
afterAll(async () => {
  await net.stop();
});

const args = (extra: string[]) => [
  '--server',
  `${net.host}:${net.dispatchPort}`,
  '--user',
  'pin@tweener.test',
  '--password-env',
  'TWEENER_PIN_PW',
  '--nexus',
  net.nexusUrl,
  ...extra,
];

it('prints the certificate and the --pin to use, and sends no password', async () => {
  const { out, code } = await runCli(args([]), 'quit\n', { TWEENER_PIN_PW: PASSWORD });
  expect(code).toBe(1);
  expect(out).toContain('sign-in failed: tlsRejected');
  expect(out).toContain(`--pin ${net.passportFingerprint}`);
  expect(out).not.toContain(PASSWORD);
  expect(net.passportRequests.some((r) => r.authorization?.includes(PASSWORD))).toBe(false);
});

it('with the printed pin it signs in', async () => {
  const { out, code } = await runCli(args(['--pin', net.passportFingerprint]), 'quit\n', {
    TWEENER_PIN_PW: PASSWORD,
  });
  expect(out).toContain('session online');
  expect(code).toBe(0);
});
