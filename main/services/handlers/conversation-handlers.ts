// Conversations: open, send, typing, nudge, invite, leave.
import type { HandlerContext, HandlerGroup } from './context';

type ConversationChannel =
  | 'conversations:open'
  | 'conversations:send'
  | 'conversations:resend'
  | 'conversations:typing'
  | 'conversations:nudge'
  | 'conversations:invite'
  | 'conversations:leave';

export function conversationHandlers(ctx: HandlerContext): HandlerGroup<ConversationChannel> {
  const { registry } = ctx;
  // A conversation names its account; it must belong to that account's current sign-in.
  const owner = (conversationId: string) => registry.forConversation(conversationId);
  const client = (conversationId: string) => owner(conversationId).clientFor(conversationId);
  return {
    'conversations:open': ({ contacts, account }) => ({
      conversationId: registry.pick(account).openConversation(contacts),
    }),
    'conversations:send': (args) => ({
      messageId: owner(args.conversationId).sendMessage(args),
    }),
    'conversations:resend': ({ conversationId, messageId }) =>
      client(conversationId).resendMessage(conversationId, messageId),
    'conversations:typing': ({ conversationId }) =>
      client(conversationId).sendTyping(conversationId),
    'conversations:nudge': ({ conversationId }) => owner(conversationId).sendNudge(conversationId),
    'conversations:invite': ({ conversationId, email }) =>
      client(conversationId).invite(conversationId, email),
    'conversations:leave': ({ conversationId }) => {
      const service = owner(conversationId);
      service.clientFor(conversationId).leave(conversationId);
      service.conversationClosed(conversationId);
    },
  };
}
