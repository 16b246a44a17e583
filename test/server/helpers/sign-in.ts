// Drives a complete sign-in with raw lines: dispatch → XFR NS → NS → Passport → USR OK →
// profile → SYN → first CHG (login.md, contacts.md §2, presence.md §2).
import type { LocalNetwork } from '../types';
import { passportTicket } from './passport-client';
import { RawClient, type Received } from './raw-client';

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
    const ticket = await ticketFor(net, email, answer.match[3], password);
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
      // The ILN lines follow the echo (presence.md §4.1); a PNG round trip shows where they end.
      const [iln, rest] = split(await client.drain(), (line) => line.startsWith(`ILN ${trid} `));
      initial.push(...iln.map((r) => r.line));
      client.unread(rest);
    }
    return { client, listing, initial };
  }
  throw new Error('too many XFR NS redirects');
}

/** VER, CVR and USR TWN I straight on the NS; returns the Passport policy (login.md §2–§4.2). */
export async function openNs(
  net: LocalNetwork,
  email: string,
): Promise<{ client: RawClient; policy: string }> {
  const client = await RawClient.connect(net.nsPort);
  client.send('VER 1 MSNP8 CVR0');
  await client.expectLine(/^VER 1 MSNP8 CVR0$/);
  client.send(`CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 5.0.0544 MSMSGS ${email}`);
  await client.expectLine(/^CVR 2 5\.0\.0544 5\.0\.0544 5\.0\.0544 \S+ \S+$/);
  client.send(`USR 3 TWN I ${email}`);
  const { match } = await client.expectLine(/^USR 3 TWN S (\S+)$/);
  return { client, policy: match[1] ?? '' };
}

/** A Passport ticket from this network for `email` and the NS's policy (login.md §5). */
export function ticketFor(
  net: LocalNetwork,
  email: string,
  policy: string,
  password = 'tweener',
): Promise<string> {
  return passportTicket(net.nexusUrl, net.caCertPem, email, password, policy);
}

/** SYN and the whole listing (contacts.md §2.2: complete after n LST and m LSG lines). */
export async function sync(client: RawClient, version: number): Promise<string[]> {
  client.send(`SYN ${client.nextTrid()} ${version}`);
  const head = await client.expectLine(/^SYN \d+ (\d+)(?: (\d+) (\d+))?$/);
  const lines = [head.line];
  if (head.match[2] === undefined) return lines;
  // One write holds the listing, the last contact's BPR lines included: a PNG round trip
  // shows where it ends. Anything else (a push that came after it) stays unread.
  const [listing, rest] = split(await client.drain(), (line) =>
    /^(GTC|BLP|PRP|LSG|LST|BPR) /.test(line),
  );
  lines.push(...listing.map((r) => r.line));
  client.unread(rest);
  const count = (name: string) => lines.filter((line) => line.startsWith(`${name} `)).length;
  if (count('LST') !== Number(head.match[2]) || count('LSG') !== Number(head.match[3])) {
    throw new Error(`the SYN listing does not match its counts: ${JSON.stringify(lines)}`);
  }
  return lines;
}

function split(lines: Received[], wanted: (line: string) => boolean): [Received[], Received[]] {
  return [lines.filter((r) => wanted(r.line)), lines.filter((r) => !wanted(r.line))];
}
