// Commands about me and my contact list: each is one MsnClient call.
import { SETTABLE_STATUSES } from '@shared/domain';
import type { CommandSpec } from './command-spec';
import { choiceWord, integerWord } from './words';

export const CONTACT_COMMANDS: CommandSpec[] = [
  {
    name: 'status',
    params: ['CODE'],
    summary: `set my status (${SETTABLE_STATUSES.join(' ')})`,
    async run({ client }, { words: [code = ''] }) {
      await client.setStatus(choiceWord(code, SETTABLE_STATUSES, 'the status'));
      return null;
    },
  },
  {
    name: 'name',
    params: [],
    rest: 'TEXT',
    summary: 'set my display name',
    async run({ client }, { rest }) {
      await client.setFriendlyName(rest);
      return null;
    },
  },
  {
    name: 'contacts',
    params: [],
    summary: 'list every contact',
    run: ({ client }) => ({ contacts: client.snapshot.contacts }),
  },
  {
    name: 'add',
    params: ['EMAIL'],
    rest: 'GROUP_ID?',
    summary: 'add a contact (to a group)',
    async run({ client }, { words: [email = ''], rest }) {
      await client.addContact(email, rest ? integerWord(rest, 'the group id') : undefined);
      return null;
    },
  },
  {
    name: 'remove',
    params: ['EMAIL'],
    summary: 'remove a contact from my list',
    async run({ client }, { words: [email = ''] }) {
      await client.removeContact(email);
      return null;
    },
  },
  {
    name: 'block',
    params: ['EMAIL'],
    summary: 'block someone',
    async run({ client }, { words: [email = ''] }) {
      await client.block(email);
      return null;
    },
  },
  {
    name: 'unblock',
    params: ['EMAIL'],
    summary: 'unblock someone',
    async run({ client }, { words: [email = ''] }) {
      await client.unblock(email);
      return null;
    },
  },
  {
    name: 'allow',
    params: ['EMAIL'],
    summary: 'allow someone who added me',
    async run({ client }, { words: [email = ''] }) {
      await client.allow(email);
      return null;
    },
  },
  {
    name: 'group-add',
    params: [],
    rest: 'NAME',
    summary: 'create a group',
    run: async ({ client }, { rest }) => ({ group: await client.addGroup(rest) }),
  },
  {
    name: 'group-rename',
    params: ['GROUP_ID'],
    rest: 'NAME',
    summary: 'rename a group',
    async run({ client }, { words: [id = ''], rest }) {
      await client.renameGroup(integerWord(id, 'the group id'), rest);
      return null;
    },
  },
  {
    name: 'group-remove',
    params: ['GROUP_ID'],
    summary: 'delete a group',
    async run({ client }, { words: [id = ''] }) {
      await client.removeGroup(integerWord(id, 'the group id'));
      return null;
    },
  },
  {
    name: 'blp',
    params: ['AL|BL'],
    summary: 'people on neither my allow nor my block list: AL may reach me, BL may not',
    async run({ client }, { words: [value = ''] }) {
      await client.setPrivacy({ blp: choiceWord(value, ['AL', 'BL'] as const, 'blp') });
      return null;
    },
  },
  {
    name: 'gtc',
    params: ['A|N'],
    summary: 'A: ask me when someone adds me; N: do not',
    async run({ client }, { words: [value = ''] }) {
      await client.setPrivacy({ gtc: choiceWord(value, ['A', 'N'] as const, 'gtc') });
      return null;
    },
  },
  {
    name: 'phone',
    params: ['home|work|mobile'],
    rest: 'NUMBER?',
    summary: 'set (or, without a number, clear) one of my phone numbers',
    async run({ client }, { words: [kind = ''], rest }) {
      const which = choiceWord(kind, ['home', 'work', 'mobile'] as const, 'the phone');
      await client.setPhone(which, rest || null);
      return null;
    },
  },
  {
    name: 'url',
    params: ['SERVICE'],
    summary: 'ask the server for a web address (e.g. INBOX, PROFILE)',
    run: async ({ client }, { words: [service = ''] }) => ({
      url: await client.requestUrl(service),
    }),
  },
];
