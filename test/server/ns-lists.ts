// ADD and REM on FL/AL/BL, and the ADD 0 RL / REM 0 RL they cause on the other side.
// reference: contacts.md §3 (ADD), §3.1 (ADD 0 RL), §4 (REM), §4.1 (REM 0 RL), §7 (BPR).
import { decodeName } from './framer';
import type { NsCommandSession } from './ns-command-session';
import { AL, BL, emailSyntaxError, FL, keyOf, RL, type Account } from './store';

const CLIENT_LISTS: Readonly<Record<string, number>> = { FL, AL, BL };
const MAX_NAME_BYTES = 387; // msnp8/README.md §6
const CONTACT_PROPERTIES = ['PHH', 'PHW', 'PHM', 'MOB'] as const;

/** `ADD <TrID> <FL|AL|BL> <email> <url-name> [<group-id>]` */
export function addToList(s: NsCommandSession, trid: string, params: string[]): void {
  const { store, presence } = s.ctx;
  const [list = '', email, name, groupText] = params;
  const bit = CLIENT_LISTS[list];
  // RL, an unknown list or an oversize name: the server closes the connection (contacts.md §3).
  if (!bit || email === undefined || name === undefined) return s.wire.destroy();
  if (Buffer.byteLength(name) > MAX_NAME_BYTES) return s.wire.destroy();
  const syntax = emailSyntaxError(email);
  if (syntax !== null) return s.error(syntax, trid);
  const other = store.get(email);
  // 201 and 205 before 224; msnp8/README.md §11.1: some servers answer 207 for "no such account".
  if (!other) return s.error(s.ctx.variations.error207OnAdd ? 207 : 205, trid);
  let group: number | undefined;
  if (bit === FL && groupText !== undefined) {
    group = /^\d{1,2}$/.test(groupText) ? Number(groupText) : -1;
    if (!s.account.groups.has(group)) return s.error(224, trid);
  }
  const entry = store.entry(s.account, email);
  const lists = entry?.lists ?? 0;
  if (bit === FL && entry && lists & FL) {
    // Already a contact: only a new group is a change (contacts.md §3).
    if (group === undefined || entry.groups.includes(group)) return s.error(215, trid);
    entry.groups = [...entry.groups, group].sort((a, b) => a - b);
    return s.wire.send('ADD', trid, 'FL', store.bump(s.account), email, name, group);
  }
  if (lists & bit) return s.error(215, trid);
  if ((bit === AL && lists & BL) || (bit === BL && lists & AL)) return s.error(219, trid);

  const added = store.ensureEntry(s.account, other.email, name);
  added.lists |= bit;
  added.storedName = decodeName(name);
  const version = store.bump(s.account);
  if (bit !== FL) {
    s.wire.send('ADD', trid, list, version, email, name);
    presence.refresh(s.account.email); // AL/BL change who sees me (presence.md §5)
    return;
  }
  added.groups = [group ?? 0];
  s.wire.send('ADD', trid, 'FL', version, email, name, group ?? 0);
  if (s.synced) sendContactProperties(s, other, version, email);
  // ILN with the ADD's TrID if visible; msnp8/README.md §11.1: some servers send none (the contact
  // shows offline until its next change, which the `shown` bookkeeping then sends as NLN).
  if (!s.ctx.variations.noIlnAfterAdd) presence.update(s, other.email, trid);
  notifyReverseList(s, other, 'ADD');
}

