// The seam between the notification session and the switchboard layer: the NS grants
// switchboards (XFR SB) and relays invitations (RNG); conversations use only this.
// reference: switchboard.md §1.1 (XFR SB), §2.1 (RNG)

export interface SwitchboardInvite {
  /** Opaque session id from RNG (Escargot uses a UUID-like string). */
  sessionId: string;
  host: string;
  port: number;
  authCookie: string;
  callerEmail: string;
  callerName: string;
}

export interface SwitchboardGrant {
  host: string;
  port: number;
  authCookie: string;
}

export interface SwitchboardBroker {
  readonly selfEmail: string;
  selfName(): string;
  /** True once the first CHG is done and the status is not HDN (XFR SB gets 913 otherwise). */
  isOnline(): boolean;
  /**
   * Additive: signed in but HDN, as opposed to signed out or reconnecting, so a failure can
   * say which (absent in older brokers: "appear offline" is assumed).
   */
  appearsOffline?(): boolean;
  requestSwitchboard(): Promise<SwitchboardGrant>;
  onRing(listener: (invite: SwitchboardInvite) => void): () => void;
  contactName(email: string): string;
}
