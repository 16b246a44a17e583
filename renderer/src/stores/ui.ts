// UI store: what is on screen that main does not know about: filter, selection, collapsed
// groups, dialogs, open conversation tabs (web harness), notices.
import { create } from 'zustand';
import type { Toast } from '@shared/ipc/events';

export type OptionsTab =
  'personal' | 'preferences' | 'privacy' | 'sounds' | 'connection' | 'history';

export type Dialog =
  | { kind: 'options'; tab: OptionsTab }
  | { kind: 'addContact' }
  | { kind: 'properties'; email: string }
  | { kind: 'nickname'; email: string }
  | { kind: 'confirmDelete'; email: string }
  | { kind: 'createGroup' }
  | { kind: 'renameGroup'; groupId: number }
  | { kind: 'confirmDeleteGroup'; groupId: number };

export interface Notice {
  id: number;
  level: 'info' | 'warning' | 'error';
  text: string;
  /** An optional button beside the text, e.g. "Change Status". */
  action?: { label: string; run: () => void };
}

export interface UiStore {
  filter: string;
  selected: string | null;
  collapsed: Record<string, boolean>;
  dialog: Dialog | null;
  /** Conversations shown in-page (web harness), in tab order, and the one in front. */
  tabs: string[];
  activeConversation: string | null;
  notices: Notice[];
  /** In-page toasts (web harness; Electron shows desktop notifications). */
  toasts: Toast[];
  /** Bumped by a nudge: the window shakes when it changes. */
  shakeAt: number;
  /** People whose added-you prompt was closed with "decide later" this session. */
  deferredAddedBy: string[];
  setFilter(filter: string): void;
  select(key: string | null): void;
  toggleCollapsed(groupKey: string): void;
  setCollapsed(groupKey: string, collapsed: boolean): void;
  openDialog(dialog: Dialog): void;
  closeDialog(): void;
  showConversation(id: string): void;
  /** Adds a tab without taking the front, unless nothing is in front yet. */
  addTab(id: string): void;
  closeConversation(id: string): void;
  notify(level: Notice['level'], text: string, action?: Notice['action']): void;
  dismissNotice(id: number): void;
  addToast(toast: Toast): void;
  dismissToast(id: string): void;
  shake(): void;
  deferAddedBy(email: string): void;
}

const COLLAPSED_KEY = 'tweener.collapsedGroups';

function loadCollapsed(): Record<string, boolean> {
  try {
    const raw = globalThis.localStorage?.getItem(COLLAPSED_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, boolean>) : {};
  } catch {
    return {};
  }
}

function saveCollapsed(collapsed: Record<string, boolean>): void {
  try {
    globalThis.localStorage?.setItem(COLLAPSED_KEY, JSON.stringify(collapsed));
  } catch {
    // Not fatal: collapse state is a convenience.
  }
}

let noticeId = 0;

/** What is on screen before anything happened (tests start each case from here). */
export const initialUi = (): Omit<UiStore, FunctionKeys<UiStore>> => ({
  filter: '',
  selected: null,
  collapsed: loadCollapsed(),
  dialog: null,
  tabs: [],
  activeConversation: null,
  notices: [],
  toasts: [],
  shakeAt: 0,
  deferredAddedBy: [],
});

type FunctionKeys<T> = {
  [K in keyof T]: T[K] extends (...args: never[]) => unknown ? K : never;
}[keyof T];

export const useUi = create<UiStore>()((set, get) => ({
  ...initialUi(),
  setFilter: (filter) => set({ filter }),
  select: (selected) => set({ selected }),
  toggleCollapsed(groupKey) {
    get().setCollapsed(groupKey, !get().collapsed[groupKey]);
  },
  setCollapsed(groupKey, value) {
    const collapsed = { ...get().collapsed, [groupKey]: value };
    if (!value) delete collapsed[groupKey];
    saveCollapsed(collapsed);
    set({ collapsed });
  },
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  showConversation(id) {
    set((s) => ({
      tabs: s.tabs.includes(id) ? s.tabs : [...s.tabs, id],
      activeConversation: id,
    }));
  },
  addTab(id) {
    set((s) => ({
      tabs: s.tabs.includes(id) ? s.tabs : [...s.tabs, id],
      activeConversation: s.activeConversation ?? id,
    }));
  },
  closeConversation(id) {
    set((s) => {
      const tabs = s.tabs.filter((t) => t !== id);
      const active =
        s.activeConversation === id ? (tabs[tabs.length - 1] ?? null) : s.activeConversation;
      return { tabs, activeConversation: active };
    });
  },
  notify(level, text, action) {
    noticeId += 1;
    const notice: Notice = action
      ? { id: noticeId, level, text, action }
      : { id: noticeId, level, text };
    set((s) => ({ notices: [...s.notices.slice(-4), notice] }));
  },
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  // Up to 4 visible, older ones pushed out (ui-spec §1.5).
  addToast: (toast) =>
    set((s) => ({ toasts: [...s.toasts.filter((t) => t.id !== toast.id), toast].slice(-4) })),
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
  shake: () => set({ shakeAt: Date.now() }),
  deferAddedBy: (email) => set((s) => ({ deferredAddedBy: [...s.deferredAddedBy, email] })),
}));
