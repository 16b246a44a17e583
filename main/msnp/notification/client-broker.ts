// The SwitchboardBroker the facade hands out: stable across reconnects, it delegates to
// whichever notification session is current and keeps RNG listeners across sessions.
// reference: switchboard.md §1.1 (XFR SB), §2.1 (RNG)
import { MESSAGES, OperationError } from '../failures';
import type { SwitchboardBroker, SwitchboardGrant, SwitchboardInvite } from '../switchboard/broker';
import type { NotificationSession } from './session';

export class ClientBroker implements SwitchboardBroker {
  private readonly listeners = new Set<(invite: SwitchboardInvite) => void>();

  constructor(
    private readonly current: () => NotificationSession | null,
    private readonly fallbackEmail: () => string,
  ) {}

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
    return session.requestSwitchboard();
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
          listener(invite);
        } catch {
          // One listener's failure does not stop the others.
        }
      }
    });
  }
}
