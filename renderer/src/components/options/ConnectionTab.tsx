// Connection: pick a network profile, see and edit its addresses and pinned certificate, save
// (which makes it the chosen network), test it without a password, export and import network
// files. The form keeps exactly what the person typed; profile-form.ts tidies it on Save.
import { useRef, useState } from 'react';
import type { ConnectionTestResult, NetworkProfile } from '@shared/domain';
import type { NetworkImportPreview } from '@shared/ipc/network-file';
import {
  exportNetwork,
  importNetwork,
  saveProxyPassword,
  testConnection,
  useSignInDraft,
} from '../../stores/networks';
import { useSession } from '../../stores/session';
import { usePreferences } from '../../stores/preferences';
import { l10n } from '../../strings';
import { DialogProblem } from '../dialogs/Dialog';
import { ConnectionTestSteps } from './ConnectionTestSteps';
import { ImportPreview } from './ImportPreview';
import { Fingerprint } from '../sign-in/Fingerprint';
import {
  blankProfile as blank,
  hostOf,
  isIpAddress,
  tidyFingerprint,
  toForm,
  toProfile,
} from './profile-form';
import type { ProfileForm } from './profile-form';
import { Section } from './Section';
import { ConnectionFields } from './ConnectionFields';

type Form = ProfileForm;

// A function: the labels are read in the language in use when the tab renders.
const fields = (): { key: keyof Form; id: string; label: string; multiline?: boolean }[] => [
  { key: 'name', id: 'p-name', label: l10n.options.profileName },
  { key: 'host', id: 'p-host', label: l10n.options.host },
  { key: 'port', id: 'p-port', label: l10n.options.port },
  { key: 'nexusUrl', id: 'p-nexus', label: l10n.options.nexus },
  { key: 'loginUrl', id: 'p-login', label: l10n.options.loginUrl },
  { key: 'passportHosts', id: 'p-passport-hosts', label: l10n.options.passportHosts },
  { key: 'switchboardAddress', id: 'p-switchboard', label: l10n.options.switchboard },
  { key: 'caCertPem', id: 'p-ca', label: l10n.options.caCert, multiline: true },
];

