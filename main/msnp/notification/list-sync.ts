// One SYN exchange on the NS: send the cached version, collect the listing lines, hand over
// the new list the moment the announced counts arrived.
// reference: contacts.md §1.4 (versions), §2 (SYN), §2.2 (knowing when SYN is finished)
import type { MsnpCommand } from '../codec';
import type { MsnpConnection } from '../connection';
import type { ContactListState } from '../contacts/model';
import { parseSynHeader, SynListing } from '../contacts/syn';
import type { DropReport } from '../contacts/syn';
import { failureFromCode, fixedFailure, SignInError } from '../failures';
import { LIST_TOO_LARGE_TEXT } from '../limits';

const LISTING_LINES = ['GTC', 'BLP', 'PRP', 'LSG', 'LST', 'BPR'];

export class ListSync {
  private listing: SynListing | null = null;
  private trid: number | null = null;
  private done: ((error?: Error) => void) | null = null;
  private apply: ((next: ContactListState) => void) | null = null;
  private current: ContactListState | null = null;
  /** The e-mail of the last LST, for SYN-form BPRs arriving after completion (§2.2). */
  lastEmail: string | null = null;

  /**
   * Sends `SYN <version>`; `apply` gets the new list synchronously on completion (so lines
   * read right after it see it). Rejects with SignInError on an error reply or a timeout.
   */
  run(
    conn: MsnpConnection,
    list: ContactListState,
    timeoutMs: number,
    apply: (next: ContactListState) => void,
    drop?: DropReport,
  ): Promise<void> {
    this.listing = new SynListing(drop);
    this.current = list;
    this.apply = apply;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => finish(new SignInError(fixedFailure('timeout', 'timeout'))),
        timeoutMs,
      );
      const finish = (error?: Error) => {
        clearTimeout(timer);
        this.done = null;
        this.apply = null;
        this.listing = null;
        this.trid = null;
        this.current = null;
        if (error) reject(error);
        else resolve();
      };
      this.done = finish;
      this.trid = conn.send('SYN', [String(list.version)]);
    });
  }

  /** Ends a running SYN with this error (the session closed). */
  cancel(error: Error): void {
    this.done?.(error);
  }

  /** True when the command belonged to the SYN exchange (and was consumed). */
  accept(cmd: MsnpCommand): boolean {
    if (this.trid === null) return false;
    if (cmd.trid === this.trid) {
      if (cmd.name === 'SYN') this.onHeader(cmd);
      else if (/^\d{3}$/.test(cmd.name))
        this.done?.(new SignInError(failureFromCode(Number(cmd.name), 'SYN')));
      else if (this.listing && LISTING_LINES.includes(cmd.name)) {
        // msnp8/README.md §11.1: pre-MSNP8 GTC/BLP lines carry the SYN's TrID.
        this.listing.push(cmd);
        if (this.listing.complete) this.finish(this.listing.result(this.current!));
      } else return false;
      return true;
    }
    if (!this.listing || cmd.trid !== null || !LISTING_LINES.includes(cmd.name)) return false;
    // An asynchronous BPR (version + e-mail, §7) is not part of the listing.
    if (cmd.name === 'BPR' && cmd.params.length > 2) return false;
    this.listing.push(cmd);
    if (this.listing.tooLarge) {
      this.failTooLarge();
      return true;
    }
    if (this.listing.complete) this.finish(this.listing.result(this.current!));
    return true;
  }

  private onHeader(cmd: MsnpCommand): void {
    const header = parseSynHeader(cmd.params);
    if (!header) {
      this.done?.(
        new SignInError({ kind: 'protocol', message: 'The server sent an invalid contact list.' }),
      );
      return;
    }
    // §1.4: equal versions → nothing resent; keep the cache. msnp8/README.md §11.1: a short reply
    // with another version means the pre-MSNP8 listing follows; never keep the cache then.
    if (header.kind === 'current') {
      if (header.version === this.current!.version)
        return this.finish({ ...this.current!, version: header.version });
      this.listing?.expectLegacy(header.version);
      return;
    }
    this.listing?.setHeader(header);
    if (this.listing?.tooLarge) return this.failTooLarge();
    if (this.listing?.complete) this.finish(this.listing.result(this.current!));
  }

  /** limits.ts: a list over the cap ends the sign-in with words, before it is all held. */
  private failTooLarge(): void {
    this.listing = null;
    this.done?.(new SignInError({ kind: 'protocol', message: LIST_TOO_LARGE_TEXT }));
  }

  private finish(next: ContactListState): void {
    this.lastEmail = this.listing?.lastEmail ?? null;
    this.listing = null;
    this.trid = null;
    this.current = null;
    this.apply?.(next);
    this.done?.();
  }
}