/** `REM <TrID> <FL|AL|BL> <email> [<group-id>]` */
export function removeFromList(s: NsCommandSession, trid: string, params: string[]): void {
  const { store, presence } = s.ctx;
  const [list = '', email, groupText] = params;
  const bit = CLIENT_LISTS[list];
  if (!bit || email === undefined) return s.wire.destroy(); // RL or unknown list (contacts.md §4)
  const entry = store.entry(s.account, email);
  if (!entry || !(entry.lists & bit)) return s.error(entry || store.get(email) ? 216 : 205, trid);
  if (bit === FL && groupText !== undefined) {
    const group = /^\d{1,2}$/.test(groupText) ? Number(groupText) : -1;
    if (!s.account.groups.has(group)) return s.error(224, trid);
    if (!entry.groups.includes(group)) return s.error(225, trid);
    // Uncertain (contacts.md §4): like Escargot, a contact leaving its last group stays on FL.
    entry.groups = entry.groups.filter((g) => g !== group);
    return s.wire.send('REM', trid, 'FL', store.bump(s.account), email, group);
  }
  entry.lists &= ~bit;
  if (bit === FL) entry.groups = [];
  s.wire.send('REM', trid, list, store.bump(s.account), email);
  store.dropIfEmpty(s.account, email);
  if (bit === FL) {
    s.shown.delete(keyOf(email)); // no longer watched; nothing is sent about it
    const other = store.get(email);
    if (other) notifyReverseList(s, other, 'REM');
  }
  presence.refresh(s.account.email);
}

/** contacts.md §3.1 / §4.1: the other account's RL changes now, pushed if it is online. */
function notifyReverseList(s: NsCommandSession, other: Account, change: 'ADD' | 'REM'): void {
  const { store, presence } = s.ctx;
  const me = s.account;
  if (change === 'ADD') {
    store.ensureEntry(other, me.email, me.friendlyName).lists |= RL;
  } else {
    const mine = store.entry(other, me.email);
    if (!mine || !(mine.lists & RL)) return;
    mine.lists &= ~RL;
    store.dropIfEmpty(other, me.email);
  }
  const version = store.bump(other);
  const wire = presence.session(other.email)?.wire;
  const { variations, encodeName } = s.ctx;
  if (change === 'ADD') {
    // msnp8/README.md §11.1: some servers leave out the list version.
    const name = encodeName(me.friendlyName);
    if (variations.addRlWithoutVersion) wire?.send('ADD', 0, 'RL', me.email, name);
    else wire?.send('ADD', 0, 'RL', version, me.email, name);
  } else if (!variations.noRemRl) wire?.send('REM', 0, 'RL', version, me.email);
  // msnp8/README.md §11 / notifications.md §4: Escargot's address-book notice, with no TEXT.
  if (variations.notAfterReverseList && wire) wire.sendPayload('NOT', [], abchNotice(other.email));
}

function abchNotice(to: string): string {
  return (
    `<NOTIFICATION ver="2" id="1" siteid="111100200" siteurl="http://storage.msn.com">\r\n` +
    `\t<TO pid="0x00000000:0x00000000" name="${to}" />\r\n` +
    `\t<MSG id="0">\r\n\t\t<SUBSCR url="s.htm"/>\r\n\t\t<ACTION url="a.htm"/>\r\n` +
    `\t\t<BODY>&lt;NotificationData xmlns="http://www.hotmail.msn.com/ws/2004/09/oim/rsi"&gt;` +
    `&lt;Service&gt;ABCHInternal&lt;/Service&gt;&lt;/NotificationData&gt;</BODY>\r\n` +
    `\t</MSG>\r\n</NOTIFICATION>\r\n`
  );
}

/** After the first ADD FL: four BPR lines, values only if the contact allows me (contacts.md §3, §6). */
function sendContactProperties(
  s: NsCommandSession,
  other: Account,
  version: number,
  email: string,
) {
  const shared = ((s.ctx.store.entry(other, s.account.email)?.lists ?? 0) & AL) !== 0;
  for (const prop of CONTACT_PROPERTIES) {
    const value = shared ? other.props.get(prop) : undefined;
    const shownValue = value ?? (prop === 'MOB' ? 'N' : undefined);
    if (shownValue === undefined) s.wire.send('BPR', version, email, prop);
    else s.wire.send('BPR', version, email, prop, shownValue);
  }
}
