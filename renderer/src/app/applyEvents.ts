// Feeds the stores from main: a snapshot first, then batches of events. Also the side effects
// that belong to arriving events (sounds, the nudge shake, bringing a conversation forward).
import { useHistory } from '../stores/history';
import type { AccountEvent, AccountSnapshot, AppEvent, Snapshot } from '@shared/ipc/events';
import { isAppWideEvent } from '@shared/ipc/events';
import {
  addPendingAddedBy,
  dropPendingAddedBy,
  removeContactLocally,
  resetContacts,
  setNicknames,
  upsertContacts,
  useContacts,
} from '../stores/contacts';
import {
  addSystemLine,
  mergeConversations,
  resetConversations,
  setMessageState,
  setTyping,
  upsertConversation,
  upsertMessage,
  upsertTransfer,
} from '../stores/conversations';
import { currentAccount, currentEpoch, setEpoch, SWITCHING } from '../stores/epoch';
import {
  noteAccountEvent,
  rememberTabs,
  setShownAccount,
  setSignedInAccounts,
  tabsToRestore,
} from '../stores/signedInAccounts';
import { windowConversation } from './route';
import { usePreferences } from '../stores/preferences';
import { showAccount, startSignIn } from '../stores/signInReset';
import { applySessionState, useSession } from '../stores/session';
import { useUi } from '../stores/ui';
import type { SoundName } from '../sounds/play';
import { playSound } from '../sounds/play';
import { markStep } from './perfMarks';
import { announceEvent } from './announceEvents';

/** Sounds go through here so tests can observe them. */
let soundPlayer: (name: SoundName, volume: number) => void = playSound;
export function setSoundPlayer(player: (name: SoundName, volume: number) => void): void {
  soundPlayer = player;
}

// Main decides when a sound plays (it knows Busy, the settings and the sign-in burst) and
// sends a 'sound' event; the renderer only checks the master switch once more and plays it.
function sound(name: SoundName): void {
  const { settings } = usePreferences.getState();
  if (settings.playSounds) soundPlayer(name, settings.soundVolume);
}

/** Called when the main window is to show another account (bootstrap takes a snapshot). */
let onSwitch: () => void = () => undefined;
export function setSwitchHandler(handler: () => void): void {
  onSwitch = handler;
}

/**
 * The account this window holds: a conversation window, its conversation's; the main
 * window, the shown one. A snapshot without per-account parts is the shown account's alone.
 */
function viewOf(snapshot: Snapshot): Omit<AccountSnapshot, 'account'> & { account: string | null } {
  const top = { ...snapshot, account: snapshot.shown, nicknames: snapshot.nicknames ?? {} };
  const conversationId = windowConversation();
  const parts = snapshot.signedIn ?? [];
  const owner = conversationId
    ? parts.find((part) => part.conversations.some((c) => c.id === conversationId))
    : undefined;
  if (owner) return owner;
  return parts.find((part) => part.account === snapshot.shown) ?? top;
}

/**
 * 'initial' replaces everything; 'resync' (the web bridge reconnected) takes main's state but
 * keeps what only this page has: transcript lines, messages that never reached main.
 */
export function applySnapshot(input: Snapshot, mode: 'initial' | 'resync' = 'initial'): void {
  const snapshot = { ...input, ...viewOf(input) };
  const firstLoad = mode === 'initial';
  setSignedInAccounts(input.signedIn ?? [], input.shown ?? null);
  const switched = snapshot.account !== currentAccount() || currentEpoch() === SWITCHING;
  if (switched) {
    // Another account than the one on screen (a switch): its own list and conversations.
    showAccount(snapshot.account, snapshot.epoch);
    mode = 'initial';
  } else if (mode === 'initial' || snapshot.epoch !== currentEpoch()) {
    // A snapshot of another sign-in than the one on screen shares nothing with it.
    startSignIn(snapshot.epoch);
    mode = 'initial';
  }
  useSession.setState({
    loaded: true,
    platform: snapshot.platform,
    self: snapshot.self,
    mail: snapshot.mail,
    profiles: snapshot.profiles,
    accounts: snapshot.accounts,
  });
  applySessionState(snapshot.session);
  resetContacts(snapshot.contacts);
  setNicknames(snapshot.nicknames ?? {});
  useContacts.setState({
    groups: snapshot.groups,
    privacy: snapshot.privacy,
    pendingAddedBy: snapshot.pendingAddedBy,
  });
  if (mode === 'resync') {
    mergeConversations(snapshot.conversations, snapshot.messages, snapshot.transfers);
  } else {
    resetConversations(snapshot.conversations, snapshot.messages, snapshot.transfers);
  }
  // Shown again in the page: its conversations come back as tabs (those it had, and those
  // that received a message meanwhile).
  if (switched && !firstLoad && snapshot.account && snapshot.platform === 'web') {
    const incoming = snapshot.messages.filter((m) => m.direction === 'in');
    const { tabs, active } = tabsToRestore(
      snapshot.account,
      snapshot.conversations.map((c) => c.id),
      incoming.map((m) => m.conversationId),
    );
    useUi.setState({ tabs, activeConversation: active });
  }
  usePreferences.setState({ settings: snapshot.settings });
  // Notices raised before this window existed (e.g. a damaged file set aside at start-up).
  if (firstLoad) {
    for (const notice of snapshot.notices ?? []) useUi.getState().notify(notice.level, notice.text);
  }
}

