// How MsnClient builds its conversation layer: from its broker, going the way its sign-in went,
// with every conversation event re-emitted by the client.
// reference: http-gateway.md §2 (ClientPort 0), §3 (switchboards through the gateway)
import { ConversationManager } from './conversations/conversation-manager';
import type { ConversationManagerOptions } from './conversations/conversation-manager';
import { CONVERSATION_EVENT_NAMES } from './conversations/conversation-events';
import type { FileTransferNetworkOptions } from './filetransfer/msnftp-endpoint';
import type { SignInDialer } from './gateway/connection-setting';
import type { ClientBroker } from './notification/client-broker';

/** The client's options the conversation layer reads (a part of MsnClientOptions). */
export interface ClientConversationOptions {
  downloadDir?: string;
  fileTransfer?: FileTransferNetworkOptions;
  conversations?: Pick<
    ConversationManagerOptions,
    'joinTimeoutMs' | 'ackTimeoutMs' | 'offerExpiryMs'
  >;
}

/** What the client lends its conversation layer; read at each use, as they change per sign-in. */
export interface ClientConversationLinks {
  dialer(): SignInDialer;
  /** The public address the NS saw (ClientIP), when signed in. */
  publicAddress(): string | null;
  /** Re-emits a conversation event on the client. */
  forward(name: string, args: unknown[]): void;
}

export function createClientConversations(
  broker: ClientBroker,
  options: ClientConversationOptions,
  links: ClientConversationLinks,
): ConversationManager {
  const chats = new ConversationManager(broker, {
    ...options.conversations,
    // Switchboards go the way this sign-in's NS connection went (http-gateway.md §3).
    dialer: (target, opts) => links.dialer().dial(target, opts),
    downloadDir: options.downloadDir,
    fileTransfer: options.fileTransfer,
    publicAddress: () => links.publicAddress(),
    // http-gateway.md §2: ClientPort 0 — behind the gateway nobody can connect to us.
    canListen: () => links.dialer().via !== 'gateway' && (options.fileTransfer?.canListen ?? true),
  });
  for (const name of CONVERSATION_EVENT_NAMES) {
    chats.on(name, (...args: unknown[]) => links.forward(name, args));
  }
  return chats;
}
