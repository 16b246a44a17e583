// What history requests answer: search pages, the conversation around a result, exports and
// imports of other clients' logs (with progress events).

/** One saved message of the history (one line of a contact's log). */
export interface HistoryEntry {
  contact: string;
  conversationId: string;
  direction: 'in' | 'out';
  from: string;
  fromName: string;
  text: string;
  time: number;
}

/** A message as a search result: `ref` names where it is (for `history:context`). */
export interface HistoryHit extends HistoryEntry {
  ref: string;
}

export interface HistoryPage {
  hits: HistoryHit[];
  /** Pass back for the next (older) page; null when there is nothing more. */
  cursor: string | null;
}

export interface HistoryContext {
  entries: HistoryHit[];
  /** The ref the context was asked around. */
  at: string;
  hasBefore: boolean;
  hasAfter: boolean;
}

export type HistoryExportFormat = 'text' | 'html' | 'xml';

/** Where an export went: a path the person chose (Electron), or a download link (web). */
export interface HistoryExportResult {
  fileName: string;
  messages: number;
  savedTo?: string;
  downloadUrl?: string;
}

export type ImportFormat = 'pidgin-html' | 'pidgin-text' | 'amsn';

/** One contact's logs found in the chosen folder, mapped to our account and contact. */
export interface ImportSource {
  id: string;
  format: ImportFormat;
  /** The account the logs were written by (our side of the conversation). */
  account: string;
  contact: string;
  files: number;
  messages: number;
  /** Messages not in our history yet (the rest were imported before). */
  newMessages: number;
  first: number | null;
  last: number | null;
}

export interface ImportPreview {
  importId: string;
  sources: ImportSource[];
  /** Files in the folder that are not logs we can read. */
  skippedFiles: number;
}

export interface ImportProgress {
  importId: string;
  state: 'running' | 'done' | 'cancelled' | 'failed';
  done: number;
  total: number;
  imported: number;
  /** Messages left out because they were imported before. */
  skipped: number;
  message?: string;
}
