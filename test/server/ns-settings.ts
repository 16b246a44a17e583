// REA, GTC, BLP, PRP (and the BPR it causes), URL, SND, PAG.
// reference: contacts.md §5, §6, §7, §8, §10.7; notifications.md §6; presence.md §7.
import { decodeName } from './framer';
import type { NsCommandSession } from './ns-command-session';
import { AL, emailSyntaxError, FL } from './store';

const MAX_NAME_BYTES = 387; // msnp8/README.md §6
const MAX_PROPERTY_BYTES = 95;
const OWN_PROPERTIES = new Set(['PHH', 'PHW', 'PHM', 'MOB', 'MBE']);
const SHARED_PROPERTIES = new Set(['PHH', 'PHW', 'PHM', 'MOB']);

/** `REA <TrID> <email> <url-name>`: own name (pushed by NLN) or a contact's stored name. */
export function rename(s: NsCommandSession, trid: string, [email, name]: string[]): void {
  if (email === undefined || name === undefined) return s.wire.destroy();
  if (Buffer.byteLength(name) > MAX_NAME_BYTES) return s.error(209, trid);
  const { store, presence } = s.ctx;
  if (email.toLowerCase() === s.account.email.toLowerCase()) {
    s.account.friendlyName = decodeName(name);
    s.wire.send('REA', trid, store.bump(s.account), email, name);
    presence.refresh(s.account.email); // watchers get NLN with the new name (presence.md §6)
    return;
  }
  const entry = store.entry(s.account, email);
  if (!entry) return s.error(216, trid);
  entry.storedName = decodeName(name);
  s.wire.send('REA', trid, store.bump(s.account), email, name);
}

/** `GTC <TrID> <A|N>`; the same value again → 218 (contacts.md §5). */
export function setGtc(s: NsCommandSession, trid: string, [value]: string[]): void {
  if (value !== 'A' && value !== 'N') return s.wire.destroy();
  if (s.account.gtc === value) return s.error(218, trid);
  s.account.gtc = value;
  s.wire.send('GTC', trid, s.ctx.store.bump(s.account), value);
}

/** `BLP <TrID> <AL|BL>`: changes who may see me (presence.md §5). */
export function setBlp(s: NsCommandSession, trid: string, [value]: string[]): void {
  if (value !== 'AL' && value !== 'BL') return s.wire.destroy();
  if (s.account.blp === value) return s.error(218, trid);
  s.account.blp = value;
  s.wire.send('BLP', trid, s.ctx.store.bump(s.account), value);
  s.ctx.presence.refresh(s.account.email);
}

/** `PRP <TrID> <prop> [<url-value>]`; contacts I allow receive `BPR` (contacts.md §6–7). */
export function setProperty(s: NsCommandSession, trid: string, [prop, value]: string[]): void {
  if (prop === undefined || prop.length > 3) return s.wire.destroy();
  if (value !== undefined && Buffer.byteLength(value) > MAX_PROPERTY_BYTES) {
    return s.wire.destroy();
  }
  if (!OWN_PROPERTIES.has(prop)) return s.error(715, trid); // unknown or lower-case name
  if (value === undefined) s.account.props.delete(prop);
  else s.account.props.set(prop, value);
  const version = s.ctx.store.bump(s.account);
  s.wire.send('PRP', trid, version, prop, ...(value === undefined ? [] : [value]));
  if (SHARED_PROPERTIES.has(prop)) broadcastProperty(s, prop, value);
}

function broadcastProperty(s: NsCommandSession, prop: string, value: string | undefined): void {
  const { store, presence } = s.ctx;
  for (const watcher of store.all()) {
    const watches = (store.entry(watcher, s.account.email)?.lists ?? 0) & FL;
    const allowed = (store.entry(s.account, watcher.email)?.lists ?? 0) & AL;
    if (!watches || !allowed) continue;
    const version = store.bump(watcher); // an async BPR is a list change too (contacts.md §1.4)
    const params = value === undefined ? [prop] : [prop, value];
    presence.session(watcher.email)?.wire.send('BPR', version, s.account.email, ...params);
  }
}

/** `URL <TrID> <service> [<param>]` → `URL <TrID> <redirect> <login-url> <site-id>` */
export function url(s: NsCommandSession, trid: string, [service, param]: string[]): void {
  const paths: Record<string, string> = {
    INBOX: '/cgi-bin/HoTMaiL',
    FOLDERS: '/cgi-bin/folders',
    COMPOSE: param ? `/cgi-bin/compose?mailto=1&to=${param}` : '/cgi-bin/compose',
    MESSAGE: '/cgi-bin/HoTMaiL',
  };
  const webServices = 'PASSWORD PERSON PROFILE MOBILE CHGMOB CHAT N2PACCOUNT N2PFUND ADDRBOOK';
  const base = `https://127.0.0.1:${s.ctx.ports.passport}`;
  const redirect =
    paths[service ?? ''] ??
    (service && [...webServices.split(' '), 'ADVSEARCH', 'INTSEARCH'].includes(service)
      ? `${base}/services/${service.toLowerCase()}`
      : undefined);
  if (redirect === undefined) return s.error(201, trid);
  s.wire.send('URL', trid, redirect, `${base}/ppsecure/md5auth.srf?lc=1033`, 2);
}

/** `SND <TrID> <email> …` → `SND <TrID> OK`; nothing is e-mailed (contacts.md §10.7). */
export function sendInvitation(s: NsCommandSession, trid: string, [email]: string[]): void {
  const syntax = email === undefined ? 201 : emailSyntaxError(email);
  if (syntax !== null) return s.error(syntax, trid);
  s.wire.send('SND', trid, 'OK');
}

/** `PAG <TrID> <email> <len>`: no positive acknowledgement; 220 if not accepted (presence.md §7). */
export function page(s: NsCommandSession, trid: string, [email]: string[]): void {
  const target = email === undefined ? undefined : s.ctx.store.get(email);
  if (!target) return s.error(205, trid);
  if (target.props.get('MOB') !== 'Y') return s.error(220, trid);
}
