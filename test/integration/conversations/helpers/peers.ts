// Signed-in peers for conversation tests: each has a ConversationManager on a broker.
import type { EventEmitter } from 'node:events';
import { ConversationManager } from '../../../../main/msnp/conversations/conversation-manager';
import type { ConversationManagerOptions } from '../../../../main/msnp/conversations/conversation-manager';
import { startNetwork } from '../../../server';
import type { LocalNetwork } from '../../../server';
import { demoAccounts } from '../../../server/helpers/accounts';
import { RawBroker } from './raw-broker';

/** The conversation API shared by ConversationManager and MsnClient. */
export type ChatApi = Pick<
  ConversationManager,
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
> &
  EventEmitter;

export interface Peer {
  email: string;
  chat: ChatApi;
  broker: RawBroker;
  close(): void;
}

export const ALICE = 'alice@tweener.test';
export const BOB = 'bob@tweener.test';
export const CAROL = 'carol@tweener.test';

export async function startDemoNetwork(): Promise<LocalNetwork> {
  return startNetwork({ accounts: demoAccounts() });
}

export async function signInPeer(
  net: LocalNetwork,
  email: string,
  options: ConversationManagerOptions = {},
): Promise<Peer> {
  const broker = await RawBroker.signIn(net, email);
  const manager = new ConversationManager(broker, {
    fileTransfer: { bindHost: '127.0.0.1', advertisedHost: '127.0.0.1', timeoutMs: 10_000 },
    ...options,
  });
  return {
    email,
    chat: manager,
    broker,
    close: () => {
      manager.dispose();
      broker.close();
    },
  };
}
