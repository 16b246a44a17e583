// A raw MSNP client (the local network's test client, not MsnClient) who signs in, opens a
// switchboard and calls an MsnClient peer in: for sending what a real client never would.
import type { LocalNetwork } from '../../../server';
import type { RawClient } from '../../../server/helpers/raw-client';
import { signIn } from '../../../server/helpers/sign-in';
import { callIn, createSwitchboard } from '../../../server/helpers/switchboard';

/** `caller` signs in raw and calls `callee` (who answers by itself); resolves at the JOI. */
export async function rawCallerInto(
  net: LocalNetwork,
  caller: string,
  callee: string,
): Promise<RawClient> {
  const { client } = await signIn(net, caller);
  const sb = await createSwitchboard(net, client, caller);
  await callIn(sb, callee);
  return sb;
}
