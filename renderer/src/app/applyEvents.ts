// Feeds the stores from main: a snapshot first, then batches of events. Also the side effects
// that belong to arriving events (sounds, the nudge shake, bringing a conversation forward).
import { useHistory } from '../stores/history';
import type { AppEvent, Snapshot } from '@shared/ipc/events';
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
import { currentEpoch } from '../stores/epoch';
import { usePreferences } from '../stores/preferences';
import { startSignIn } from '../stores/signInReset';
import { applySessionState, useSession } from '../stores/session';
import { useUi } from '../stores/ui';
import type { SoundName } from '../sounds/play';
import { playSound } from '../sounds/play';
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

/**
 * 'initial' replaces everything; 'resync' (the web bridge reconnected) takes main's state but
 * keeps what only this page has: transcript lines, messages that never reached main.
 */
export function applySnapshot(snapshot: Snapshot, mode: 'initial' | 'resync' = 'initial'): void {
  // A snapshot of another sign-in than the one on screen shares nothing with it.
  if (mode === 'initial' || snapshot.epoch !== currentEpoch()) {
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
  usePreferences.setState({ settings: snapshot.settings });
  // Notices raised before this window existed (e.g. a damaged file set aside at start-up).
  if (mode === 'initial') {
    for (const notice of snapshot.notices ?? []) useUi.getState().notify(notice.level, notice.text);
  }
}

/**
 * False for an event of an older sign-in (dropped). An event of a newer one first drops
 * everything the stores hold from the older one.
 */
function ofCurrentSignIn(event: AppEvent): boolean {
  if (isAppWideEvent(event)) return true;
  const current = currentEpoch();
  if (event.epoch < current) return false;
  if (event.epoch > current) startSignIn(event.epoch);
  return true;
}

function applyOne(event: AppEvent): void {
  if (!ofCurrentSignIn(event)) return;
  switch (event.type) {
    case 'session':
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
