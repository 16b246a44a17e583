// Events of the conversation layer; MsnClient forwards them unchanged.
import type { ChatMessage, Conversation, FileTransfer } from '@shared/domain';

export interface ConversationsSnapshot {
  conversations: Conversation[];
  messages: ChatMessage[];
  transfers: FileTransfer[];
}

export interface ConversationEvents {
  conversation: [Conversation];
  participantJoined: [{ conversationId: string; email: string; name: string }];
  participantLeft: [{ conversationId: string; email: string }];
  /** Incoming messages, and outgoing ones when queued (state `sending`) or resent. */
  message: [ChatMessage];
  messageDelivered: [{ conversationId: string; messageId: string }];
  messageFailed: [{ conversationId: string; messageId: string; error: string }];
  /** Additive: sent, but the server neither confirmed nor refused it (msnp8/README.md §11.1). */
  messageUnconfirmed: [{ conversationId: string; messageId: string }];
  typing: [{ conversationId: string; email: string; name: string }];
  nudge: [{ conversationId: string; email: string; name: string }];
  fileTransfer: [FileTransfer];
  /** A payload this client does not show (unknown media type, other datacasts): never silent. */
  unsupportedContent: [{ conversationId: string; email: string; contentType: string }];
  /** A cap was hit (limits.ts): plain words for a notice (same shape as the NS's). */
  systemMessage: [{ text: string }];
}

export const CONVERSATION_EVENT_NAMES = [
  'conversation',
  'participantJoined',
  'participantLeft',
  'message',
  'messageDelivered',
  'messageFailed',
  'messageUnconfirmed',
  'typing',
  'nudge',
  'fileTransfer',
  'unsupportedContent',
  'systemMessage',
] as const satisfies readonly (keyof ConversationEvents)[];
