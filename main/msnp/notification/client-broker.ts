// The SwitchboardBroker the facade hands out: stable across reconnects, it delegates to
// whichever notification session is current and keeps RNG listeners across sessions.
// reference: switchboard.md §1.1 (XFR SB), §2.1 (RNG)
import { MESSAGES, OperationError } from '../failures';
import type { SwitchboardBroker, SwitchboardGrant, SwitchboardInvite } from '../switchboard/broker';
import type { NotificationSession } from './session';

/** msnp8/README.md §11: a network profile may replace the host and/or port XFR SB and RNG name. */
export interface SwitchboardAddressOverride {
  host?: string;
  port?: number;
}

export class ClientBroker implements SwitchboardBroker {
  private readonly listeners = new Set<(invite: SwitchboardInvite) => void>();

  constructor(
    private readonly current: () => NotificationSession | null,
    private readonly fallbackEmail: () => string,
    private readonly override: SwitchboardAddressOverride | null = null,
  ) {}

  private where<T extends { host: string; port: number }>(address: T): T {
    const o = this.override;
    if (!o) return address;
    return { ...address, host: o.host || address.host, port: o.port ?? address.port };
  }

  get selfEmail(): string {
    return this.current()?.selfEmail ?? this.fallbackEmail();
  }

  selfName(): string {
    return this.current()?.selfName() ?? this.fallbackEmail();
  }

  isOnline(): boolean {
    return this.current()?.isOnline() ?? false;
  }

  appearsOffline(): boolean {
    return this.current()?.appearsOffline() ?? false;
  }

  requestSwitchboard(): Promise<SwitchboardGrant> {
    const session = this.current();
    if (!session) return Promise.reject(new OperationError(MESSAGES.notSignedIn));
    return session.requestSwitchboard().then((grant) => this.where(grant));
  }

  onRing(listener: (invite: SwitchboardInvite) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  contactName(email: string): string {
    return this.current()?.contactName(email) ?? email;
  }

  /** Called for each new session, so invitations reach listeners across reconnects. */
  follow(session: NotificationSession): void {
    session.onRing((invite) => {
      if (this.current() !== session) return;
      for (const listener of [...this.listeners]) {
        try {
          listener(this.where(invite));
        } catch {
          // One listener's failure does not stop the others.
        }
      }
    });
  }
}
