// Connection: pick a network profile, see and edit its addresses, save a custom one. The form
// keeps exactly what the person typed; profile-form.ts tidies it on Save.
import { useState } from 'react';
import type { NetworkProfile } from '../../../../shared/domain';
import { useSession } from '../../stores/session';
import { usePreferences } from '../../stores/preferences';
import { en } from '../../strings/en';
import { DialogProblem } from '../dialogs/Dialog';
import { blankProfile as blank, toForm, toProfile } from './profile-form';
import type { ProfileForm } from './profile-form';
import { Section } from './Section';

type Form = ProfileForm;

const FIELDS: { key: keyof Form; id: string; label: string; multiline?: boolean }[] = [
  { key: 'name', id: 'p-name', label: en.options.profileName },
  { key: 'host', id: 'p-host', label: en.options.host },
  { key: 'port', id: 'p-port', label: en.options.port },
  { key: 'nexusUrl', id: 'p-nexus', label: en.options.nexus },
  { key: 'loginUrl', id: 'p-login', label: en.options.loginUrl },
  { key: 'switchboardAddress', id: 'p-switchboard', label: en.options.switchboard },
  { key: 'caCertPem', id: 'p-ca', label: en.options.caCert, multiline: true },
];

export function ConnectionTab(): React.JSX.Element {
  const profiles = useSession((s) => s.profiles);
  const saveProfile = useSession((s) => s.saveProfile);
  const removeProfile = useSession((s) => s.removeProfile);
  const lastProfileId = usePreferences((s) => s.settings.lastProfileId);
  const update = usePreferences((s) => s.update);
  const initial = profiles.find((p) => p.id === lastProfileId) ?? profiles[0] ?? blank();
  const [base, setBase] = useState<NetworkProfile>(initial);
  const [form, setForm] = useState<Form>(() => toForm(initial));
  const [problem, setProblem] = useState<string | null>(null);
  const edit = (profile: NetworkProfile): void => {
    setBase(profile);
    setForm(toForm(profile));
    setProblem(null);
  };

  const save = async (): Promise<void> => {
    // A built-in network is saved as an editable copy.
    const target = base.builtIn ? { ...base, id: blank().id, builtIn: false } : base;
    const profile = toProfile(target, form);
    setProblem(null);
    // A refusal (say, an http:// login address) shows here; the form keeps what was typed.
    if (await saveProfile(profile, setProblem)) edit(profile);
  };

  return (
    <Section caption={en.options.tabs.connection}>
      <p className="muted">{en.options.whyConnection}</p>
      {/* A div, not a label around it all: the button must not become part of the label. */}
      <div className="field field--inline">
        <label htmlFor="p-network">{en.options.network}</label>
        <select
          id="p-network"
          value={base.id}
          onChange={(e) => {
            const p = profiles.find((x) => x.id === e.target.value);
            if (p) {
              edit(p);
              void update({ lastProfileId: p.id });
            }
          }}
        >
          {profiles.some((p) => p.id === base.id) ? null : (
            <option value={base.id}>{form.name}</option>
          )}
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={() => edit(blank())}>
          {en.options.newProfile}
        </button>
      </div>
      {base.builtIn ? <p className="muted">{en.options.builtIn}</p> : null}
      {base.unverified ? <p className="muted">{en.options.unverified}</p> : null}
      <div className="profile-form">
        {FIELDS.map(({ key, id, label, multiline }) => {
          const props = {
            id,
            className: 'text-input',
            value: form[key],
            onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
              setForm((f) => ({ ...f, [key]: e.target.value })),
          };
          return [
            <label key={`${id}-label`} htmlFor={id}>
              {label}
            </label>,
            multiline ? (
              <textarea key={id} {...props} />
            ) : (
              <input key={id} type={key === 'port' ? 'number' : 'text'} {...props} />
            ),
          ];
        })}
      </div>
      <DialogProblem problem={problem} />
      <div className="check" style={{ marginTop: 8 }}>
        <button type="button" className="button" onClick={() => void save()}>
          {en.options.saveProfile}
        </button>
        <button
          type="button"
          className="button"
          disabled={base.builtIn || !profiles.some((p) => p.id === base.id)}
          onClick={() => void removeProfile(base.id)}
        >
          {en.options.removeProfile}
        </button>
      </div>
    </Section>
  );
}
