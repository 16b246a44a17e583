// Commands about file transfers; progress and the outcome arrive as fileTransfer events.
import { resolve } from 'node:path';
import type { CommandSpec } from './command-spec';
import { findById } from './references';

export const TRANSFER_COMMANDS: CommandSpec[] = [
  {
    name: 'send-file',
    params: ['CONV'],
    rest: 'PATH',
    summary: 'offer a file (an e-mail address as CONV opens a conversation if needed)',
    run({ client, refs }, { words: [ref = ''], rest }) {
      const conversationId = refs.conversation(ref, { open: true });
      const transferId = client.sendFile(conversationId, resolve(rest));
      return { transfer: findById(client.conversations.transfers, transferId) };
    },
  },
  {
    name: 'accept',
    params: ['TRANSFER'],
    rest: 'DIR?',
    summary: 'accept a file offered to me (into DIR, else the --download-dir folder)',
    run({ client, refs }, { words: [ref = ''], rest }) {
      const transferId = refs.transfer(ref, 'incomingOffer');
      client.acceptFile(transferId, rest ? resolve(rest) : undefined);
      return { transferId };
    },
  },
  {
    name: 'decline',
    params: ['TRANSFER'],
    summary: 'decline a file offered to me',
    run({ client, refs }, { words: [ref = ''] }) {
      const transferId = refs.transfer(ref, 'incomingOffer');
      client.declineFile(transferId);
      return { transferId };
    },
  },
  {
    name: 'cancel',
    params: ['TRANSFER'],
    summary: 'cancel a file transfer (either direction)',
    run({ client, refs }, { words: [ref = ''] }) {
      const transferId = refs.transfer(ref, 'unfinished');
      client.cancelFile(transferId);
      return { transferId };
    },
  },
  {
    name: 'transfers',
    params: [],
    summary: 'list the file transfers',
    run: ({ client }) => ({ transfers: client.conversations.transfers }),
  },
];
