// The switchboard listener: USR/ANS to enter a room, CAL → RNG, IRO/JOI, MSG relay with
// ACK/NAK, BYE. reference: switchboard.md §1.2, §1.3, §2.1, §3, §4, §5, §12.
import type { Socket } from 'node:net';
import { isTrid, type NetworkContext } from './context';
import { payloadCommand, type Frame } from './framer';
import { emailSyntaxError, keyOf } from './store';
import type { Participant, SwitchboardRoom } from './switchboard-hub';
import { Wire } from './wire';

const MAX_MESSAGE_BYTES = 1664; // beyond it the SB closes the connection (switchboard.md §5)
const ACK_MODES = new Set(['U', 'N', 'A', 'D']);
const CAL_BURST = 10; // more CALs than this within CAL_WINDOW_MS → 713 (errors.md 713)
const CAL_WINDOW_MS = 5_000;

export function acceptSwitchboard(ctx: NetworkContext, socket: Socket): void {
  let room: SwitchboardRoom | null = null;
  let self: Participant | null = null;
  const calls: number[] = [];
  const nameOf = (email: string) => ctx.encodeName(ctx.store.get(email)?.friendlyName ?? email);
  const { variations } = ctx;

  const wire: Wire = new Wire(
    socket,
    {
      delayMs: () => ctx.delayMs(),
      payloadLimit: (name) => (name === 'MSG' ? MAX_MESSAGE_BYTES : 0),
    },
    (frame: Frame) => {
      if (frame.name === 'OUT') return wire.end(); // others get BYE (switchboard.md §4)
      const [trid, ...params] = frame.params;
      if (!isTrid(trid)) return wire.destroy();
      if (!room || !self) return enter(frame.name, trid, params);
      if (frame.name === 'CAL') return call(room, self, trid, params[0]);
      if (frame.name === 'MSG') {
        if (ctx.switchboardDropOnMessage()) return wire.destroy(); // faults: never relayed
        return relay(room, self, trid, params[0], frame.payload);
      }
      wire.destroy(); // anything else is a malformed command here (switchboard.md §12)
    },
  );

  /** switchboard.md §1.2 (USR, exactly three parameters) and §2.1 (ANS, exactly four). */
  function enter(name: string, trid: string, params: string[]): void {
    const [email = '', cookie = '', sessionId = ''] = params;
    let joined: SwitchboardRoom | null = null;
    if (name === 'USR' && params.length === 2) joined = ctx.switchboards.redeemUsr(email, cookie);
    else if (name === 'ANS' && params.length === 3) {
      joined = ctx.switchboards.redeemAns(email, cookie, sessionId);
    } else return wire.destroy();
    if (!joined) {
      wire.send('911', trid); // bad cookie: 911 and the connection is closed
      return wire.end();
    }
    const account = ctx.store.get(email);
    const me: Participant = {
      email: account?.email ?? email,
      write: (data) => wire.write(data),
      get isOpen() {
        return wire.isOpen;
      },
    };
    if (name === 'USR') {
      // msnp8/README.md §11.1: some servers give the address where the friendly name belongs.
      wire.send(
        'USR',
        trid,
        'OK',
        me.email,
        variations.sbUsrOkAddress ? me.email : nameOf(me.email),
      );
    } else {
      const present = joined.participants;
      // msnp8/README.md §11: the answerer may first see a JOI naming itself.
      if (variations.joiForAnswerer) wire.write(`JOI ${me.email} ${nameOf(me.email)}\r\n`);
      present.forEach((p, i) => {
        wire.send('IRO', trid, i + 1, present.length, p.email, nameOf(p.email));
      });
      wire.send('ANS', trid, 'OK');
      for (const p of present) p.write(`JOI ${me.email} ${nameOf(me.email)}\r\n`);
    }
    joined.participants.push(me);
    room = joined;
    self = me;
    wire.onClose(() => leave(joined, me));
  }

  /** switchboard.md §1.3: RINGING to the caller, RNG to the callee's NS session. */
  function call(room: SwitchboardRoom, me: Participant, trid: string, email?: string): void {
    if (ctx.switchboardFailure()) return wire.send('280', trid);
    const now = Date.now();
    while (calls.length > 0 && (calls[0] ?? 0) < now - CAL_WINDOW_MS) calls.shift();
    if (calls.push(now) > CAL_BURST) return wire.send('713', trid);
    if (email === undefined || emailSyntaxError(email) !== null) return wire.send('208', trid);
    // A caller who now appears offline (or signed out) may not invite (errors.md 913).
    if (!ctx.presence.visibleSession(me.email)) return wire.send('913', trid);
    const key = keyOf(email);
    const present = room.participants.some((p) => keyOf(p.email) === key);
    // Already invited = a live invitation to the same sign-in of that user (switchboard.md §1.3).
    const ringing = ctx.switchboards.isInvited(room, key, ctx.presence.session(email));
    if (present || ringing) return wire.send('215', trid);
    // Offline, HDN, blocking the caller or not allowing them: 217 (presence.md §5).
    const target = ctx.presence.invitable(me.email, email);
    if (!target) return wire.send('217', trid);
    const cookie = ctx.switchboards.invite(room, target.account.email, target);
    wire.send('CAL', trid, 'RINGING', room.id);
    const address = ctx.switchboardAddress();
    target.wire.send('RNG', room.id, address, 'CKI', cookie, me.email, nameOf(me.email));
  }

  /** switchboard.md §5: relay to every other participant; ACK/NAK by mode. */
  function relay(
    room: SwitchboardRoom,
    me: Participant,
    trid: string,
    mode = '',
    payload: Buffer | null,
  ) {
    if (!ACK_MODES.has(mode) || payload === null) return wire.destroy();
    const others = room.participants.filter((p) => p !== me && p.isOpen);
    const message = payloadCommand('MSG', [me.email, nameOf(me.email)], payload);
    for (const p of others) p.write(message);
    const delivered = others.length > 0;
    if (variations.noAck) return; // msnp8/README.md §11.1: neither ACK nor NAK, ever
    if (delivered && (mode === 'A' || mode === 'D')) wire.send('ACK', trid);
    if (!delivered && mode !== 'U') wire.send('NAK', trid);
  }

  function leave(left: SwitchboardRoom, me: Participant): void {
    left.participants = left.participants.filter((p) => p !== me);
    for (const p of left.participants) p.write(`BYE ${me.email}\r\n`);
    ctx.switchboards.release(left);
  }
}
