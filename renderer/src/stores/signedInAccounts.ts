// Every account signed in at once (issue 18), summed up for the account switcher: its name,
// status, where its sign-in is, and how many messages arrived while another was shown. The
// other stores hold one account (epoch.ts); this one follows every account's events.
import { create } from 'zustand';
import type { Contact, SessionState, Status } from '@shared/domain';
import { accountEmail } from '@shared/ipc/account-id';
import type { AccountId } from '@shared/ipc/account-id';
import type { AccountEvent, AccountSnapshot } from '@shared/ipc/events';
import type { NicknameMap } from '@shared/ipc/nicknames';
import { call } from './client';

export interface AccountSummary {
  account: AccountId;
  email: string;
  /** The friendly name, or the e-mail before the profile is known. */
  name: string;
  status: Status | null;
  phase: SessionState['phase'];
  /** Messages received while this account was not shown. */
  unread: number;
  /** Its contact list and my names for them (the stacked view shows it under the shown one). */
  contacts: Contact[];
  nicknames: NicknameMap;
}

export interface SignedInAccountsStore {
  accounts: AccountSummary[];
  /** The account the main window shows. */
  shown: AccountId | null;
  /** The main window shows the sign-in form to add one more account. */
  adding: boolean;
  setAdding(adding: boolean): void;
  show(account: AccountId): Promise<void>;
  signOutAll(): Promise<void>;
}

export const useSignedInAccounts = create<SignedInAccountsStore>()((set) => ({
  accounts: [],
  shown: null,
  adding: false,
  setAdding(adding) {
    set({ adding });
  },
  async show(account) {
    set({ adding: false });
    await call('accounts:show', { account });
  },
  async signOutAll() {
    await call('session:signOut', { all: true });
  },
}));

function summaryOf(part: AccountSnapshot, unread: number): AccountSummary {
  return {
    account: part.account,
    email: part.self?.email ?? accountEmail(part.account),
    name: part.self?.friendlyName || accountEmail(part.account),
    status: part.self?.status ?? null,
    phase: part.session.phase,
    unread,
    contacts: part.contacts,
    nicknames: part.nicknames,
  };
}

/** A snapshot's accounts replace the list; unread counts (the renderer's own) are kept. */
export function setSignedInAccounts(parts: AccountSnapshot[], shown: AccountId | null): void {
  const before = new Map(useSignedInAccounts.getState().accounts.map((a) => [a.account, a]));
  useSignedInAccounts.setState({
    shown,
    accounts: parts.map((part) =>
      summaryOf(part, part.account === shown ? 0 : (before.get(part.account)?.unread ?? 0)),
    ),
  });
}

export function setShownAccount(shown: AccountId | null): void {
  useSignedInAccounts.setState((s) => ({
    shown,
    adding: false,
    accounts: s.accounts.map((a) => (a.account === shown ? { ...a, unread: 0 } : a)),
  }));
}

/** Follows one account event into its summary (every account's, the shown one's too). */
export function noteAccountEvent(event: AccountEvent): void {
  const { accounts, shown } = useSignedInAccounts.getState();
  const index = accounts.findIndex((a) => a.account === event.account);
  const known = accounts[index];
  let next: AccountSummary | null | undefined;
  if (event.type === 'session') {
    const phase = event.session.phase;
    // A signed-out account leaves the switcher, unless it is shown or was lost (it says why).
    if (phase === 'signedOut' && event.account !== shown && !event.session.failure) next = null;
    else if (known) next = { ...known, phase };
    else next = { ...placeholder(event.account), phase };
  } else if (event.type === 'self' && event.self) {
    const base = known ?? placeholder(event.account);
    next = { ...base, name: event.self.friendlyName || base.email, status: event.self.status };
  } else if (event.type === 'contacts' && known) {
    const byEmail = new Map(known.contacts.map((c) => [c.email, c]));
    for (const contact of event.contacts) byEmail.set(contact.email, contact);
    next = { ...known, contacts: [...byEmail.values()] };
  } else if (event.type === 'contactRemoved' && known) {
    next = { ...known, contacts: known.contacts.filter((c) => c.email !== event.email) };
  } else if (event.type === 'nicknames' && known) {
    next = { ...known, nicknames: event.nicknames };
  } else if (
    event.type === 'message' &&
    event.message.direction === 'in' &&
    event.account !== shown &&
    known
  ) {
    next = { ...known, unread: known.unread + 1 };
  }
  if (next === undefined) return;
  const list = [...accounts];
  if (next === null) {
    if (index >= 0) list.splice(index, 1);
  } else if (index >= 0) list[index] = next;
  else list.push(next);
  useSignedInAccounts.setState({ accounts: list });
}

function placeholder(account: AccountId): AccountSummary {
  const email = accountEmail(account);
  return {
    account,
    email,
    name: email,
    status: null,
    phase: 'connecting',
    unread: 0,
    contacts: [],
    nicknames: {},
  };
}

/** The conversation tabs each account had when another was shown (web: tabs in the page). */
const tabsWhileAway = new Map<AccountId, { tabs: string[]; active: string | null }>();

export function rememberTabs(account: AccountId, tabs: string[], active: string | null): void {
  tabsWhileAway.set(account, { tabs, active });
}

/**
 * The tabs to show for an account shown again: those it had, and any conversation that
 * received a message meanwhile, of those it still has.
 */
export function tabsToRestore(
  account: AccountId,
  conversations: readonly string[],
  withIncoming: readonly string[],
): { tabs: string[]; active: string | null } {
  const saved = tabsWhileAway.get(account) ?? { tabs: [], active: null };
  tabsWhileAway.delete(account);
  const exists = new Set(conversations);
  const tabs = [...new Set([...saved.tabs, ...withIncoming])].filter((id) => exists.has(id));
  const active = saved.active && tabs.includes(saved.active) ? saved.active : (tabs[0] ?? null);
  return { tabs, active };
}

/**
 * Opens a conversation with a contact of another account (the stacked view) and shows that
 * account with the conversation docked in front.
 */
export async function openWithAccount(account: AccountId, email: string): Promise<void> {
  const opened = await call('conversations:open', { contacts: [email], account });
  if (!opened) return;
  const saved = tabsWhileAway.get(account) ?? { tabs: [], active: null };
  rememberTabs(account, [...saved.tabs, opened.conversationId], opened.conversationId);
  await useSignedInAccounts.getState().show(account);
}
