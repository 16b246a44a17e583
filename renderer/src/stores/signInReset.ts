// A new sign-in starts from nothing: whatever the stores hold from an older one (contacts,
// conversations, typing, transfers, prompts, toasts, notices, drafts, history results, what
// the live regions said) goes
// before any of its events apply. Privacy: the next account never sees the last one's.
import { useAnnouncer } from './announcer';
import { useContacts } from './contacts';
import { resetConversations } from './conversations';
import { clearDrafts } from './drafts';
import { setCurrentAccount, setEpoch } from './epoch';
import type { AccountId } from '@shared/ipc/account-id';
import { useHistory } from './history';
import { useSession } from './session';
import { useUi } from './ui';

export function startSignIn(epoch: number): void {
  setEpoch(epoch);
  clearDrafts();
  clearAccountState();
}

/**
 * The stores now hold another signed-in account (a switch): the last one's list and
 * conversations go (main still has them), but drafts stay: they are kept per conversation,
 * and the person may switch back to finish what they were typing.
 */
export function showAccount(account: AccountId | null, epoch: number): void {
  setCurrentAccount(account);
  setEpoch(epoch);
  clearAccountState();
}

function clearAccountState(): void {
  useSession.setState({ self: null, mail: null, onlineSince: null });
  useContacts.setState((s) => ({
    byEmail: {},
    groups: [],
    privacy: { blp: 'AL', gtc: 'A' },
    pendingAddedBy: [],
    nicknames: {},
    version: s.version + 1,
    layoutVersion: s.layoutVersion + 1,
    orderVersion: s.orderVersion + 1,
  }));
  resetConversations([], [], []);
  // What was said for screen readers (names, messages) stays hidden in the page otherwise.
  useAnnouncer.setState({ polite: [], assertive: [] });
  useHistory.setState({ results: [], searched: false, contacts: [] });
  useUi.setState({
    filter: '',
    selected: null,
    dialog: null,
    tabs: [],
    activeConversation: null,
    notices: [],
    toasts: [],
    deferredAddedBy: [],
  });
}
