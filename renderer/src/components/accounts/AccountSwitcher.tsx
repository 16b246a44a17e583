// The signed-in accounts, above the contact list when there are several (issue 18): each
// with its name, status and unread count; a click shows that account. Then "Add another
// account" and "Sign out of all". Each account's own status and sign-out are the usual ones
// (status menu, File → Sign Out) while it is shown.
import { StatusIcon } from '../../art/StatusIcon';
import { statusDisplay } from '../../status/statusDisplay';
import { usePreferences } from '../../stores/preferences';
import { useSignedInAccounts } from '../../stores/signedInAccounts';
import type { AccountSummary } from '../../stores/signedInAccounts';
import { l10n } from '../../strings';
import './AccountSwitcher.css';

function stateText(account: AccountSummary): string {
  if (account.phase === 'signedOut') return l10n.accounts.signedOut;
  if (account.phase !== 'online' || account.status === null) return l10n.accounts.signingIn;
  return statusDisplay(account.status).label;
}

export function AccountSwitcher(): React.JSX.Element | null {
  // Stacked: the other accounts are under the list; only the shown one is named up here.
  const stacked = usePreferences((s) => s.settings.accountsView === 'stacked');
  const all = useSignedInAccounts((s) => s.accounts);
  const shownId = useSignedInAccounts((s) => s.shown);
  const accounts = stacked ? all.filter((a) => a.account === shownId) : all;
  const shown = useSignedInAccounts((s) => s.shown);
  const adding = useSignedInAccounts((s) => s.adding);
  const show = useSignedInAccounts((s) => s.show);
  const setAdding = useSignedInAccounts((s) => s.setAdding);
  const signOutAll = useSignedInAccounts((s) => s.signOutAll);
  if (all.length < 2 && !adding) return null;
  return (
    <nav className="account-switcher" aria-label={l10n.accounts.switcher}>
      <ul className="account-switcher__list">
        {accounts.map((account) => {
          const state = stateText(account);
          const current = account.account === shown && !adding;
          const icon =
            account.phase === 'online' && account.status
              ? statusDisplay(account.status).icon
              : 'offline';
          return (
            <li key={account.account}>
              <button
                type="button"
                className="account-switcher__account"
                aria-current={current ? 'true' : undefined}
                aria-label={l10n.accounts.itemAria({
                  name: account.name,
                  status: state,
                  unread: account.unread,
                })}
                title={account.email}
                onClick={() => void show(account.account)}
              >
                <StatusIcon kind={icon} size={14} />
                <span className="account-switcher__name">
                  <bdi>{account.name}</bdi>
                </span>
                <span className="account-switcher__state">{state}</span>
                {account.unread > 0 ? (
                  <span className="account-switcher__unread" aria-hidden="true">
                    {account.unread}
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="account-switcher__actions">
        {adding ? (
          <button type="button" className="link-button" onClick={() => setAdding(false)}>
            {l10n.accounts.backToAccounts}
          </button>
        ) : (
          <button type="button" className="link-button" onClick={() => setAdding(true)}>
            {l10n.accounts.addAnother}
          </button>
        )}
        <button type="button" className="link-button" onClick={() => void signOutAll()}>
          {l10n.accounts.signOutAll}
        </button>
      </div>
    </nav>
  );
}
