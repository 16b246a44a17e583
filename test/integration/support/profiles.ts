// The shared fixture that runs a suite against every server profile of the local network
// (test/server/README.md): 'spec' (the protocol as the reference describes it) and 'revival'
// (every variation seen on revival servers, msnp8/README.md §11, §11.1). Same tests, two servers.
import { describe } from 'vitest';
import type { MsnClientOptions } from '../../../main/msnp';
import { PROFILE_NAMES, PROFILES } from '../../server';
import type { ProfileName } from '../../server';

export type { ProfileName };

/** One `describe` per server profile; `body` registers its fixtures and tests inside. */
export function describeEachProfile(title: string, body: (profile: ProfileName) => void): void {
  describe.each(PROFILE_NAMES)(`${title} [%s server]`, (profile) => body(profile));
}

/** True when this profile's server never sends ACK or NAK (msnp8/README.md §11.1). */
export function withoutAcks(profile: ProfileName): boolean {
  return PROFILES[profile].noAck === true;
}

/**
 * The event that says a sent message arrived as far as the sender can know: `ACK`
 * (messageDelivered), or, from a server that never confirms, messageUnconfirmed.
 */
export function arrivalEvent(profile: ProfileName): 'messageDelivered' | 'messageUnconfirmed' {
  return withoutAcks(profile) ? 'messageUnconfirmed' : 'messageDelivered';
}

/** Client options for a profile: a short wait for confirmations that never come. */
export function profileClientOptions(profile: ProfileName): Partial<MsnClientOptions> {
  return withoutAcks(profile) ? { conversations: { ackTimeoutMs: 400 } } : {};
}