export function ConnectionTab(): React.JSX.Element {
  const profiles = useSession((s) => s.profiles);
  const web = useSession((s) => s.platform === 'web');
  const saveProfile = useSession((s) => s.saveProfile);
  const removeProfile = useSession((s) => s.removeProfile);
  const lastProfileId = usePreferences((s) => s.settings.lastProfileId);
  const update = usePreferences((s) => s.update);
  const typedEmail = useSignInDraft((s) => s.email);
  const initial = profiles.find((p) => p.id === lastProfileId) ?? profiles[0] ?? blank();
  const [base, setBase] = useState<NetworkProfile>(initial);
  const [form, setForm] = useState<Form>(() => toForm(initial));
  const [problem, setProblem] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [testing, setTesting] = useState(false);
  const [result, setResult] = useState<ConnectionTestResult | null>(null);
  const [preview, setPreview] = useState<NetworkImportPreview | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // Networks whose proxy password was kept during this visit (main never hands it back).
  const [proxyPasswordKept, setProxyPasswordKept] = useState<string[]>([]);
  const saved = profiles.some((p) => p.id === base.id);

  const edit = (profile: NetworkProfile): void => {
    setBase(profile);
    setForm(toForm(profile));
    setProblem(null);
    setNote(null);
    setResult(null);
  };

  const save = async (): Promise<void> => {
    // A built-in network is saved as an editable copy.
    const target = base.builtIn ? { ...base, id: blank().id, builtIn: false } : base;
    const profile = toProfile(target, form);
    setProblem(null);
    // A refusal (say, an http:// login address) shows here; the form keeps what was typed.
    if (!(await saveProfile(profile, setProblem))) return;
    // The proxy password goes to main's secret store, never into the profile.
    if (
      form.proxyPassword !== '' &&
      !(await saveProxyPassword(profile.id, form.proxyPassword, setProblem))
    )
      return;
    if (form.proxyPassword !== '') setProxyPasswordKept((kept) => [...kept, profile.id]);
    edit(profile);
  };

  const test = async (): Promise<void> => {
    setProblem(null);
    setResult(null);
    setTesting(true);
    const outcome = await testConnection(toProfile(base, form), typedEmail, setProblem);
    setTesting(false);
    if (outcome) setResult(outcome);
  };

  const exportIt = async (): Promise<void> => {
    setProblem(null);
    const file = await exportNetwork(base.id, setProblem);
    setNote(file ? l10n.networkFile.exported({ file }) : null);
  };

  const importIt = async (file: File | null): Promise<void> => {
    setProblem(null);
    setPreview(await importNetwork(file, setProblem));
  };

  const addImported = async (profile: NetworkProfile): Promise<void> => {
    setPreview(null);
    if (await saveProfile(profile, setProblem)) edit(profile);
  };

  const tidyPin = tidyFingerprint(form.pinnedCertSha256);
  const shownPin = tidyPin && /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/.test(tidyPin) ? tidyPin : null;
  const ipHosts = [form.host, form.nexusUrl, form.loginUrl].map(hostOf).some(isIpAddress);

  return (
    <Section caption={l10n.options.tabs.connection}>
      <p className="muted">{l10n.options.whyConnection}</p>
      {/* A div, not a label around it all: the button must not become part of the label. */}
      <div className="field field--inline">
        <label htmlFor="p-network">{l10n.options.network}</label>
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
          {saved ? null : <option value={base.id}>{form.name}</option>}
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={() => edit(blank())}>
          {l10n.options.newProfile}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => (web ? fileInput.current?.click() : void importIt(null))}
        >
          {l10n.networkFile.import}
        </button>
        {web ? (
          <input
            ref={fileInput}
            type="file"
            hidden
            accept=".tweener-network,application/json"
            aria-label={l10n.networkFile.chooseFile}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0] ?? null;
              // Cleared so that picking the same file again still reads it.
              event.currentTarget.value = '';
              if (file) void importIt(file);
            }}
          />
        ) : null}
      </div>
      {preview ? (
        <ImportPreview
          preview={preview}
          onAdd={() => void addImported(preview.profile)}
          onCancel={() => setPreview(null)}
        />
      ) : null}
      {base.builtIn ? <p className="muted">{l10n.options.builtIn}</p> : null}
      {base.unverified ? <p className="muted">{l10n.options.unverified}</p> : null}
      <div className="profile-form">
        {fields().map(({ key, id, label, multiline }) => {
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
        <label htmlFor="p-pin" className="pin-label">
          {l10n.options.pinned}
        </label>
        {/* A stored pin is shown whole (two lines) with Remove; otherwise one may be pasted. */}
        {shownPin ? (
          <div className="pin-field">
            <output id="p-pin" className="pin-field__value" aria-label={l10n.options.pinned}>
              <Fingerprint value={shownPin} />
            </output>
            <button
              type="button"
              className="button"
              onClick={() => setForm((f) => ({ ...f, pinnedCertSha256: '' }))}
            >
              {l10n.options.pinRemove}
            </button>
          </div>
        ) : (
          <input
            id="p-pin"
            className="text-input fingerprint pin-field"
            value={form.pinnedCertSha256}
            placeholder={l10n.options.pinPaste}
            onChange={(e) => setForm((f) => ({ ...f, pinnedCertSha256: e.target.value }))}
          />
        )}
      </div>
      {form.pinnedCertSha256 === '' ? <p className="muted">{l10n.options.pinNone}</p> : null}
      <ConnectionFields
        form={form}
        setForm={setForm}
        passwordKept={proxyPasswordKept.includes(base.id)}
      />
      {ipHosts ? <p className="muted">{l10n.options.ipNote}</p> : null}
      <DialogProblem problem={problem} />
      {note ? <p className="muted">{note}</p> : null}
      <div className="check" style={{ marginTop: 8 }}>
        <button type="button" className="button" onClick={() => void save()}>
          {l10n.options.saveProfile}
        </button>
        <button
          type="button"
          className="button"
          disabled={base.builtIn || !saved}
          onClick={() => void removeProfile(base.id)}
        >
          {l10n.options.removeProfile}
        </button>
        <button type="button" className="button" disabled={testing} onClick={() => void test()}>
          {testing ? l10n.connectionTest.running : l10n.connectionTest.run}
        </button>
        <button type="button" className="button" disabled={!saved} onClick={() => void exportIt()}>
          {l10n.networkFile.export}
        </button>
      </div>
      {result ? (
        <ConnectionTestSteps result={result} placeholder={typedEmail.trim() === ''} />
      ) : null}
    </Section>
  );
}
