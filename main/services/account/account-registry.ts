// Every account signed in at once (issue 18), one AccountService (and one MsnClient) each,
// keyed by AccountId, plus which one the main window shows. A request that names no account
// goes to the shown one; one that names a conversation or a transfer goes to its owner.
// Each account keeps its own limits, epoch, reconnection and auto-away: nothing here is shared
// between them but the epoch counter (so an epoch names one sign-in of one account).
import type { AccountId } from '@shared/ipc/account-id';
import { accountIdOf } from '@shared/ipc/account-id';
import type { RequestArgs } from '@shared/ipc/requests';
import type { AutoAwayController } from './auto-away';
import type { AccountService } from './account-service';
import { STALE_CONVERSATION, STALE_TRANSFER } from './signed-out-view';
import { ServiceError } from '../service-error';

/** How many accounts may be signed in at once: each holds sockets, lists and conversations. */
export const MAX_SIGNED_IN_ACCOUNTS = 8;

export const TOO_MANY_ACCOUNTS = `You can be signed in with at most ${MAX_SIGNED_IN_ACCOUNTS} accounts at once. Sign out of one first.`;
export const NOT_SIGNED_IN_ACCOUNT = 'That account is not signed in.';

/** One account's service and what runs beside it. */
export interface AccountEntry {
  service: AccountService;
  autoAway: AutoAwayController;
}

export interface AccountRegistryDeps {
  /** A new service for one more account (its epochs from `nextEpoch`). */
  create(nextEpoch: () => number, severalSignedIn: () => boolean): AccountEntry;
  /** The shown account changed (the windows hear of it). */
  shownChanged(account: AccountId | null): void;
}

export class AccountRegistry {
  private readonly entries: AccountEntry[] = [];
  private shownEntry: AccountEntry;
  private epochs = 0;

  constructor(private readonly deps: AccountRegistryDeps) {
    this.shownEntry = this.add();
  }

  /** The account the main window shows (a signed-out one before any sign-in). */
  get shown(): AccountService {
    return this.shownEntry.service;
  }

  /** Every account service, signed in or not, in the order they were added. */
  all(): AccountService[] {
    return this.entries.map((entry) => entry.service);
  }

  /** Accounts signed in (or signing in, or reconnecting). */
  signedIn(): AccountService[] {
    return this.all().filter((service) => service.signedIn);
  }

  entryOf(service: AccountService): AccountEntry | undefined {
    return this.entries.find((entry) => entry.service === service);
  }

  /** The named account, or the shown one when none is named. */
  pick(account: AccountId | undefined): AccountService {
    if (account === undefined) return this.shown;
    const entry = this.byId(account);
    if (!entry) throw new ServiceError('notSignedIn', NOT_SIGNED_IN_ACCOUNT);
    return entry.service;
  }

  /** The account this conversation belongs to (a plain error for one of an ended sign-in). */
  forConversation(conversationId: string): AccountService {
    const owner = this.all().find((service) => service.owns(conversationId));
    if (owner) return owner;
    if (this.signedIn().length === 0) throw new ServiceError('notSignedIn', 'Sign in first.');
    throw new ServiceError('invalid', STALE_CONVERSATION);
  }

  /** The account this file transfer belongs to. */
  forTransfer(transferId: string): AccountService {
    const owner = this.all().find((service) => service.ownsTransfer(transferId));
    if (owner) return owner;
    if (this.signedIn().length === 0) throw new ServiceError('notSignedIn', 'Sign in first.');
    throw new ServiceError('invalid', STALE_TRANSFER);
  }

  /**
   * Signs one account in and shows it. The same account again signs its last sign-in out
   * first (AccountService.signIn); another account is added beside those signed in.
   */
  async signIn(args: RequestArgs<'session:signIn'>): Promise<void> {
    const id = accountIdOf(args.profileId, args.email);
    let entry = this.byId(id);
    if (!entry) {
      if (!this.shown.signedIn) {
        // The shown account is signed out (or never was): it takes this sign-in.
        entry = this.shownEntry;
      } else {
        if (this.signedIn().length >= MAX_SIGNED_IN_ACCOUNTS) {
          throw new ServiceError('invalid', TOO_MANY_ACCOUNTS);
        }
        entry = this.add();
      }
    }
    // Signed-out accounts left beside the one now signing in are dropped.
    this.pruneExcept(entry);
    this.setShown(entry, id);
    await entry.service.signIn(args);
  }

  /** Signs one account out (the shown one when none is named); another signed-in one shows. */
  async signOut(account: AccountId | undefined): Promise<void> {
    const service = this.pick(account);
    await service.signOut();
    this.afterSignOut();
  }

  async signOutAll(): Promise<void> {
    const results = await Promise.allSettled(this.signedIn().map((service) => service.signOut()));
    this.afterSignOut();
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  }

  /** Shows another account in the main window. */
  show(account: AccountId): void {
    const entry = this.byId(account);
    if (!entry) throw new ServiceError('notSignedIn', NOT_SIGNED_IN_ACCOUNT);
    this.setShown(entry, account);
    this.pruneExcept(entry);
  }

  async dispose(): Promise<void> {
    for (const entry of this.entries) entry.autoAway.stop();
    await Promise.allSettled(this.all().map((service) => service.signOut()));
  }

  private byId(account: AccountId): AccountEntry | undefined {
    return this.entries.find((entry) => entry.service.id === account);
  }

  private add(): AccountEntry {
    const entry = this.deps.create(
      () => ++this.epochs,
      () => this.signedIn().length > 1,
    );
    this.entries.push(entry);
    entry.autoAway.start();
    return entry;
  }

  private setShown(entry: AccountEntry, id: AccountId): void {
    const changed = this.shownEntry !== entry || entry.service.id !== id;
    this.shownEntry = entry;
    if (changed) this.deps.shownChanged(id);
  }

  /** A signed-out account stays shown only while no other is signed in. */
  private afterSignOut(): void {
    const other = this.signedIn()[0];
    const next = this.shown.signedIn || !other ? this.shownEntry : this.entryOf(other);
    if (next && next !== this.shownEntry) this.setShown(next, next.service.id ?? '');
    this.pruneExcept(this.shownEntry);
  }

  /** Drops every signed-out account but `keep` (at least one entry always stays). */
  private pruneExcept(keep: AccountEntry): void {
    for (const entry of [...this.entries]) {
      if (entry === keep || entry.service.signedIn) continue;
      entry.autoAway.stop();
      this.entries.splice(this.entries.indexOf(entry), 1);
    }
  }
}
