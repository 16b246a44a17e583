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
  const client = () => account.requireClient();
  return {
    'conversations:open': ({ contacts }) => ({
      conversationId: account.openConversation(contacts),
    }),
    'conversations:send': (args) => ({ messageId: account.sendMessage(args) }),
    'conversations:resend': ({ conversationId, messageId }) =>
      client().resendMessage(conversationId, messageId),
    'conversations:typing': ({ conversationId }) => client().sendTyping(conversationId),
    'conversations:nudge': ({ conversationId }) => account.sendNudge(conversationId),
    'conversations:invite': ({ conversationId, email }) => client().invite(conversationId, email),
    'conversations:leave': ({ conversationId }) => {
      client().leave(conversationId);
      account.conversationClosed(conversationId);
    },
  };
}
