// The main window: menu bar, accent stripe, then sign-in, progress or the contact list; with
// the dialogs, the added-you prompt, notices, and (web harness) the conversation dock.
import { useSession } from '../../stores/session';
import { useSignedInAccounts } from '../../stores/signedInAccounts';
import { AccountSwitcher } from '../accounts/AccountSwitcher';
import { StackedAccounts } from '../accounts/StackedAccounts';
import { usePreferences } from '../../stores/preferences';
import { messageSelectedContact } from '../../stores/actions';
import { useUi } from '../../stores/ui';
import { ContactListView } from '../contact-list/ContactListView';
import { AddedYouDialog } from '../dialogs/AddedYouDialog';
import { DialogHost } from '../dialogs/DialogHost';
import { SignInForm } from '../sign-in/SignInForm';
import { SigningIn } from '../sign-in/SigningIn';
import { ConnectionVia } from './ConnectionVia';
import { ConversationDock } from './ConversationDock';
import { MenuBar } from './MenuBar';
import { Notices } from './Notices';
import { Toasts } from './Toasts';
import { l10n } from '../../strings';
import './MainWindow.css';

export function MainWindow(): React.JSX.Element {
  const phase = useSession((s) => s.session.phase);
  const hasSelf = useSession((s) => s.self !== null);
  const web = useSession((s) => s.platform === 'web');
  // Adding another account: the sign-in form, while the shown one stays signed in.
  const adding = useSignedInAccounts((s) => s.adding);
  const stacked = usePreferences((s) => s.settings.accountsView === 'stacked');
  const signedIn = phase === 'online' && hasSelf;
  const view =
    adding && signedIn ? 'form' : signedIn ? 'list' : phase === 'signedOut' ? 'form' : 'progress';
  const openDialog = useUi((s) => s.openDialog);
  return (
    <div
      className={`app${web ? ' app--web' : ''}`}
      onKeyDown={(e) => {
        if (!signedIn || !e.ctrlKey || e.altKey) return;
        const key = e.key.toLowerCase();
        // Ctrl+Shift+A: Add a Contact; Ctrl+N: Send an Instant Message (ui-spec §6.1).
        if (e.shiftKey && key === 'a') openDialog({ kind: 'addContact' });
        else if (!e.shiftKey && key === 'n') messageSelectedContact();
        else return;
        e.preventDefault();
      }}
    >
      <main className="main-window">
        <h1 className="visually-hidden">{l10n.appName}</h1>
        <MenuBar />
        <div className="accent-stripe" />
        <AccountSwitcher />
        {view === 'list' ? <ContactListView /> : view === 'form' ? <SignInForm /> : <SigningIn />}
        {view === 'list' && stacked ? <StackedAccounts /> : null}
        {signedIn ? <ConnectionVia /> : null}
        <Notices />
      </main>
      {web && signedIn ? <ConversationDock /> : null}
      {signedIn ? <AddedYouDialog /> : null}
      <DialogHost />
      {web ? <Toasts /> : null}
    </div>
  );
}
