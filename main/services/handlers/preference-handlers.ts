// What is kept on this computer: settings, networks, remembered accounts (history: history-handlers).
import type { HandlerContext, HandlerGroup } from './context';

type PreferenceChannel =
  'settings:update' | 'profiles:save' | 'profiles:remove' | 'accounts:forget';

export function preferenceHandlers(ctx: HandlerContext): HandlerGroup<PreferenceChannel> {
  const { settings, profiles, accounts, emit } = ctx;
  return {
    'settings:update': async ({ patch }) => {
      emit({ type: 'settings', settings: await settings.update(patch) });
    },
    'profiles:save': async (profile) => {
      await profiles.save(profile);
      emit({ type: 'profiles', profiles: profiles.list() });
    },
    'profiles:remove': async ({ profileId }) => {
      await profiles.remove(profileId);
      emit({ type: 'profiles', profiles: profiles.list() });
    },
    'accounts:forget': async ({ email }) => {
      await accounts.forget(email);
      emit({ type: 'accounts', accounts: accounts.list() });
    },
  };
}
