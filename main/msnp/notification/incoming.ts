// What the NS pushes after sign-in: presence, list changes by others, mail and system
// messages, alerts, invitations, challenges, OUT.
// reference: notifications.md (table), presence.md §4, contacts.md §3.1, §4.1, §7,
// switchboard.md §2.1 (RNG), msnp8/README.md §7 (CHL), §9.2 (OUT)
import { ListBit } from '@shared/domain';
import type { MsnpCommand } from '../codec';
import { decodeParam } from '../codec';
import { hasList, keyOf } from '../contacts/model';
import { addedByMany, contactPropertyChanged, removedFromList } from '../contacts/reducers';
import type { AddedBy } from '../contacts/reducers';
import { isValidEmail } from '../contacts/email';
import { isSynFormBpr } from '../contacts/syn';
import { LIST_FULL_TEXT } from '../limits';
import { toUint32 } from '../presence/capabilities';
import { challengeAnswer, QRY_CLIENT_ID } from '../presence/challenge';
import { isStatus } from '../presence/status';
import { DEFAULT_PORT, parseHostPort } from '@shared/host-port';
import { allow } from './list-ops';
import { alertText, classifyNsMessage, nextMailState, pageText } from './mail';
import { parseProfile } from './profile';
import type { PushHost } from './push-host';

function num(text: string | undefined): number | null {
  return text !== undefined && /^\d{1,15}$/.test(text) ? Number(text) : null;
}

/** The line as received, for the log (msnp8/README.md §3.1 shape). */
function lineOf(cmd: MsnpCommand): string {
  return [cmd.name, ...(cmd.trid === null ? [] : [String(cmd.trid)]), ...cmd.params].join(' ');
}

/**
 * msnp8/README.md §11.1: never let a field that is not an e-mail address become a contact. A line
 * whose address field is not one is dropped, with the reason logged.
 */
function address(s: PushHost, field: string | undefined, cmd: MsnpCommand): field is string {
  if (field !== undefined && isValidEmail(field)) return true;
  s.dropped(`${cmd.name}: the address field is not an e-mail address`, lineOf(cmd));
  return false;
}

/**
 * msnp8/README.md §11.1: `<list> <version> <email> …` (spec) or `<list> <email> …` (some revival
 * servers): a number is a version, a field with `@` is the address. Decided by shape.
 */
export function splitVersioned(p: readonly string[]): {
  version: number | null;
  rest: readonly string[];
} {
  const version = num(p[1]);
  return version !== null ? { version, rest: p.slice(2) } : { version: null, rest: p.slice(1) };
}

export function handlePush(s: PushHost, cmd: MsnpCommand): void {
  const p = cmd.params;
  switch (cmd.name) {
    case 'ILN':
    case 'NLN':
      return onPresence(s, p, cmd);
    case 'FLN':
      if (address(s, p[0], cmd)) s.queuePresence({ email: p[0], presence: null });
      return;
    case 'ADD':
      if (cmd.trid === 0 && p[0] === 'RL') onAddedBy(s, p, cmd);
      return;
    case 'REM':
      if (cmd.trid === 0 && p[0] === 'RL') onRemovedBy(s, p, cmd);
      return;
    case 'BPR':
      return onBpr(s, p);
    case 'MSG':
      return onServiceMessage(s, cmd);
    case 'NOT': {
      // notifications.md §4: show the TEXT; ignore notices without one (Escargot's ABCH).
      const text = cmd.payload ? alertText(cmd.payload) : null;
      if (text) s.emit('systemMessage', { text });
      return;
    }
    case 'IPG': {
      // notifications.md §5: a page from a mobile phone; shown as a notice.
      const text = cmd.payload ? pageText(cmd.payload) : null;
      if (text) s.emit('systemMessage', { text });
      return;
    }
    case 'RNG':
      return onRing(s, p, cmd);
    case 'CHL':
      return onChallenge(s, p[0]);
    case 'OUT':
      return onOut(s, p[0]);
    case 'CHG':
      // presence.md §2: an unsolicited CHG 0 changes our status.
      if (cmd.trid === 0 && isStatus(p[0])) s.updateSelf({ status: p[0] });
      return;
    case 'XFR':
      // login.md §4.1: an unsolicited XFR 0 NS <host:port> asks for a new sign-in there;
      // `0` as the address means: on the current server.
      if (cmd.trid === 0 && p[0] === 'NS') {
        s.redirectTo = p[1] === '0' ? s.server : parseHostPort(p[1], DEFAULT_PORT);
        s.end('redirected');
      }
      return;
    default:
      // QNG (keep-alive), stray replies and asynchronous errors need no action.
      return;
  }
}

/**
 * presence.md §4.1/§4.2: <status> <email> <name> <caps>; a short line never throws.
 * presence.md §4.3: Escargot drops an empty name, so with three fields a number there is
 * the capabilities, not a name (`NLN NLN bob@example.com 0`).
 */
function onPresence(s: PushHost, p: readonly string[], cmd: MsnpCommand): void {
  const [status, email] = p;
  const nameDropped = p.length === 3 && /^\d+$/.test(p[2] ?? '');
  const name = nameDropped ? undefined : p[2];
  // msnp8/README.md §11.1: the capabilities field may be missing (then 0).
  const caps = nameDropped ? p[2] : p[3];
  if (!isStatus(status)) return;
  if (!address(s, email, cmd)) return;
  if (status === 'FLN' || status === 'HDN') {
    s.queuePresence({ email, presence: null });
    return;
  }
  const friendly = name !== undefined ? decodeParam(name) : email;
  s.queuePresence({
    email,
    presence: { status, friendlyName: friendly, capabilities: toUint32(caps) },
  });
}

