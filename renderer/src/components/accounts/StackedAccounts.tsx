// The stacked view (Options → Preferences, several accounts): under the shown account's list,
// each other signed-in account with its online contacts. A contact opens a conversation from
// that account, and shows it.
import { useMemo } from 'react';
import { StatusIcon } from '../../art/StatusIcon';
import { displayName } from '../../stores/contacts';
import { statusDisplay } from '../../status/statusDisplay';
import { openWithAccount, useSignedInAccounts } from '../../stores/signedInAccounts';
import type { AccountSummary } from '../../stores/signedInAccounts';
import { l10n } from '../../strings';

function AccountSection({ account }: { account: AccountSummary }): React.JSX.Element {
  const show = useSignedInAccounts((s) => s.show);
  // My forward list (contacts.md §1.1: FL = 1), online first by name, as the list shows them.
  const online = useMemo(
    () =>
      account.contacts
        .filter((c) => (c.lists & 1) !== 0 && c.status !== 'FLN')
        .map((c) => ({ contact: c, name: displayName(account.nicknames, c.email, c) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [account.contacts, account.nicknames],
  );
  const total = account.contacts.filter((c) => (c.lists & 1) !== 0).length;
  const state = account.status ? statusDisplay(account.status).label : l10n.accounts.signingIn;
  return (
    <section className="stacked-account" aria-label={account.name}>
      <button
        type="button"
        className="stacked-account__header"
        aria-label={l10n.accounts.itemAria({
          name: account.name,
          status: state,
          unread: account.unread,
        })}
        title={account.email}
        onClick={() => void show(account.account)}
      >
        <StatusIcon kind={account.status ? statusDisplay(account.status).icon : 'offline'} />
        <bdi className="stacked-account__name">{account.name}</bdi>
        <span className="account-switcher__state">{state}</span>
        {account.unread > 0 ? (
          <span className="account-switcher__unread" aria-hidden="true">
            {account.unread}
          </span>
        ) : null}
      </button>
      <p className="stacked-account__count">
        {l10n.accounts.onlineCount({ online: online.length, total })}
      </p>
      <ul className="stacked-account__contacts">
        {online.map(({ contact, name }) => {
          const status = statusDisplay(contact.status).label;
          return (
            <li key={contact.email}>
              <button
                type="button"
                className="stacked-account__contact"
                aria-label={l10n.accounts.contactAria({ name, status, account: account.name })}
                title={contact.email}
                onClick={() => void openWithAccount(account.account, contact.email)}
              >
                <StatusIcon kind={statusDisplay(contact.status).icon} size={14} />
                <bdi>{name}</bdi>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function StackedAccounts(): React.JSX.Element | null {
  const accounts = useSignedInAccounts((s) => s.accounts);
  const shown = useSignedInAccounts((s) => s.shown);
  const others = accounts.filter((a) => a.account !== shown && a.phase !== 'signedOut');
  if (others.length === 0) return null;
  return (
    <div className="stacked-accounts">
      {others.map((account) => (
        <AccountSection key={account.account} account={account} />
      ))}
    </div>
  );
}
