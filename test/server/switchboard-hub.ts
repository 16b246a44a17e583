// Switchboard bookkeeping shared by the NS (XFR SB, RNG) and the SB listener: one-use
// cookies and the conversations ("sessions") themselves.
// reference: switchboard.md §1.1 (XFR cookie), §1.3 (CAL/RINGING), §2.1 (RNG cookie).
import { randomInt, randomUUID } from 'node:crypto';

const COOKIE_LIFETIME_MS = 2 * 60_000; // Escargot: about two minutes (switchboard.md §1.1)

export interface Participant {
  email: string;
  /** Sends raw bytes to that participant's SB connection. */
  write(data: Buffer | string): void;
  readonly isOpen: boolean;
}

export interface SwitchboardRoom {
  id: string;
  participants: Participant[];
  /** key of invited e-mail → its ANS cookie and the NS session that got the RNG. */
  invited: Map<string, { cookie: string; rangSession: object }>;
}

type Grant =
  | { kind: 'usr'; email: string; expires: number }
  | { kind: 'ans'; email: string; roomId: string; expires: number };

export class SwitchboardHub {
  /** msnp8/README.md §11: UUID-like session ids instead of numbers. */
  constructor(private readonly uuidSessionIds = false) {}

  private readonly grants = new Map<string, Grant>();
  private readonly rooms = new Map<string, SwitchboardRoom>();

  /** XFR SB: a cookie for `USR <TrID> <email> <cookie>` on the SB. */
  grant(email: string): string {
    const cookie = newCookie();
    this.grants.set(cookie, { kind: 'usr', email, expires: Date.now() + COOKIE_LIFETIME_MS });
    return cookie;
  }

  /** CAL: a cookie for `ANS <TrID> <email> <cookie> <session-id>`. */
  invite(room: SwitchboardRoom, email: string, rangSession: object): string {
    const cookie = newCookie();
    this.grants.set(cookie, {
      kind: 'ans',
      email,
      roomId: room.id,
      expires: Date.now() + COOKIE_LIFETIME_MS,
    });
    room.invited.set(email.toLowerCase(), { cookie, rangSession });
    return cookie;
  }

  /** USR on the SB: a valid cookie opens a new room. One use only. */
  redeemUsr(email: string, cookie: string): SwitchboardRoom | null {
    const grant = this.take(cookie, email);
    if (grant?.kind !== 'usr') return null;
    const id = this.uuidSessionIds ? randomUUID() : newSessionId();
    const room: SwitchboardRoom = { id, participants: [], invited: new Map() };
    this.rooms.set(room.id, room);
    return room;
  }

  /** ANS on the SB: a valid cookie for that session joins its room. One use only. */
  redeemAns(email: string, cookie: string, roomId: string): SwitchboardRoom | null {
    const grant = this.take(cookie, email);
    if (grant?.kind !== 'ans' || grant.roomId !== roomId) return null;
    const room = this.rooms.get(roomId);
    room?.invited.delete(email.toLowerCase());
    return room ?? null;
  }

  /** An invitation counts until answered, expired, or the NS session that got it is gone. */
  isInvited(room: SwitchboardRoom, email: string, currentSession: object | undefined): boolean {
    const invitation = room.invited.get(email.toLowerCase());
    const grant = invitation && this.grants.get(invitation.cookie);
    const live = grant !== undefined && grant.expires > Date.now();
    if (live && invitation?.rangSession === currentSession) return true;
    room.invited.delete(email.toLowerCase());
    return false;
  }

  /** A room with nobody in it and nobody invited is gone (switchboard.md §4). */
  release(room: SwitchboardRoom): void {
    const waiting = [...room.invited.values()].some((i) => this.grants.has(i.cookie));
    if (room.participants.length === 0 && !waiting) this.rooms.delete(room.id);
  }

  private take(cookie: string, email: string): Grant | null {
    const grant = this.grants.get(cookie);
    if (!grant) return null;
    this.grants.delete(cookie);
    const valid = grant.expires > Date.now() && grant.email.toLowerCase() === email.toLowerCase();
    return valid ? grant : null;
  }
}

/** Historical shape `17262740.1735689700.32308` (switchboard.md §1.1); opaque to clients. */
function newCookie(): string {
  return `${randomInt(1e8)}.${Math.floor(Date.now() / 1000)}.${randomInt(1e5)}`;
}

function newSessionId(): string {
  return String(randomInt(1e7, 1e8));
}
