// Commands about conversations: each resolves its references and makes one MsnClient call;
// what happens next (joins, delivery, typing, nudges) arrives as events.
import type { CommandSpec } from './command-spec';
import { findById } from './references';
import { FORMAT_FLAGS, formatFromFlags } from './message-format';

const CONV = 'CONV';

export const CONVERSATION_COMMANDS: CommandSpec[] = [
  {
    name: 'open',
    params: ['EMAIL...'],
    summary: 'open a conversation with one or more contacts (reuses an open one)',
    run({ client, refs }, { words }) {
      const id = client.openConversation(words);
      refs.use(id);
      return { conversation: findById(client.conversations.conversations, id) };
    },
  },
  {
    name: 'say',
    params: [CONV],
    flags: FORMAT_FLAGS,
    rest: 'TEXT',
    summary: 'send a message (an e-mail address as CONV opens a conversation if needed)',
    run({ client, refs }, { words: [ref = ''], flags, rest }) {
      const format = formatFromFlags(flags);
      const conversationId = refs.conversation(ref, { open: true });
      return { conversationId, messageId: client.sendMessage(conversationId, rest, format) };
    },
  },
  {
    name: 'resend',
    params: [CONV, 'MESSAGE_ID'],
    summary: 'send a failed message again',
    run({ client, refs }, { words: [ref = '', messageId = ''] }) {
      const conversationId = refs.conversation(ref, { open: false });
      client.resendMessage(conversationId, messageId);
      return { conversationId, messageId };
    },
  },
  {
    name: 'typing',
    params: [CONV],
    summary: 'tell the others I am typing (at most one notice every few seconds goes out)',
    run({ client, refs }, { words: [ref = ''] }) {
      const conversationId = refs.conversation(ref, { open: true });
      client.sendTyping(conversationId);
      return { conversationId };
    },
  },
  {
    name: 'nudge',
    params: [CONV],
    summary: 'send a nudge (extra ones within a few seconds are dropped)',
    run({ client, refs }, { words: [ref = ''] }) {
      const conversationId = refs.conversation(ref, { open: true });
      client.sendNudge(conversationId);
      return { conversationId };
    },
  },
  {
    name: 'invite',
    params: [CONV, 'EMAIL'],
    summary: 'bring another contact into a conversation',
    run({ client, refs }, { words: [ref = '', email = ''] }) {
      const conversationId = refs.conversation(ref, { open: false });
      client.invite(conversationId, email);
      return { conversationId };
    },
  },
  {
    name: 'leave',
    params: [CONV],
    summary: 'leave a conversation',
    run({ client, refs }, { words: [ref = ''] }) {
      const conversationId = refs.conversation(ref, { open: false });
      client.leave(conversationId);
      return { conversationId };
    },
  },
  {
    name: 'conversations',
    params: [],
    summary: 'list the conversations',
    run: ({ client }) => ({ conversations: client.conversations.conversations }),
  },
];
