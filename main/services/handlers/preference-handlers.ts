// What is kept on this computer: settings, networks, remembered accounts (history: history-handlers).
import type { HandlerContext, HandlerGroup } from './context';
import { ServiceError } from '../service-error';

type PreferenceChannel =
  | 'settings:update'
  | 'settings:chooseDownloadFolder'
  | 'profiles:save'
  | 'profiles:remove'
  | 'profiles:setProxyPassword'
  | 'accounts:forget';

export function preferenceHandlers(ctx: HandlerContext): HandlerGroup<PreferenceChannel> {
  const { settings, profiles, accounts, emit, desktop } = ctx;
  return {
    'settings:update': async ({ patch }) => {
      emit({ type: 'settings', settings: await settings.update(patch) });
    },
    'settings:chooseDownloadFolder': async () => {
      const folder = await desktop.files.chooseFolder(settings.get().downloadFolder);
      if (folder === null) return null;
      emit({ type: 'settings', settings: await settings.update({ downloadFolder: folder }) });
      return folder;
    },
    'profiles:save': async (profile) => {
      await profiles.save(profile);
      emit({ type: 'profiles', profiles: profiles.list() });
      // Saving a network makes it the chosen one: the sign-in screen uses it from now on.
      if (settings.get().lastProfileId !== profile.id) {
        emit({ type: 'settings', settings: await settings.update({ lastProfileId: profile.id }) });
      }
    },
    'profiles:setProxyPassword': async ({ profileId, password }) => {
      if (!profiles.get(profileId)) throw new ServiceError('invalid', 'That network is not saved.');
      await ctx.proxySecrets.set(profileId, password);
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