/**
 * contacts.md §3.1: ADD 0 RL <version> <email> <name>; msnp8/README.md §11.1: or no version.
 * Queued: the pushes of one read are applied together (addedBy below).
 */
function onAddedBy(s: PushHost, p: readonly string[], cmd: MsnpCommand): void {
  const { version, rest } = splitVersioned(p);
  const [email, encodedName] = rest;
  if (!address(s, email, cmd)) return;
  const name = encodedName !== undefined ? decodeParam(encodedName) : email;
  s.queueAddedBy({ version, email, name });
}

/** Applies queued `ADD 0 RL` pushes, then asks (or allows) for each newcomer (contacts.md §5). */
export function addedBy(s: PushHost, pushes: readonly AddedBy[]): void {
  const { state, added, refused } = addedByMany(s.list, pushes);
  if (refused > 0) s.listFull.notify(LIST_FULL_TEXT);
  if (added.length === 0) return;
  s.commit(state, [...new Set(added.map((push) => push.email))]);
  for (const { email, name } of added) {
    const entry = s.list.entries.get(keyOf(email));
    const pending =
      entry !== undefined &&
      hasList(entry.lists, ListBit.RL) &&
      !(entry.lists & (ListBit.AL | ListBit.BL));
    if (!pending) continue;
    // contacts.md §5: GTC N means "don't ask": the official client allowed newcomers itself.
    if (s.list.privacy.gtc === 'N') void allow(s, email).catch(() => undefined);
    else s.emit('addedBy', { email, name });
  }
}

/** contacts.md §4.1: REM 0 RL <version> <email>; msnp8/README.md §11.1: or no version. */
function onRemovedBy(s: PushHost, p: readonly string[], cmd: MsnpCommand): void {
  const { version, rest } = splitVersioned(p);
  const email = rest[0];
  if (!address(s, email, cmd)) return;
  s.commit(removedFromList(s.list, 'RL', version, email), [email]);
  s.emit('removedBy', { email });
}

/** contacts.md §7 (BPR <version> <email> <prop> [value]) and §2.2 (late SYN-form BPR). */
function onBpr(s: PushHost, p: readonly string[]): void {
  if (isSynFormBpr(p)) {
    if (s.synLastEmail && p[0]) {
      const v = p[1] !== undefined ? decodeParam(p[1]) : undefined;
      s.commit(contactPropertyChanged(s.list, null, s.synLastEmail, p[0], v), [s.synLastEmail]);
    }
    return;
  }
  const email = p[1];
  if (!email || !p[2]) return;
  const v = p[3] !== undefined ? decodeParam(p[3]) : undefined;
  s.commit(contactPropertyChanged(s.list, num(p[0]), email, p[2], v), [email]);
}

/** notifications.md §1: MSG Hotmail Hotmail <len>; other senders are ignored. */
function onServiceMessage(s: PushHost, cmd: MsnpCommand): void {
  if (cmd.params[0] !== 'Hotmail' || !cmd.payload) return;
  const msg = classifyNsMessage(cmd.payload);
  switch (msg.kind) {
    case 'profile':
      s.profile = parseProfile(cmd.payload);
      return;
    case 'mailInitial':
    case 'mailNew':
    case 'mailActivity':
      s.mail = nextMailState(s.mail, msg);
      s.emit('mail', { ...s.mail });
      if (msg.kind === 'mailNew') s.emit('newMail', { ...msg.mail });
      return;
    case 'system':
      s.emit('systemMessage', { text: msg.text });
      return;
    default:
      return;
  }
}

/** switchboard.md §2.1: RNG <session> <host:port> CKI <cookie> <email> <name>. */
function onRing(s: PushHost, p: readonly string[], cmd: MsnpCommand): void {
  const [sessionId, hostPort, , cookie, email, name] = p;
  const where = parseHostPort(hostPort, DEFAULT_PORT);
  if (!sessionId || !where || !cookie) return;
  if (!address(s, email, cmd)) return;
  const invite = {
    sessionId,
    host: where.host,
    port: where.port,
    authCookie: cookie,
    callerEmail: email,
    callerName: name !== undefined ? decodeParam(name) : email,
  };
  for (const listener of [...s.ringListeners]) {
    try {
      listener(invite);
    } catch {
      // One listener's failure does not stop the others.
    }
  }
}

/** msnp8/README.md §7: answer promptly on a new TrID; the payload is 32 hex characters. */
function onChallenge(s: PushHost, challenge: string | undefined): void {
  if (!challenge) return;
  void s.request('QRY', [QRY_CLIENT_ID], challengeAnswer(challenge)).catch(() => undefined);
}

/**
 * msnp8/README.md §9.2: OTH = signed in elsewhere (no reconnect); SSD and unknown = shutdown.
 * msnp8/README.md §11.1: a bare OUT reaching us is never the echo of our own (signOut() ends the
 * session and closes the socket as it sends OUT, so no line is read after it): some servers
 * send it when the account signs in elsewhere. Like OTH: no automatic reconnect, or two
 * copies of the client would sign each other out for ever.
 */
function onOut(s: PushHost, reason: string | undefined): void {
  s.outReason = reason ?? 'OTH';
  s.end(reason === undefined || reason === 'OTH' ? 'signedInElsewhere' : 'serverShutdown');
}
