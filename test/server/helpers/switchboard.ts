// Raw switchboard steps for the local network's tests (switchboard.md §1, §2).
import type { LocalNetwork } from '../types';
import { RawClient, type Received } from './raw-client';
import { signIn, type SignedIn } from './sign-in';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** XFR SB on the NS, then USR on the switchboard (switchboard.md §1.1–1.2). */
export async function createSwitchboard(
  net: LocalNetwork,
  ns: RawClient,
  email: string,
): Promise<RawClient> {
  const trid = ns.nextTrid();
  ns.send(`XFR ${trid} SB`);
  const { match } = await ns.waitForLine(
    new RegExp(`^XFR ${trid} SB 127\\.0\\.0\\.1:(\\d+) CKI (\\S+)$`),
  );
  const sb = await RawClient.connect(Number(match[1]));
  sb.send(`USR ${sb.nextTrid()} ${email} ${match[2]}`);
  await sb.expectLine(new RegExp(`^USR 1 OK ${escape(email)} \\S+$`));
  expectPort(Number(match[1])).toBe(net.sbPort);
  return sb;
}

/** Waits for RNG on the NS and answers it with ANS (switchboard.md §2.1); returns the IRO lines. */
export async function answerRing(
  ns: RawClient,
  email: string,
): Promise<{ sb: RawClient; iro: string[]; sessionId: string; caller: string }> {
  const ring = await ns.waitForLine(/^RNG (\S+) 127\.0\.0\.1:(\d+) CKI (\S+) (\S+) (\S+)$/);
  const [, sessionId = '', port, cookie, caller = ''] = ring.match;
  const sb = await RawClient.connect(Number(port));
  const trid = sb.nextTrid();
  sb.send(`ANS ${trid} ${email} ${cookie} ${sessionId}`);
  const iro: string[] = [];
  for (;;) {
    const { line } = await sb.expectLine(new RegExp(`^(IRO ${trid} |ANS ${trid} OK$)`));
    if (line.startsWith('ANS')) break;
    iro.push(line);
  }
  return { sb, iro, sessionId, caller };
}

/** CAL into a switchboard whose callee answers by itself; resolves at its JOI (switchboard.md §1.3). */
export async function callIn(sb: RawClient, email: string): Promise<Received> {
  sb.send(`CAL ${sb.nextTrid()} ${email}`);
  return sb.waitForLine(new RegExp(`^JOI ${escape(email)} `));
}

export interface RawConversation {
  caller: SignedIn;
  callee: SignedIn;
  /** The caller's switchboard: its TrIDs 1 (USR) and 2 (CAL) are used. */
  sbCaller: RawClient;
  /** The callee's switchboard: its TrID 1 (ANS) is used. */
  sbCallee: RawClient;
  /** The JOI line the caller saw. */
  joined: string;
}

/** Both sign in; the caller opens a switchboard, CALs, the callee answers the RNG (§1–§2). */
export async function rawConversation(
  net: LocalNetwork,
  callerEmail: string,
  calleeEmail: string,
): Promise<RawConversation> {
  const caller = await signIn(net, callerEmail);
  const callee = await signIn(net, calleeEmail);
  const sbCaller = await createSwitchboard(net, caller.client, callerEmail);
  sbCaller.send(`CAL 2 ${calleeEmail}`);
  await sbCaller.expectLine(/^CAL 2 RINGING \d+$/);
  const { sb: sbCallee } = await answerRing(callee.client, calleeEmail);
  const { line } = await sbCaller.expectLine(new RegExp(`^JOI ${escape(calleeEmail)} \\S+$`));
  return { caller, callee, sbCaller, sbCallee, joined: line };
}

function expectPort(actual: number) {
  return {
    toBe(wanted: number) {
      if (actual !== wanted) throw new Error(`switchboard port ${actual}, expected ${wanted}`);
    },
  };
}
