// The only place that maps MSNP8 status codes to words, icons, suffixes and muting
// (../shared/ui-spec.md §2; reference: presence.md §1).
import type { SettableStatus, Status } from '@shared/domain';
import { l10n } from '../strings';

export type StatusIcon = 'online' | 'busy' | 'away' | 'offline' | 'hidden';

export interface StatusDisplay {
  /** Words for the own-status menu and the header. */
  label: string;
  /** Suffix others see after the name; empty for Online and offline. */
  suffix: string;
  icon: StatusIcon;
  /** Counted under "Online" in the Online/Not Online view. */
  online: boolean;
  /** Sounds and toasts are muted while the own status is this. */
  mutes: boolean;
}

function make(code: Status): StatusDisplay {
  const label = l10n.status[code];
  switch (code) {
    case 'NLN':
      return { label, suffix: '', icon: 'online', online: true, mutes: false };
    case 'BSY':
    case 'PHN':
      return { label, suffix: `(${label})`, icon: 'busy', online: true, mutes: code === 'BSY' };
    case 'BRB':
    case 'AWY':
    case 'LUN':
    case 'IDL':
      return { label, suffix: `(${label})`, icon: 'away', online: true, mutes: false };
    case 'HDN':
      return { label, suffix: '', icon: 'hidden', online: false, mutes: false };
    case 'FLN':
      return { label, suffix: '', icon: 'offline', online: false, mutes: false };
  }
}

const STATUSES: readonly Status[] = ['NLN', 'BSY', 'BRB', 'AWY', 'PHN', 'LUN', 'HDN', 'IDL', 'FLN'];

// One table per language, built when that language is first shown (the words are in it).
const tables = new WeakMap<object, Record<Status, StatusDisplay>>();

function table(): Record<Status, StatusDisplay> {
  let found = tables.get(l10n);
  if (!found) {
    found = Object.fromEntries(STATUSES.map((code) => [code, make(code)])) as Record<
      Status,
      StatusDisplay
    >;
    tables.set(l10n, found);
  }
  return found;
}

export function statusDisplay(code: Status): StatusDisplay {
  const current = table();
  return current[code] ?? current.FLN;
}

/** The seven statuses of the My Status menu and the sign-in chooser, in menu order. */
export const MENU_STATUSES: readonly SettableStatus[] = [
  'NLN',
  'BSY',
  'BRB',
  'AWY',
  'PHN',
  'LUN',
  'HDN',
];

export function isOnline(code: Status): boolean {
  return statusDisplay(code).online;
}
