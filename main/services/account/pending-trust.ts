// The sign-in a certificate stopped (login.md §5.6): kept in main, with its password, only
// until the person trusts that exact certificate for that network (then it goes on), starts
// another sign-in or cancels, or a few minutes pass. The page never has to hold the password.
import type { RequestArgs } from '@shared/ipc/requests';

type SignInArgs = RequestArgs<'session:signIn'>;

const KEEP_MS = 5 * 60 * 1000;

export class PendingTrust {
  private pending: { args: SignInArgs; sha256: string; timer: NodeJS.Timeout } | null = null;

  /** After a failed sign-in: keeps it when a certificate the person may trust stopped it. */
  note(args: SignInArgs, error: unknown): void {
    this.clear();
    const failure = (error as { failure?: { kind?: string; certificate?: { sha256?: string } } })
      ?.failure;
    const sha256 = failure?.kind === 'tlsRejected' ? failure.certificate?.sha256 : undefined;
    if (!sha256) return;
    const timer = setTimeout(() => this.clear(), KEEP_MS);
    timer.unref?.();
    this.pending = { args, sha256, timer };
  }

  /** The stopped sign-in, if it was for this network and this certificate; taken once. */
  take(profileId: string, sha256: string): SignInArgs | null {
    const p = this.pending;
    if (!p || p.args.profileId !== profileId || p.sha256 !== sha256) return null;
    this.clear();
    return p.args;
  }

  clear(): void {
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = null;
  }
}
