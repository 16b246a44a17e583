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
  const { account } = ctx;
  // Every conversation a window names must belong to this sign-in (else: a plain error).
  const client = (conversationId: string) => account.clientFor(conversationId);
  return {
    'conversations:open': ({ contacts }) => ({
      conversationId: account.openConversation(contacts),
    }),
    'conversations:send': (args) => ({ messageId: account.sendMessage(args) }),
    'conversations:resend': ({ conversationId, messageId }) =>
      client(conversationId).resendMessage(conversationId, messageId),
    'conversations:typing': ({ conversationId }) =>
      client(conversationId).sendTyping(conversationId),
    'conversations:nudge': ({ conversationId }) => account.sendNudge(conversationId),
    'conversations:invite': ({ conversationId, email }) =>
      client(conversationId).invite(conversationId, email),
    'conversations:leave': ({ conversationId }) => {
      client(conversationId).leave(conversationId);
      account.conversationClosed(conversationId);
    },
  };
}
