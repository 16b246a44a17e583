// Raw switchboard steps for the local network's tests (switchboard.md §1, §2).
import type { LocalNetwork } from '../types';
import { RawClient } from './raw-client';

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
  await sb.expectLine(new RegExp(`^USR 1 OK ${email.replace(/\./g, '\\.')} \\S+$`));
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

function expectPort(actual: number) {
  return {
    toBe(wanted: number) {
      if (actual !== wanted) throw new Error(`switchboard port ${actual}, expected ${wanted}`);
    },
  };
}
