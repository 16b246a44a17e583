// History store (Options ▸ History): a search whose results page in as the person scrolls,
// the conversation around a result, exports, and imports of other clients' logs.
import { create } from 'zustand';
import type {
  HistoryContext,
  HistoryExportFormat,
  HistoryExportResult,
  HistoryHit,
  ImportPreview,
  ImportProgress,
} from '@shared/ipc/history';
import { call } from './client';

export interface HistoryQuery {
  text: string;
  contact: string;
  /** yyyy-mm-dd, or '' for no bound. */
  from: string;
  to: string;
}

const PAGE = 30;
/** A page can come back short when main capped its work; ask again this many times at most. */
const FOLLOW_UPS = 20;

export interface HistoryStore {
  query: HistoryQuery;
  results: HistoryHit[];
  cursor: string | null;
  loading: boolean;
  searched: boolean;
  /** The conversation around a result, when one is open. */
  context: HistoryContext | null;
  /** People with a stored history, most recent first. */
  contacts: string[];
  exported: HistoryExportResult | null;
  importPreview: ImportPreview | null;
  importProgress: ImportProgress | null;
  setQuery(patch: Partial<HistoryQuery>): void;
  loadContacts(): Promise<void>;
  search(): Promise<void>;
  loadMore(): Promise<void>;
  open(ref: string): Promise<void>;
  earlier(): Promise<void>;
  later(): Promise<void>;
  closeContext(): void;
  clear(contact?: string): Promise<void>;
  exportHistory(format: HistoryExportFormat): Promise<void>;
  chooseImport(): Promise<void>;
  startImport(sourceIds: string[]): Promise<void>;
  cancelImport(): Promise<void>;
  onImportProgress(progress: ImportProgress): void;
}

const dayStart = (day: string): number | undefined => {
  const time = day ? Date.parse(`${day}T00:00:00`) : NaN;
  return Number.isFinite(time) && time >= 0 ? time : undefined;
};

export const useHistory = create<HistoryStore>()((set, get) => ({
  query: { text: '', contact: '', from: '', to: '' },
  results: [],
  cursor: null,
  loading: false,
  searched: false,
  context: null,
  contacts: [],
  exported: null,
  importPreview: null,
  importProgress: null,
  setQuery(patch) {
    set({ query: { ...get().query, ...patch } });
  },
  async loadContacts() {
    const contacts = await call('history:contacts', undefined);
    set({ contacts: contacts ?? [] });
  },
  async search() {
    set({ results: [], cursor: null, searched: false, context: null, exported: null });
    await page(true);
  },
  async loadMore() {
    if (get().cursor === null || get().loading) return;
    await page(false);
  },
  async open(ref) {
    const context = await call('history:context', { ref, before: 20, after: 20 });
    if (context) set({ context });
  },
  async earlier() {
    const current = get().context;
    const first = current?.entries[0];
    if (!current || !first || !current.hasBefore) return;
    const more = await call('history:context', { ref: first.ref, before: 30, after: 0 });
    if (!more) return;
    set({
      context: {
        ...current,
        entries: [...more.entries.slice(0, -1), ...current.entries],
        hasBefore: more.hasBefore,
      },
    });
  },
  async later() {
    const current = get().context;
    const last = current?.entries.at(-1);
    if (!current || !last || !current.hasAfter) return;
    const more = await call('history:context', { ref: last.ref, before: 0, after: 30 });
    if (!more) return;
    set({
      context: {
        ...current,
        entries: [...current.entries, ...more.entries.slice(1)],
        hasAfter: more.hasAfter,
      },
    });
  },
  closeContext() {
    set({ context: null });
  },
  async clear(contact) {
    await call('history:clear', contact ? { contact } : {});
    set({ results: [], cursor: null, searched: false, context: null });
    await get().loadContacts();
  },
  async exportHistory(format) {
    const { contact } = get().query;
    const result = await call('history:export', { format, ...(contact ? { contact } : {}) });
    set({ exported: result ?? null });
  },
  async chooseImport() {
    const preview = await call('history:importChoose', undefined);
    set({ importPreview: preview ?? null, importProgress: null });
  },
  async startImport(sourceIds) {
    const preview = get().importPreview;
    if (!preview) return;
    await call('history:importStart', { importId: preview.importId, sources: sourceIds });
  },
  async cancelImport() {
    const progress = get().importProgress ?? null;
    const id = progress?.importId ?? get().importPreview?.importId;
    if (id) await call('history:importCancel', { importId: id });
  },
  onImportProgress(progress) {
    set({ importProgress: progress });
    if (progress.state !== 'running') {
      set({ importPreview: null });
      void get().loadContacts();
    }
  },
}));

/** Fetches the next page; a short page with more to come is followed up (bounded). */
async function page(first: boolean): Promise<void> {
  const store = useHistory;
  const { query } = store.getState();
  store.setState({ loading: true });
  try {
    let wanted = PAGE;
    for (let round = 0; round < FOLLOW_UPS && wanted > 0; round++) {
      const cursor = store.getState().cursor;
      if (!first && round === 0 && cursor === null) return;
      if (round > 0 && cursor === null) break;
      const from = dayStart(query.from);
      const toDay = dayStart(query.to);
      const result = await call('history:search', {
        limit: PAGE,
        ...(query.text.trim() ? { text: query.text.trim() } : {}),
        ...(query.contact ? { contact: query.contact } : {}),
        ...(from !== undefined ? { from } : {}),
        ...(toDay !== undefined ? { to: toDay + 86_400_000 - 1 } : {}),
        ...(cursor !== null ? { cursor } : {}),
      });
      if (!result) break;
      store.setState((s) => ({
        results: [...s.results, ...result.hits],
        cursor: result.cursor,
        searched: true,
      }));
      wanted -= result.hits.length;
    }
  } finally {
    store.setState({ loading: false });
  }
}
