// The notification server's login phase: VER, CVR, USR TWN I → TWN S, USR TWN S → OK,
// the initial profile; then the connection belongs to an NsSession.
// reference: login.md §2–§7, msnp8/README.md §3.3 (strictly request/response during login).
import type { Socket } from 'node:net';
import { bump, isTrid, type NetworkContext } from './context';
import type { Frame } from './framer';
import {
  answerCvr,
  answerVer,
  initialMailPayload,
  passportPolicy,
  profilePayload,
  validAccountName,
} from './login';
import { NsSession } from './ns-session';
import { Wire } from './wire';

type Step = 'ver' | 'cvr' | 'usrI' | 'usrS';

/** NS commands that are valid after login: sent during login they get 715 (login.md §8). */
const SESSION_COMMANDS = new Set(
  'SYN CHG ADD REM ADG RMG REG REA GTC BLP PRP URL XFR QRY SND PAG'.split(' '),
);

export function acceptNotification(ctx: NetworkContext, socket: Socket): void {
  let step: Step = 'ver';
  let email = '';
  let session: NsSession | null = null;

  const wire: Wire = new Wire(socket, { delayMs: () => ctx.delayMs() }, (frame: Frame) => {
    if (session) return session.handle(frame);
    if (frame.name === 'PNG') return wire.send('QNG');
    if (frame.name === 'OUT') return wire.end();
    const [trid, ...params] = frame.params;
    if (!isTrid(trid)) return wire.destroy(); // msnp8/README.md §3.2
    if (frame.name === 'VER' && step === 'ver') {
      if (answerVer(wire, trid, params, ctx.variations.verWithoutCvr0)) step = 'cvr';
    } else if (frame.name === 'CVR' && step === 'cvr') {
      if (answerCvr(wire, trid, params)) step = 'usrI';
    } else if (
      frame.name === 'USR' &&
      params[0] === 'TWN' &&
      params[1] === 'I' &&
      isUsrIStep(step)
    ) {
      if (!validAccountName(params[2])) {
        wire.send('911', trid); // login.md §4.3; Escargot closes after it
        return wire.end();
      }
      email = params[2];
      step = 'usrS';
      wire.send('USR', trid, 'TWN', 'S', passportPolicy()); // login.md §4.2
    } else if (
      frame.name === 'USR' &&
      params[0] === 'TWN' &&
      params[1] === 'S' &&
      step === 'usrS'
    ) {
      const ticket = params[2] ?? '';
      const account = ctx.store.get(email);
      if (!account || !ctx.tickets.consume(ticket, email)) {
        wire.send('911', trid); // rejected, expired or reused ticket (login.md §6, examples.md §9)
        return wire.end();
      }
      // MSNP8 has one point of presence: the older session ends with OUT OTH (login.md §6).
      ctx.presence.session(account.email)?.signOut('OTH');
      session = new NsSession(ctx, wire, account);
      ctx.presence.register(session);
      bump(ctx.counts.signIns, account.email);
      const name = ctx.encodeName(account.friendlyName);
      // msnp8/README.md §11.1: some servers add trailing fields after the verified flag.
      const extra = ctx.variations.usrOkExtraFields ? [0, 'x-extra'] : [];
      wire.send('USR', trid, 'OK', account.email, name, 1, 0, ...extra);
      const swap = !ctx.variations.unswappedClientPort;
      wire.sendPayload(
        'MSG',
        ['Hotmail', 'Hotmail'],
        profilePayload(account, ticket, socket, swap),
      );
      wire.sendPayload('MSG', ['Hotmail', 'Hotmail'], initialMailPayload());
      const ended = session;
      wire.onClose(() => ended.ended());
    } else if (frame.name === 'USR' || frame.name === 'VER' || frame.name === 'CVR') {
      wire.send('715', trid);
    } else if (SESSION_COMMANDS.has(frame.name)) {
      wire.send('715', trid); // not expected before USR OK (login.md §8)
    } else {
      wire.destroy();
    }
  });
}

/** CVR is expected but tolerated as missing: USR TWN I may follow VER directly. */
function isUsrIStep(step: Step): boolean {
  return step === 'cvr' || step === 'usrI';
}
