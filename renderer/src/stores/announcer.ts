// What screen readers are told, apart from what is on screen: two app-level live regions
// (ui-spec §6.2), one polite (messages, typing, progress, alerts) and one assertive (failures).
// A few recent lines are kept as separate nodes: a screen reader reads the node that was
// added, so the same words twice in a row are still announced, and nothing else is repeated.
import { create } from 'zustand';
import { l10n } from '../strings';
import { useSession } from './session';

export type Politeness = 'polite' | 'assertive';

export interface Announcement {
  id: number;
  text: string;
}

const KEEP = 3;

interface AnnouncerStore {
  polite: Announcement[];
  assertive: Announcement[];
  announce(text: string, politeness?: Politeness): void;
}

let nextId = 0;

export const useAnnouncer = create<AnnouncerStore>()((set) => ({
  polite: [],
  assertive: [],
  announce(text, politeness = 'polite') {
    const line = text.trim();
    if (!line) return;
    nextId += 1;
    const entry = { id: nextId, text: line };
    set((s) => ({ [politeness]: [...s[politeness].slice(1 - KEEP), entry] }));
  },
}));

export function announce(text: string, politeness: Politeness = 'polite'): void {
  useAnnouncer.getState().announce(text, politeness);
}

/**
 * Whether this window shows the conversation: the web page docks them all; in Electron each
 * conversation has its own window (`#/conversation/<id>`), and only that one speaks for it.
 */
export function showsConversation(conversationId: string): boolean {
  if (useSession.getState().platform === 'web') return true;
  const hash = globalThis.location?.hash ?? '';
  const prefix = '#/conversation/';
  if (!hash.startsWith(prefix)) return false;
  try {
    return decodeURIComponent(hash.slice(prefix.length)) === conversationId;
  } catch {
    return false;
  }
}

/** Whether this is the main window (sign-in, the list), not a conversation's own window. */
export function isMainWindow(): boolean {
  return !(globalThis.location?.hash ?? '').startsWith('#/conversation/');
}

/** A message of mine that could not be delivered: said at once, with its words. */
export function announceDeliveryFailure(conversationId: string, text: string): void {
  if (showsConversation(conversationId)) announce(l10n.announce.failed({ text }), 'assertive');
}
