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
  const { registry, nicknames } = ctx;
  // The account the request names, else the shown one (each account has its own list).
  const client = (account: string | undefined) => registry.pick(account).requireClient();
  return {
    'contacts:add': ({ email, groupId, account }) => client(account).addContact(email, groupId),
    'contacts:remove': async ({ email, alsoBlock, account }) => {
      await client(account).removeContact(email);
      if (alsoBlock) await client(account).block(email);
    },
    'contacts:removeFromGroup': ({ email, groupId, account }) =>
      client(account).removeFromGroup(email, groupId),
    'contacts:copyToGroup': ({ email, groupId, account }) =>
      client(account).addToGroup(email, groupId),
    'contacts:moveToGroup': ({ email, fromGroupId, toGroupId, account }) =>
      client(account).moveToGroup(email, fromGroupId, toGroupId),
    'contacts:block': ({ email, account }) => client(account).block(email),
    'contacts:unblock': ({ email, account }) => client(account).unblock(email),
    'contacts:answerAddedBy': (args) => registry.pick(args.account).answerAddedBy(args),
    'contacts:setNickname': async ({ email, nickname, account }) => {
      const service = registry.pick(account);
      const self = service.signedIn ? service.self?.email : undefined;
      if (!self) throw new ServiceError('invalid', 'Sign in first.');
      service.emit({ type: 'nicknames', nicknames: await nicknames.set(self, email, nickname) });
    },
    'groups:add': ({ name, account }) => client(account).addGroup(name),
    'groups:rename': ({ groupId, name, account }) => client(account).renameGroup(groupId, name),
    'groups:remove': ({ groupId, account }) => client(account).removeGroup(groupId),
    'privacy:set': ({ account, ...patch }) => client(account).setPrivacy(patch),
  };
}
