// Operations on one's own account: display name (REA) and web-service URLs (URL).
// reference: contacts.md §8 (REA), notifications.md §6 (URL)
import { decodeParam, encodeParam } from '../codec';
import { storedNameChanged } from '../contacts/reducers';
import { OperationError } from '../failures';
import { MAX_NAME_BYTES } from './list-ops';
import type { NotificationSession } from './session';

/** REA <own email> <name> → REA <version> <email> <name>; contacts see it through NLN. */
export async function setFriendlyName(s: NotificationSession, name: string): Promise<void> {
  const trimmed = name.trim();
  if (trimmed === '') throw new OperationError('Please enter a display name.');
  const encoded = encodeParam(trimmed);
  if (encoded.length > MAX_NAME_BYTES) throw new OperationError('That display name is too long.');
  const r = await s.request('REA', [s.selfEmail, encoded]);
  const newName = r.params[2] !== undefined ? decodeParam(r.params[2]) : trimmed;
  const v = r.params[0] !== undefined && /^\d+$/.test(r.params[0]) ? Number(r.params[0]) : null;
  s.commit(storedNameChanged(s.list, v, s.selfEmail, newName), []);
  s.updateSelf({ friendlyName: newName });
}

/** URL <service> → URL <redirect-url> <login-url> <site-id>; the redirect URL is returned. */
export async function requestUrl(s: NotificationSession, service: string): Promise<string> {
  if (!/^[A-Z0-9]{1,20}$/.test(service)) throw new OperationError('Unknown web service.');
  const r = await s.request('URL', [service]);
  return r.params[0] ?? '';
}
