// Test Connection goes the way a sign-in would: with the TCP ports blocked and the network set
// to Automatic, it falls back to the HTTP gateway and says so. reference: http-gateway.md §4
import { afterEach, expect, it } from 'vitest';
import { testConnection } from '../../../main/msnp/probe/connection-test';
import { startNetwork } from '../../server';
import type { LocalNetwork } from '../../server';

let net: LocalNetwork | null = null;
afterEach(async () => {
  await net?.stop();
  net = null;
});

it('every step passes through the gateway, and the connect steps say so', async () => {
  net = await startNetwork({ tcpBlocked: true });
  const result = await testConnection({
    server: { host: net.host, port: net.dispatchPort },
    passport: { nexusUrl: net.nexusUrl, loginUrl: null, caCertPem: net.caCertPem },
    email: 'someone@tweener.test',
    connection: {
      mode: 'automatic',
      gateway: { host: net.host, port: net.gatewayPort },
      fallbackAfterMs: 2_000,
      gatewayTimings: { pollFastMs: 40, pollIdleMs: 250 },
    },
  });
  expect(result.ok).toBe(true);
  const connects = result.steps.filter((s) => s.step === 'connect');
  expect(connects.length).toBeGreaterThan(0);
  expect(connects.every((s) => s.detail.endsWith('through the HTTP gateway'))).toBe(true);
  expect(net.gatewayStats().opened).toBeGreaterThan(0);
});
