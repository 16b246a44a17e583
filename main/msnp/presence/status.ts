// Status codes. reference: presence.md §1
import type { SettableStatus, Status } from '../../../shared/domain';

const STATUSES: ReadonlySet<string> = new Set([
  'NLN',
  'BSY',
  'IDL',
  'BRB',
  'AWY',
  'PHN',
  'LUN',
  'HDN',
  'FLN',
]);

export function isStatus(value: string | undefined): value is Status {
  return value !== undefined && STATUSES.has(value);
}

export function isSettableStatus(value: string | undefined): value is SettableStatus {
  return isStatus(value) && value !== 'FLN';
}
