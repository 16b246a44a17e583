// The contact list: contacts, groups, privacy, and names only I see.
import { ServiceError } from '../service-error';
import type { HandlerContext, HandlerGroup } from './context';

type ContactChannel =
  | 'contacts:add'
  | 'contacts:remove'
  | 'contacts:removeFromGroup'
  | 'contacts:copyToGroup'
  | 'contacts:moveToGroup'
  | 'contacts:block'
  | 'contacts:unblock'
  | 'contacts:answerAddedBy'
  | 'contacts:setNickname'
  | 'groups:add'
  | 'groups:rename'
  | 'groups:remove'
  | 'privacy:set';

export function contactHandlers(ctx: HandlerContext): HandlerGroup<ContactChannel> {
  const { account, nicknames, emit, signedInEmail } = ctx;
  const client = () => account.requireClient();
  return {
    'contacts:add': ({ email, groupId }) => client().addContact(email, groupId),
    'contacts:remove': async ({ email, alsoBlock }) => {
      await client().removeContact(email);
      if (alsoBlock) await client().block(email);
    },
    'contacts:removeFromGroup': ({ email, groupId }) => client().removeFromGroup(email, groupId),
    'contacts:copyToGroup': ({ email, groupId }) => client().addToGroup(email, groupId),
    'contacts:moveToGroup': ({ email, fromGroupId, toGroupId }) =>
      client().moveToGroup(email, fromGroupId, toGroupId),
    'contacts:block': ({ email }) => client().block(email),
    'contacts:unblock': ({ email }) => client().unblock(email),
    'contacts:answerAddedBy': (args) => account.answerAddedBy(args),
    'contacts:setNickname': async ({ email, nickname }) => {
      const self = signedInEmail();
      if (!self) throw new ServiceError('invalid', 'Sign in first.');
      emit({ type: 'nicknames', nicknames: await nicknames.set(self, email, nickname) });
    },
    'groups:add': ({ name }) => client().addGroup(name),
    'groups:rename': ({ groupId, name }) => client().renameGroup(groupId, name),
    'groups:remove': ({ groupId }) => client().removeGroup(groupId),
    'privacy:set': (patch) => client().setPrivacy(patch),
  };
}
