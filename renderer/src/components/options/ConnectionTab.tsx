// Connection: pick a network profile, see and edit its addresses, save a custom one.
import { useState } from 'react';
import type { NetworkProfile } from '../../../../shared/domain';
import { usePreferences } from '../../stores/preferences';
import { useSession } from '../../stores/session';
import { en } from '../../strings/en';
import { Section } from './Section';

const blank = (): NetworkProfile => ({
  id: `custom-${Date.now().toString(36)}`,
  name: 'Custom',
  host: '',
  port: 1863,
  nexusUrl: null,
  loginUrl: null,
  caCertPem: null,
  pinnedCertSha256: null,
  builtIn: false,
});

export function ConnectionTab(): React.JSX.Element {
  const profiles = useSession((s) => s.profiles);
  const saveProfile = useSession((s) => s.saveProfile);
  const removeProfile = useSession((s) => s.removeProfile);
  const lastProfileId = usePreferences((s) => s.settings.lastProfileId);
  const update = usePreferences((s) => s.update);
  const initial = profiles.find((p) => p.id === lastProfileId) ?? profiles[0] ?? blank();
  const [draft, setDraft] = useState<NetworkProfile>(initial);
  const set = (patch: Partial<NetworkProfile>): void => setDraft((d) => ({ ...d, ...patch }));
  const nullable = (v: string): string | null => (v.trim() === '' ? null : v.trim());

  return (
    <Section caption={en.options.tabs.connection}>
      <p className="muted">{en.options.whyConnection}</p>
      <label className="field field--inline">
        <span>{en.options.network}</span>
        <select
          value={draft.id}
          onChange={(e) => {
            const p = profiles.find((x) => x.id === e.target.value);
            if (p) {
              setDraft(p);
              void update({ lastProfileId: p.id });
            }
          }}
        >
          {profiles.some((p) => p.id === draft.id) ? null : (
            <option value={draft.id}>{draft.name}</option>
          )}
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={() => setDraft(blank())}>
          {en.options.newProfile}
        </button>
      </label>
      {draft.builtIn ? <p className="muted">{en.options.builtIn}</p> : null}
      {draft.unverified ? <p className="muted">{en.options.unverified}</p> : null}
      <div className="profile-form">
        <label htmlFor="p-name">{en.options.profileName}</label>
        <input
          id="p-name"
          className="text-input"
          value={draft.name}
          onChange={(e) => set({ name: e.target.value })}
        />
        <label htmlFor="p-host">{en.options.host}</label>
        <input
          id="p-host"
          className="text-input"
          value={draft.host}
          onChange={(e) => set({ host: e.target.value })}
        />
        <label htmlFor="p-port">{en.options.port}</label>
        <input
          id="p-port"
          className="text-input"
          type="number"
          value={draft.port}
          onChange={(e) => set({ port: Number(e.target.value) || 1863 })}
        />
        <label htmlFor="p-nexus">{en.options.nexus}</label>
        <input
          id="p-nexus"
          className="text-input"
          value={draft.nexusUrl ?? ''}
          onChange={(e) => set({ nexusUrl: nullable(e.target.value) })}
        />
        <label htmlFor="p-login">{en.options.loginUrl}</label>
        <input
          id="p-login"
          className="text-input"
          value={draft.loginUrl ?? ''}
          onChange={(e) => set({ loginUrl: nullable(e.target.value) })}
        />
        <label htmlFor="p-ca">{en.options.caCert}</label>
        <textarea
          id="p-ca"
          className="text-input"
          value={draft.caCertPem ?? ''}
          onChange={(e) => set({ caCertPem: nullable(e.target.value) })}
        />
      </div>
      <div className="check" style={{ marginTop: 8 }}>
        <button
          type="button"
          className="button"
          onClick={() => {
            // A built-in network is saved as an editable copy.
            const copy = draft.builtIn ? { ...draft, id: blank().id, builtIn: false } : draft;
            void saveProfile(copy);
            setDraft(copy);
          }}
        >
          {en.options.saveProfile}
        </button>
        <button
          type="button"
          className="button"
          disabled={draft.builtIn || !profiles.some((p) => p.id === draft.id)}
          onClick={() => void removeProfile(draft.id)}
        >
          {en.options.removeProfile}
        </button>
      </div>
    </Section>
  );
}
