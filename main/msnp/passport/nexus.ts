// The Passport nexus: where is the login server? reference: login.md §5.1
import { PassportError, PASSPORT_UNAVAILABLE } from './errors';
import { httpsGet } from './https';
import type { TlsTrust } from './https';

/** Splits `PassportURLs` into name → value (each item at its first `=`). */
export function parsePassportUrls(value: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of value.split(',')) {
    const eq = item.indexOf('=');
    if (eq <= 0) continue;
    out.set(item.slice(0, eq).trim(), item.slice(eq + 1).trim());
  }
  return out;
}

/** The login URL from a `PassportURLs` value, with `https://` prepended when it has no scheme. */
export function daLoginUrl(passportUrls: string): string | null {
  const da = parsePassportUrls(passportUrls).get('DALogin');
  if (!da) return null;
  return /^https?:\/\//i.test(da) ? da : `https://${da}`;
}

/** login.md §5.1: the nexus answer changes rarely; cache DALogin per nexus URL. */
export class NexusCache {
  private readonly byNexus = new Map<string, string>();
  get(nexusUrl: string): string | undefined {
    return this.byNexus.get(nexusUrl);
  }
  set(nexusUrl: string, loginUrl: string): void {
    this.byNexus.set(nexusUrl, loginUrl);
  }
  forget(nexusUrl: string): void {
    this.byNexus.delete(nexusUrl);
  }
}

export const defaultNexusCache = new NexusCache();

/** Asks the nexus for the login server (login.md §5.1). */
export async function fetchLoginUrl(
  nexusUrl: string,
  trust: TlsTrust,
  timeoutMs?: number,
  signal?: AbortSignal,
): Promise<string> {
  const res = await httpsGet(nexusUrl, {}, trust, timeoutMs, signal);
  // Node lower-cases header names; Escargot sends `Passporturls` (msnp8/README.md §11).
  const header = res.headers['passporturls'];
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const url = res.status === 200 ? daLoginUrl(value) : null;
  if (!url) {
    throw new PassportError({ kind: 'serverBusy', message: PASSPORT_UNAVAILABLE }, res.status);
  }
  return url;
}
