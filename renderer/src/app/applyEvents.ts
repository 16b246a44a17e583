// Feeds the stores from main: a snapshot first, then batches of events. Also the side effects
// that belong to arriving events (sounds, the nudge shake, bringing a conversation forward).
import type { Contact } from '../../../shared/domain';
import type { AppEvent, Snapshot } from '../../../shared/ipc/events';
import { statusDisplay } from '../status/statusDisplay';
import {
  addPendingAddedBy,
  dropPendingAddedBy,
  removeContactLocally,
  resetContacts,
  upsertContacts,
  useContacts,
} from '../stores/contacts';
import {
  addSystemLine,
  resetConversations,
  setMessageState,
  setTyping,
  upsertConversation,
  upsertMessage,
  upsertTransfer,
  useConversations,
} from '../stores/conversations';
import { usePreferences } from '../stores/preferences';
import { applySessionState, useSession } from '../stores/session';
import { useUi } from '../stores/ui';
import type { SoundName } from '../sounds/play';
import { playSound } from '../sounds/play';

/** Sounds go through here so tests can observe them. */
let soundPlayer: (name: SoundName, volume: number) => void = playSound;
export function setSoundPlayer(player: (name: SoundName, volume: number) => void): void {
  soundPlayer = player;
}

// The ILN burst right after sign-in is silent (ui-spec §1.5).
const SIGN_IN_QUIET_MS = 3000;

function maySound(): boolean {
  const { settings } = usePreferences.getState();
  const self = useSession.getState().self;
  if (!settings.playSounds) return false;
  if (settings.muteWhenBusy && self && statusDisplay(self.status).mutes) return false;
  return true;
}

function sound(name: SoundName): void {
  if (maySound()) soundPlayer(name, usePreferences.getState().settings.soundVolume);
}

function contactsCameOnline(contacts: Contact[]): boolean {
  const { onlineSince } = useSession.getState();
  if (onlineSince === null || Date.now() - onlineSince < SIGN_IN_QUIET_MS) return false;
  const byEmail = useContacts.getState().byEmail;
  return contacts.some((c) => {
    const prev = byEmail[c.email];
    return (
      prev !== undefined && !statusDisplay(prev.status).online && statusDisplay(c.status).online
    );
  });
}

export function applySnapshot(snapshot: Snapshot): void {
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
  useContacts.setState({
    groups: snapshot.groups,
    privacy: snapshot.privacy,
    pendingAddedBy: snapshot.pendingAddedBy,
  });
  resetConversations(snapshot.conversations, snapshot.messages, snapshot.transfers);
  usePreferences.setState({ settings: snapshot.settings });
}

function applyOne(event: AppEvent): void {
  switch (event.type) {
    case 'session':
      applySessionState(event.session);
      return;
    case 'self':
      useSession.setState({ self: event.self });
      return;
    case 'contacts':
      if (contactsCameOnline(event.contacts)) sound('signIn');
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
    case 'mail': {
      const before = useSession.getState().mail?.inboxUnread ?? 0;
      useSession.setState({ mail: event.mail });
      if (event.mail.inboxUnread > before) sound('mail');
      return;
    }
    case 'addedBy':
      addPendingAddedBy({ email: event.email, name: event.name });
      return;
    case 'removedBy':
      dropPendingAddedBy(event.email);
      return;
    case 'conversation':
      upsertConversation(event.conversation);
      return;
    case 'message': {
      const known = useConversations
        .getState()
        .transcripts[event.message.conversationId]?.some(
          (e) => e.kind === 'message' && e.message.id === event.message.id,
        );
      upsertMessage(event.message);
      if (event.message.direction === 'in' && !known) {
        const ui = useUi.getState();
        const focused = typeof document === 'undefined' || document.hasFocus();
        if (!focused || ui.activeConversation !== event.message.conversationId) sound('message');
      }
      return;
    }
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
      if (event.direction === 'in') {
        sound('nudge');
        useUi.getState().shake();
      }
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
  }
}

export function applyEvents(events: readonly AppEvent[]): void {
  for (const event of events) {
    try {
      applyOne(event);
    } catch (error) {
      // One malformed event must not stop the rest of the batch.
      console.error('Could not apply event', event.type, error);
    }
  }
}
