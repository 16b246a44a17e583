// Network set-up requests of Options → Connection: test a connection, export and import a
// network file. Results belong to the tab that asked, so this is actions only, no state.
import type { ConnectionTestResult, NetworkProfile } from '@shared/domain';
import type { NetworkImportPreview } from '@shared/ipc/network-file';
import { create } from 'zustand';
import { ask, attempt } from './client';
import { useSession } from './session';

/** The network as the form has it, tested without a password. */
export function testConnection(
  profile: NetworkProfile,
  email: string,
  onError: (message: string) => void,
): Promise<ConnectionTestResult | undefined> {
  const address = email.trim();
  return ask('networks:test', { profile, ...(address ? { email: address } : {}) }, onError);
}

/** Hands main the network's proxy password to keep (msnp8 http-gateway.md §5). */
export function saveProxyPassword(
  profileId: string,
  password: string,
  onError: (message: string) => void,
): Promise<boolean> {
  return attempt('profiles:setProxyPassword', { profileId, password }, onError);
}

/**
 * Exports a saved network. Main saves it with a dialog where it has one; otherwise (the web
 * harness) the page downloads the file. Resolves to the file name when it was written.
 */
export async function exportNetwork(
  profileId: string,
  onError: (message: string) => void,
): Promise<string | null> {
  const result = await ask('networks:export', { profileId }, onError);
  if (!result || result.saved === 'cancelled') return null;
  if (result.saved === 'download') download(result.fileName, result.text);
  return result.fileName;
}

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Reads a network file to preview it: in the web harness the page hands over the file the
 * person picked; in Electron main shows its own open dialog (`file` is then absent).
 */
export async function importNetwork(
  file: File | null,
  onError: (message: string) => void,
): Promise<NetworkImportPreview | null> {
  const web = useSession.getState().platform === 'web';
  if (web && !file) return null;
  const text = file ? await file.text() : undefined;
  return (await ask('networks:import', text === undefined ? {} : { text }, onError)) ?? null;
}

/** The address typed on the sign-in screen, for Test connection's USR TWN I. */
export const useSignInDraft = create<{ email: string }>()(() => ({ email: '' }));
