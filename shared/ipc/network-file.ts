// A `.tweener-network` file: one network, shared as a small JSON file instead of a page of
// instructions. Name, addresses, optional CA, pin, switchboard override and HTTP gateway;
// never a password, and never a proxy or a way to connect: those are the reader's own (a file
// that could set a proxy could send someone's traffic through a stranger). Any field not
// listed here is refused, so a password cannot ride along. Parsed in main: the file comes from
// a person or a page, and either may be hostile.
import { z } from 'zod';
import type { NetworkProfile } from '../domain';
import { networkProfileSchema } from './requests';

export const NETWORK_FILE_EXTENSION = '.tweener-network';
export const NETWORK_FILE_FORMAT = 'tweener-network';
/** A CA certificate is a few kilobytes; anything near this is not a network file. */
export const MAX_NETWORK_FILE_CHARS = 200_000;

const fingerprint = z
  .string()
  .max(100)
  .transform((text) => text.replace(/[\s:]/g, '').toUpperCase())
  .refine((hex) => /^[0-9A-F]{64}$/.test(hex), 'must be a SHA-256 fingerprint (64 hex digits)')
  .transform((hex) => (hex.match(/../g) ?? []).join(':'));

export const networkFileSchema = z
  .object({
    format: z.literal(NETWORK_FILE_FORMAT, { message: `must be "${NETWORK_FILE_FORMAT}"` }),
    version: z.literal(1, { message: 'must be 1 (this version of Tweener reads version 1)' }),
    name: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .regex(
        // eslint-disable-next-line no-control-regex
        /^[^\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]+$/,
        'no control characters',
      ),
    host: z.string(),
    port: z.number(),
    nexusUrl: z.string().nullable().optional(),
    loginUrl: z.string().nullable().optional(),
    caCertPem: z.string().nullable().optional(),
    pinnedCertSha256: fingerprint.nullable().optional(),
    switchboardAddress: z.string().nullable().optional(),
    passportHosts: z.array(z.string()).nullable().optional(),
    /** The network's HTTP gateway as host[:port] (msnp8 http-gateway.md §1), if not its host. */
    gateway: z.string().nullable().optional(),
  })
  .strict();

export type NetworkFile = z.output<typeof networkFileSchema>;

/** What importing a file will add, shown to the person before anything is added. */
export interface NetworkImportPreview {
  profile: NetworkProfile;
  /** The CA certificate the file carries, as main read it. */
  ca: { subject: string; sha256: string } | null;
}

/** An exported network: the file's name and text; `saved` says who writes it. */
export interface NetworkExport {
  fileName: string;
  text: string;
  /** 'download': no dialog in main (web harness), the page downloads the text itself. */
  saved: 'saved' | 'cancelled' | 'download';
}

export type NetworkFileResult =
  { ok: true; profile: NetworkProfile } | { ok: false; error: string };

function issueText(issues: z.core.$ZodIssue[]): string {
  const first = issues[0];
  if (!first) return 'it is not a network file.';
  if (first.code === 'unrecognized_keys') {
    return `it has fields a network file does not have (${first.keys.slice(0, 3).join(', ')}).`;
  }
  const where = first.path.length > 0 ? first.path.join('.') : 'the file';
  return `${where}: ${first.message}.`;
}

/** Reads a network file into a new custom profile (id given by the caller). */
export function parseNetworkFile(text: string, id: string): NetworkFileResult {
  const fail = (why: string): NetworkFileResult => ({
    ok: false,
    error: `This is not a Tweener network file: ${why}`,
  });
  if (text.length > MAX_NETWORK_FILE_CHARS) return fail('it is far too large.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('it is not JSON.');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail('it is not a JSON object.');
  }
  const file = networkFileSchema.safeParse(json);
  if (!file.success) return fail(issueText(file.error.issues));
  const { format: _format, version: _version, ...fields } = file.data;
  // The same rules as a network saved in Options (https only, a host name, a PEM, …).
  const profile = networkProfileSchema.safeParse({
    id,
    name: fields.name,
    host: fields.host,
    port: fields.port,
    nexusUrl: fields.nexusUrl ?? null,
    loginUrl: fields.loginUrl ?? null,
    caCertPem: fields.caCertPem ?? null,
    pinnedCertSha256: fields.pinnedCertSha256 ?? null,
    switchboardAddress: fields.switchboardAddress ?? null,
    passportHosts: fields.passportHosts ?? null,
    // The reader connects automatically (http-gateway.md §4), through the gateway it names.
    ...(fields.gateway ? { connection: { mode: 'automatic', gateway: fields.gateway } } : {}),
    builtIn: false,
  });
  if (!profile.success) return fail(issueText(profile.error.issues));
  return { ok: true, profile: profile.data };
}

/** The file for a network: what another person needs to add it, and nothing secret. */
export function networkFileText(profile: NetworkProfile): string {
  const file: NetworkFile = {
    format: NETWORK_FILE_FORMAT,
    version: 1,
    name: profile.name,
    host: profile.host,
    port: profile.port,
    nexusUrl: profile.nexusUrl,
    loginUrl: profile.loginUrl,
    caCertPem: profile.caCertPem,
    pinnedCertSha256: profile.pinnedCertSha256,
    switchboardAddress: profile.switchboardAddress ?? null,
    passportHosts: profile.passportHosts ?? null,
    ...(profile.connection?.gateway ? { gateway: profile.connection.gateway } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name for the network: its name, tamed, with the extension. */
export function networkFileName(profile: NetworkProfile): string {
  const base =
    profile.name
      .replace(/[^A-Za-z0-9 ._-]+/g, '')
      .trim()
      .slice(0, 60) || 'network';
  return `${base}${NETWORK_FILE_EXTENSION}`;
}
