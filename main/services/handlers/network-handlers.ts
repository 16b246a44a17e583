// Networks a person sets up from the app: trust a certificate (login.md §5.6), test a
// connection without a password, export and import .tweener-network files.
import { connectionSetting, passportConfigFor } from '../account/msn-client-factory';
import { randomUUID, X509Certificate } from 'node:crypto';
import { testConnection, PLACEHOLDER_ADDRESS } from '../../msnp/probe/connection-test';
import { networkFileName, networkFileText, parseNetworkFile } from '@shared/ipc/network-file';
import { ServiceError } from '../service-error';
import type { HandlerContext, HandlerGroup } from './context';

type NetworkChannel =
  'session:trustCertificate' | 'networks:test' | 'networks:export' | 'networks:import';

export function networkHandlers(ctx: HandlerContext): HandlerGroup<NetworkChannel> {
  const { registry, desktop, emit, pendingTrust, profiles, settings } = ctx;
  const choose = async (profileId: string): Promise<void> => {
    if (settings.get().lastProfileId === profileId) return;
    emit({ type: 'settings', settings: await settings.update({ lastProfileId: profileId }) });
  };
  return {
    'session:trustCertificate': async ({ profileId, sha256 }) => {
      if (!profiles.get(profileId)) {
        throw new ServiceError('invalid', 'That network is not there any more.');
      }
      const stopped = pendingTrust.take(profileId, sha256);
      const saved = await profiles.pin(profileId, sha256);
      emit({ type: 'profiles', profiles: profiles.list() });
      await choose(saved.id);
      // Goes on with the sign-in that certificate stopped (its failure, if any, is a session
      // event like any sign-in's).
      if (stopped) await registry.signIn({ ...stopped, profileId: saved.id });
    },
    'networks:test': ({ profile, email }) =>
      testConnection({
        server: { host: profile.host, port: profile.port },
        passport: passportConfigFor(profile),
        connection: connectionSetting(profile, ctx.proxySecrets.password(profile.id)),
        email: email ?? PLACEHOLDER_ADDRESS,
      }),
    'networks:export': async ({ profileId }) => {
      const profile = profiles.get(profileId);
      if (!profile) throw new ServiceError('invalid', 'Save the network before exporting it.');
      const fileName = networkFileName(profile);
      const text = networkFileText(profile);
      const saved = desktop.networkFiles
        ? await desktop.networkFiles.save(fileName, text)
        : 'download';
      return { fileName, text, saved };
    },
    'networks:import': async ({ text }, origin) => {
      let content: string | null;
      if (desktop.networkFiles) {
        // Electron: only the file the person picks in main's dialog counts.
        content = await desktop.networkFiles.open();
      } else {
        if (origin.transport !== 'web' || text === undefined) {
          throw new ServiceError('invalid', 'Pick a network file to import.');
        }
        content = text;
      }
      if (content === null) return null;
      const parsed = parseNetworkFile(content, `custom-${randomUUID()}`);
      if (!parsed.ok) throw new ServiceError('invalid', parsed.error);
      const pem = parsed.profile.caCertPem;
      if (pem === null) return { profile: parsed.profile, ca: null };
      let ca: X509Certificate;
      try {
        ca = new X509Certificate(pem);
      } catch {
        throw new ServiceError(
          'invalid',
          'This is not a Tweener network file: its CA certificate cannot be read.',
        );
      }
      return {
        profile: parsed.profile,
        ca: { subject: ca.subject.replace(/\n/g, ', '), sha256: ca.fingerprint256 },
      };
    },
  };
}
