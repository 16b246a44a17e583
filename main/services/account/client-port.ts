// The part of MsnClient (main/msnp/client.ts) the account service uses. It is the core's own
// types, picked (not restated): the service is tested against this with a fake, and the real
// client satisfies it by construction.
import type { EventEmitter } from 'node:events';
import type { MsnClient, MsnClientSnapshot } from '../../msnp/client';
import type { MsnClientEvents } from '../../msnp/client-events';

/** The core's own event map: the service handles every event the client emits. */
export type ClientEvents = MsnClientEvents;

export type ClientSnapshot = MsnClientSnapshot;

export type ConversationsSnapshot = MsnClient['conversations'];

/** The methods of MsnClient the service calls. */
type UsedMethods =
  | 'signIn'
  | 'signOut'
  | 'setStatus'
  | 'setFriendlyName'
  | 'addContact'
  | 'removeContact'
  | 'addToGroup'
  | 'removeFromGroup'
  | 'moveToGroup'
  | 'block'
  | 'unblock'
  | 'allow'
  | 'addGroup'
  | 'renameGroup'
  | 'removeGroup'
  | 'setPrivacy'
  | 'snapshot'
  | 'standing'
  | 'openConversation'
  | 'sendMessage'
  | 'resendMessage'
  | 'sendTyping'
  | 'sendNudge'
  | 'invite'
  | 'leave'
  | 'sendFile'
  | 'acceptFile'
  | 'declineFile'
  | 'cancelFile'
  | 'conversations'
  | 'conversation'
  | 'transfer';

export type AccountClient = Pick<MsnClient, UsedMethods> &
  Pick<EventEmitter<ClientEvents>, 'on' | 'off' | 'removeAllListeners'>;
