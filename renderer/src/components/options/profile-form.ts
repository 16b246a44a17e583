// The network profile form of Options → Connection as data: what the person typed, and the
// profile it becomes on Save. Pure, so a test checks it without a DOM. The form keeps text
// exactly as typed (spaces, line breaks in a PEM); it is tidied here, on Save.
import type { NetworkProfile } from '../../../../shared/domain';

export const DEFAULT_PORT = 1863;

export const blankProfile = (): NetworkProfile => ({
  id: `custom-${Date.now().toString(36)}`,
  name: 'Custom',
  host: '',
  port: DEFAULT_PORT,
  nexusUrl: null,
  loginUrl: null,
  caCertPem: null,
  pinnedCertSha256: null,
  switchboardAddress: null,
  builtIn: false,
});

/** The editable fields, as typed. */
export interface ProfileForm {
  name: string;
  host: string;
  port: string;
  nexusUrl: string;
  loginUrl: string;
  caCertPem: string;
  /** `host:port`, or empty for the address the server names (msnp8 README.md §11). */
  switchboardAddress: string;
}

export const toForm = (p: NetworkProfile): ProfileForm => ({
  name: p.name,
  host: p.host,
  port: String(p.port),
  nexusUrl: p.nexusUrl ?? '',
  loginUrl: p.loginUrl ?? '',
  caCertPem: p.caCertPem ?? '',
  switchboardAddress: p.switchboardAddress ?? '',
});

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** Main validates the result (networkProfileSchema); a refusal shows under the form. */
export const toProfile = (base: NetworkProfile, form: ProfileForm): NetworkProfile => ({
  ...base,
  name: form.name.trim(),
  host: form.host.trim(),
  port: Number(form.port) || DEFAULT_PORT,
  nexusUrl: orNull(form.nexusUrl),
  loginUrl: orNull(form.loginUrl),
  caCertPem: orNull(form.caCertPem),
  switchboardAddress: orNull(form.switchboardAddress),
});