/**
 * False for an event of an older sign-in (dropped). An event of a newer one first drops
 * everything the stores hold from the older one.
 */
function ofCurrentSignIn(event: AppEvent): boolean {
  if (isAppWideEvent(event)) return true;
  noteAccountEvent(event);
  // Another account's event: its summary above is all this window keeps of it, but for its
  // alerts (a toast says which account it is about).
  if (!holds(event)) return event.type === 'toast';
  const current = currentEpoch();
  // Just switched to this account (the stores are already cleared): its sign-in, as it is.
  if (current === SWITCHING) {
    setEpoch(event.epoch);
    return true;
  }
  if (event.epoch < current) return false;
  if (event.epoch > current) startSignIn(event.epoch);
  return true;
}

/** True for an event of the account this window holds (the first sign-in makes it so). */
function holds(event: AccountEvent): boolean {
  const account = currentAccount();
  return account === null || event.account === account;
}

function applyOne(event: AppEvent): void {
  if (!ofCurrentSignIn(event)) return;
  switch (event.type) {
    case 'session':
      markStep(`tweener:session:${event.session.phase}`);
      applySessionState(event.session);
      return;
    case 'self':
      useSession.setState({ self: event.self });
      return;
    case 'contacts':
      upsertContacts(event.contacts);
      return;
    case 'contactRemoved':
      removeContactLocally(event.email);
      return;
    case 'groups':
      useContacts.setState((s) => ({ groups: event.groups, layoutVersion: s.layoutVersion + 1 }));
      return;
    case 'privacy':
      useContacts.setState({ privacy: event.privacy });
      return;
    case 'mail':
      useSession.setState({ mail: event.mail });
      return;
    case 'addedBy':
      addPendingAddedBy({ email: event.email, name: event.name });
      return;
    case 'removedBy':
      dropPendingAddedBy(event.email);
      return;
    case 'conversation':
      upsertConversation(event.conversation);
      return;
    case 'message':
      upsertMessage(event.message);
      // In the web harness an incoming message docks its conversation (without taking the
      // front), so nothing arrives unseen; Electron opens a window from main instead.
      if (event.message.direction === 'in' && useSession.getState().platform === 'web') {
        useUi.getState().addTab(event.message.conversationId);
      }
      return;
    case 'messageState':
      setMessageState(event.conversationId, event.messageId, event.state, event.error);
      return;
    case 'typing':
      setTyping(event.conversationId, event.email, event.name);
      return;
    case 'nudge':
      addSystemLine(
        event.conversationId,
        event.direction === 'in' ? 'nudgeIn' : 'nudgeOut',
        event.name,
      );
      if (event.direction === 'in') useUi.getState().shake();
      return;
    case 'participant':
      addSystemLine(event.conversationId, event.joined ? 'joined' : 'left', event.name);
      return;
    case 'transfer':
      upsertTransfer(event.transfer);
      return;
    case 'settings':
      usePreferences.setState({ settings: event.settings });
      return;
    case 'nicknames':
      setNicknames(event.nicknames);
      return;
    case 'profiles':
      useSession.setState({ profiles: event.profiles });
      return;
    case 'accounts':
      useSession.setState({ accounts: event.accounts });
      return;
    case 'notice':
      useUi.getState().notify(event.level, event.text);
      return;
    case 'showConversation':
      useUi.getState().showConversation(event.conversationId);
      return;
    case 'sound':
      sound(event.sound);
      return;
    case 'shown':
      setShownAccount(event.account);
      // A conversation window stays with its conversation's account.
      if (windowConversation() === null && event.account !== currentAccount()) {
        const leaving = currentAccount();
        const ui = useUi.getState();
        if (leaving) rememberTabs(leaving, ui.tabs, ui.activeConversation);
        showAccount(event.account, SWITCHING);
        onSwitch();
      }
      return;
    case 'historyImport':
      useHistory.getState().onImportProgress(event.progress);
      return;
    case 'toast': {
      // Main cannot see the page: a message toast for the conversation in front of a focused
      // page would only cover what the person is reading (ui-spec §1.5: not when focused).
      const ui = useUi.getState();
      const inFront =
        event.toast.conversationId !== undefined &&
        event.toast.conversationId === ui.activeConversation &&
        globalThis.document?.hasFocus?.() === true;
      if (!inFront) ui.addToast(event.toast);
      return;
    }
    default:
      // A new event type that nothing handles fails to compile here.
      return event satisfies never;
  }
}

export function applyEvents(events: readonly AppEvent[]): void {
  for (const event of events) {
    try {
      applyOne(event);
      announceEvent(event);
    } catch (error) {
      // One malformed event must not stop the rest of the batch.
      console.error('Could not apply event', event.type, error);
    }
  }
}
