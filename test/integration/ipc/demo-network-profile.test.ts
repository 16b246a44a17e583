// The web harness demo (`test/demo/web-demo.ts --profile revival`) starts its network with
// the chosen server profile, and its network profile points at the entry point that network
// has (the NS itself when there is no dispatch server, msnp8/README.md §11).
import { expect, it } from 'vitest';
import { startDemoNetwork } from '../../demo/demo-network';
import { VARIATION_NAMES } from '../../server';

it.each(['spec', 'revival'] as const)('the %s demo network', async (profile) => {
  const demo = await startDemoNetwork(profile);
  try {
    const on = VARIATION_NAMES.filter((name) => demo.network.variations[name]);
    expect(on).toEqual(profile === 'revival' ? [...VARIATION_NAMES] : []);
    expect(demo.profile.port).toBe(demo.network.dispatchPort);
    expect(demo.network.dispatchPort === demo.network.nsPort).toBe(profile === 'revival');
  } finally {
    await demo.network.stop();
  }
});
