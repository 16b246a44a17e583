// The dispatch server: VER, CVR, USR TWN I, then XFR NS and close.
// reference: msnp8/README.md §1 item 1, login.md §4.1.
import type { Socket } from 'node:net';
import { isTrid, type NetworkContext } from './context';
import type { Frame } from './framer';
import { answerCvr, answerVer, validAccountName, type LoginStep } from './login';
import { Wire } from './wire';

export function acceptDispatch(ctx: NetworkContext, socket: Socket): void {
  let step: LoginStep = 'ver';
  const wire: Wire = new Wire(socket, { delayMs: () => ctx.delayMs() }, (frame: Frame) => {
    const [trid, ...params] = frame.params;
    if (!isTrid(trid)) return wire.destroy(); // Escargot closes on a non-numeric TrID (msnp8/README.md §3.2)
    if (frame.name === 'VER' && step === 'ver') {
      if (answerVer(wire, trid, params, ctx.variations.verWithoutCvr0)) step = 'cvr';
    } else if (frame.name === 'CVR' && step === 'cvr') {
      if (answerCvr(wire, trid, params)) step = 'usr';
    } else if (frame.name === 'USR' && step !== 'ver') {
      if (params[0] !== 'TWN' || params[1] !== 'I') return wire.destroy();
      if (!validAccountName(params[2])) {
        wire.send('911', trid);
        return wire.end();
      }
      const { host, ports } = ctx;
      wire.send('XFR', trid, 'NS', `${host}:${ports.ns}`, 0, `${host}:${ports.dispatch}`);
      wire.end();
    } else if (['VER', 'CVR', 'USR'].includes(frame.name)) {
      wire.send('715', trid); // not expected now (login.md §8)
    } else {
      wire.destroy(); // means nothing here: close without an error (login.md, introduction)
    }
  });
}
