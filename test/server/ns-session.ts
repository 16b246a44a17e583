// A signed-in notification session: routes commands, status (CHG), switchboard requests
// (XFR SB), keep-alive, challenges and sign-out.
// reference: msnp8/README.md §7 (CHL/QRY), §8 (PNG), §9 (OUT); presence.md §2; switchboard.md §1.1.
import { createHash, randomInt } from 'node:crypto';
import { isTrid, type NetworkContext, type SignedInSession } from './context';
import type { Frame } from './framer';
import type { NsCommandSession } from './ns-command-session';
import { addToList, removeFromList } from './ns-lists';
import { addGroup, removeGroup, renameGroup } from './ns-groups';
import { page, rename, sendInvitation, setBlp, setGtc, setProperty, url } from './ns-settings';
import { synchronise } from './ns-sync';
import { ONLINE_STATUSES } from './presence';
import type { Account } from './store';
import type { Wire } from './wire';

/** msnp8/README.md §7: client id → key. The server accepts both MSNP8-era pairs. */
const CHALLENGE_KEYS: Readonly<Record<string, string>> = {
  'msmsgs@msnmsgr.com': 'Q1P7W2E4J9R8U3S5',
  'PROD0038W!61ZTF9': 'VT6PX?UQTM4WM%YR',
};
const CHALLENGE_TIMEOUT_MS = 10_000; // "within a few seconds" (msnp8/README.md §7)
const AFTER_SIGN_IN_MS = 30; // faults.afterSignIn: a hostile server acts at once

type Handler = (session: NsSession, trid: string, params: string[], frame: Frame) => void;

const HANDLERS: Readonly<Record<string, Handler>> = {
  SYN: synchronise,
  ADD: addToList,
  REM: removeFromList,
  ADG: addGroup,
  RMG: removeGroup,
  REG: renameGroup,
  REA: rename,
  GTC: setGtc,
  BLP: setBlp,
  PRP: setProperty,
  URL: url,
  SND: sendInvitation,
  PAG: page,
  CHG: (s, trid, params) => s.changeStatus(trid, params),
  XFR: (s, trid, params) => s.requestSwitchboard(trid, params),
  QRY: (s, trid, params, frame) => s.answerChallenge(trid, params, frame.payload),
  USR: (s, trid) => s.wire.send('207', trid), // already logged in (errors.md 207)
  VER: (s, trid) => s.wire.send('715', trid),
  CVR: (s, trid) => s.wire.send('715', trid),
};

export class NsSession implements NsCommandSession, SignedInSession {
  status: string | null = null;
  caps = 0;
  /** SYN was sent in this session: ADD FL is then followed by BPR lines (contacts.md §3). */
  synced = false;
  readonly shown = new Map<string, string>();
  private challenge: { text: string; settle: (right: boolean) => void } | null = null;

  constructor(
    readonly ctx: NetworkContext,
    readonly wire: Wire,
    readonly account: Account,
  ) {}

  handle(frame: Frame): void {
    if (frame.name === 'PNG') return this.wire.send('QNG'); // msnp8/README.md §8: no TrID, no parameter
    if (frame.name === 'OUT') return this.wire.end(); // msnp8/README.md §9.1
    const [trid, ...params] = frame.params;
    if (!isTrid(trid)) return this.wire.destroy();
    const handler = HANDLERS[frame.name];
    // Unknown commands make the (historical) server close the connection (msnp8/README.md §9.3);
    // Escargot ignores them without a reply (msnp8/README.md §11).
    if (!handler)
      return this.ctx.variations.ignoreUnknownCommands ? undefined : this.wire.destroy();
    handler(this, trid, params, frame);
  }

  error(code: number, trid: string): void {
    this.wire.send(String(code), trid);
  }

  /** presence.md §2: echo, then (first CHG only) ILN per visible contact, then tell watchers. */
  changeStatus(trid: string, [status, capsText]: string[]): void {
    if (status === 'FLN') return this.error(201, trid);
    if (status === undefined || !ONLINE_STATUSES.has(status)) return this.wire.destroy();
    if (capsText === undefined) return; // Escargot silently ignores a CHG without caps (msnp8/README.md §11)
    if (!/^\d{1,10}$/.test(capsText) || Number(capsText) > 0xffffffff) return this.error(201, trid);
    const first = this.status === null;
    this.status = status;
    this.caps = Number(capsText);
    this.wire.send('CHG', trid, status, this.caps);
    if (first) this.ctx.presence.initialPresence(this, trid);
    this.ctx.presence.refresh(this.account.email);
    if (first) this.actAfterSignIn();
  }

  /** faults.afterSignIn: a hostile server redirects (login.md §4.1) or drops the client. */
  private actAfterSignIn(): void {
    const action = this.ctx.afterSignIn(this.account.email);
    if (action === null) return;
    // Just after the CHG echo has reached the client, so it counts as signed in.
    const timer = setTimeout(() => {
      if (!this.wire.isOpen) return;
      if (action === 'redirect') this.wire.send('XFR', 0, 'NS', 0);
      else this.wire.destroy();
    }, AFTER_SIGN_IN_MS);
    timer.unref();
  }

  /** switchboard.md §1.1; 913 while HDN or before the first CHG (errors.md 913). */
  requestSwitchboard(trid: string, [kind]: string[]): void {
    if (kind !== 'SB') return this.wire.destroy();
    if (this.status === null || this.status === 'HDN') return this.error(913, trid);
    if (this.ctx.switchboardFailure()) return this.error(280, trid);
    const cookie = this.ctx.switchboards.grant(this.account.email);
    this.wire.send('XFR', trid, 'SB', this.ctx.switchboardAddress(), 'CKI', cookie);
  }

  /** msnp8/README.md §7: sends `CHL 0 <challenge>`; resolves with whether the QRY answer was right. */
  sendChallenge(): Promise<boolean> {
    this.challenge?.settle(false);
    const text = Array.from({ length: 20 }, () => randomInt(10)).join('');
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        // An unanswered challenge ends with the server closing the connection.
        this.challenge?.settle(false);
        this.wire.destroy();
      }, CHALLENGE_TIMEOUT_MS);
      timer.unref();
      this.challenge = {
        text,
        settle: (right) => {
          clearTimeout(timer);
          this.challenge = null;
          resolve(right);
        },
      };
      this.wire.send('CHL', 0, text);
    });
  }

  /** msnp8/README.md §7: right → `QRY <TrID>`; wrong (or unasked) → 540 and disconnect. */
  answerChallenge(trid: string, [clientId]: string[], payload: Buffer | null): void {
    const key = clientId === undefined ? undefined : CHALLENGE_KEYS[clientId];
    const pending = this.challenge;
    const expected =
      pending && key
        ? createHash('md5')
            .update(pending.text + key, 'ascii')
            .digest('hex')
        : null;
    const right = expected !== null && payload?.toString('latin1') === expected;
    pending?.settle(right);
    if (right) return this.wire.send('QRY', trid);
    this.error(540, trid);
    this.wire.end();
  }

  /**
   * Server-initiated sign-out: OUT OTH / OUT SSD, then close (msnp8/README.md §9.2). msnp8/README.md §11.1:
   * some servers send a bare OUT when the account signs in elsewhere.
   */
  signOut(reason: 'OTH' | 'SSD'): void {
    if (reason === 'OTH' && this.ctx.variations.bareOut) this.wire.send('OUT');
    else this.wire.send('OUT', reason);
    this.wire.end();
  }

  /** The connection is gone: watchers see FLN, a pending challenge fails. */
  ended(): void {
    this.challenge?.settle(false);
    this.ctx.presence.unregister(this);
  }
}
