// How MsnClient builds its conversation layer: from its broker, going the way its sign-in went,
// with every conversation event re-emitted by the client.
// reference: http-gateway.md §2 (ClientPort 0), §3 (switchboards through the gateway),
// §5 (a proxy carries every connection, file transfers included)
import { ConversationManager } from './conversations/conversation-manager';
import type { ConversationManagerOptions } from './conversations/conversation-manager';
import { CONVERSATION_EVENT_NAMES } from './conversations/conversation-events';
import type { FileTransferNetworkOptions } from './filetransfer/msnftp-endpoint';
import type { SignInDialer } from './gateway/connection-setting';
import type { ClientBroker } from './notification/client-broker';
import type { ProxySetting } from './proxy/proxy-setting';
import { openTunnel } from './proxy/tunnel';

/** The client's options the conversation layer reads (a part of MsnClientOptions). */
export interface ClientConversationOptions {
  downloadDir?: string;
  fileTransfer?: FileTransferNetworkOptions;
  connection?: { proxy?: ProxySetting | null };
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
  const proxy = options.connection?.proxy ?? null;
  const chats = new ConversationManager(broker, {
    ...options.conversations,
    // Switchboards go the way this sign-in's NS connection went (http-gateway.md §3).
    dialer: (target, opts) => links.dialer().dial(target, opts),
    downloadDir: options.downloadDir,
    fileTransfer: proxy ? throughProxy(proxy, options.fileTransfer) : options.fileTransfer,
    publicAddress: () => links.publicAddress(),
    // http-gateway.md §2: ClientPort 0 — behind the gateway nobody can connect to us.
    canListen: () =>
      links.dialer().via !== 'gateway' && !proxy && (options.fileTransfer?.canListen ?? true),
  });
  for (const name of CONVERSATION_EVENT_NAMES) {
    chats.on(name, (...args: unknown[]) => links.forward(name, args));
  }
  return chats;
}

/**
 * Behind a proxy, our connection to the other side's listener goes through it too, and we do
 * not listen: whoever needs a proxy to get out is rarely reachable from outside, so offers say
 * `Connectivity: N` and the other side listens (switchboard.md §11.1 step 2b).
 */
function throughProxy(
  proxy: ProxySetting,
  network: FileTransferNetworkOptions | undefined,
): FileTransferNetworkOptions {
  return {
    ...network,
    canListen: false,
    connectPeer: (host, port, timeoutMs) => openTunnel(proxy, { host, port }, timeoutMs),
  };
}
