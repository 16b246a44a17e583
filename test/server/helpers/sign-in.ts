// Drives a complete sign-in with raw lines: dispatch → XFR NS → NS → Passport → USR OK →
// profile → SYN → first CHG (login.md, contacts.md §2, presence.md §2).
import type { LocalNetwork } from '../types';
import { passportTicket } from './passport-client';
import { RawClient } from './raw-client';

export interface SignInOptions {
  password?: string;
  /** First status; null = stop after the SYN (no CHG yet). */
  status?: string | null;
  /** The cached list version sent in SYN; null = no SYN at all. */
  syncVersion?: number | null;
  /** Connect straight to the NS instead of going through the dispatch server. */
  direct?: boolean;
}

export interface SignedIn {
  client: RawClient;
  /** Lines of the SYN answer, starting with SYN itself. */
  listing: string[];
  /** The ILN lines that followed the first CHG. */
  initial: string[];
}

export async function signIn(
  net: LocalNetwork,
  email: string,
  options: SignInOptions = {},
): Promise<SignedIn> {
  const password = options.password ?? 'tweener';
  let port = options.direct ? net.nsPort : net.dispatchPort;
  let client = await RawClient.connect(port);
  for (let hop = 0; hop < 3; hop++) {
    client.send(`VER ${client.nextTrid()} MSNP8 CVR0`);
    await client.expectLine(/^VER \d+ MSNP8/);
    client.send(`CVR ${client.nextTrid()} 0x0409 winnt 5.1 i386 MSNMSGR 5.0.0544 MSMSGS ${email}`);
    await client.expectLine(/^CVR \d+ /);
    client.send(`USR ${client.nextTrid()} TWN I ${email}`);
    const answer = await client.expectLine(
      /^(XFR \d+ NS 127\.0\.0\.1:(\d+) |USR \d+ TWN S (\S+)$)/,
    );
    if (answer.match[3] === undefined) {
      port = Number(answer.match[2]);
      await client.expectClose();
      client = await RawClient.connect(port);
      continue;
    }
    const ticket = await passportTicket(
      net.nexusUrl,
      net.caCertPem,
      email,
      password,
      answer.match[3],
    );
    client.send(`USR ${client.nextTrid()} TWN S ${ticket}`);
    await client.expectLine(/^USR \d+ OK /);
    await client.expectLine(/^MSG Hotmail Hotmail \d+$/); // profile
    await client.expectLine(/^MSG Hotmail Hotmail \d+$/); // initial mail state
    const listing: string[] = [];
    if (options.syncVersion !== null)
      listing.push(...(await sync(client, options.syncVersion ?? 0)));
    const initial: string[] = [];
    if (options.status !== null) {
      const trid = client.nextTrid();
      client.send(`CHG ${trid} ${options.status ?? 'NLN'} 0`);
      await client.expectLine(new RegExp(`^CHG ${trid} `));
      // ILN lines come at once after the echo; collect what is already there.
      await new Promise((resolve) => setTimeout(resolve, 50));
      while (client.pending()[0]?.startsWith(`ILN ${trid} `)) {
        initial.push((await client.expectLine(/^ILN /)).line);
      }
    }
    return { client, listing, initial };
  }
  throw new Error('too many XFR NS redirects');
}

/** SYN and the whole listing (contacts.md §2.2: complete after n LST and m LSG lines). */
export async function sync(client: RawClient, version: number): Promise<string[]> {
  client.send(`SYN ${client.nextTrid()} ${version}`);
  const head = await client.expectLine(/^SYN \d+ (\d+)(?: (\d+) (\d+))?$/);
  const lines = [head.line];
  if (head.match[2] === undefined) return lines;
  let contacts = Number(head.match[2]);
  let groups = Number(head.match[3]);
  while (contacts > 0 || groups > 0) {
    const { line } = await client.expectLine(/^(GTC|BLP|PRP|LSG|LST|BPR) /);
    if (line.startsWith('LST ')) contacts--;
    if (line.startsWith('LSG ')) groups--;
    lines.push(line);
  }
  await new Promise((resolve) => setTimeout(resolve, 30)); // trailing BPR of the last contact
  while (/^BPR /.test(client.pending()[0] ?? ''))
    lines.push((await client.expectLine(/^BPR /)).line);
  return lines;
}
