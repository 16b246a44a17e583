// The typed bridge the preload exposes as `window.msn` (and the web harness shims).
import type { RequestChannel, RequestInput } from './requests';
import type { AppEvent, HistoryEntry, Snapshot } from './events';
import type { ConnectionTestResult, Group } from '../domain';
import type { HistoryContext, HistoryExportResult, HistoryPage, ImportPreview } from './history';
import type { NetworkExport, NetworkImportPreview } from './network-file';

/** What each request resolves to. Channels not listed resolve to void. */
export interface RequestResults {
  'app:snapshot': Snapshot;
  'conversations:open': { conversationId: string };
  'files:send': { transferId: string } | null;
  'files:sendData': { transferId: string };
  'history:query': HistoryEntry[];
  'history:contacts': string[];
  'history:search': HistoryPage;
  'history:context': HistoryContext;
  'history:export': HistoryExportResult | null;
  'history:importChoose': ImportPreview | null;
  'groups:add': Group;
  'conversations:send': { messageId: string };
  /** The folder now used, or null when the person cancelled. */
  'settings:chooseDownloadFolder': string | null;
  'networks:test': ConnectionTestResult;
  'networks:export': NetworkExport;
  'networks:import': NetworkImportPreview | null;
}

export type RequestResult<C extends RequestChannel> = C extends keyof RequestResults
  ? RequestResults[C]
  : void;

/** A request that main refused (validation) or that failed; `message` is for a person. */
export interface BridgeErrorShape {
  code: 'invalid' | 'failed' | 'notSignedIn' | 'forbidden';
  message: string;
}

/** True for what a bridge's request rejects with (an Error with a code, or the cloned shape). */
export function isBridgeError(value: unknown): value is BridgeErrorShape {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as Record<string, unknown>;
  return (
    typeof message === 'string' &&
    (code === 'invalid' || code === 'failed' || code === 'notSignedIn' || code === 'forbidden')
  );
}

/** What a transport carries back for one request: main never throws across the boundary. */
export type BridgeResponse = { ok: true; result: unknown } | { ok: false; error: BridgeErrorShape };

export interface MsnBridge {
  request<C extends RequestChannel>(channel: C, input: RequestInput<C>): Promise<RequestResult<C>>;
  /** Subscribe to main's events; returns the unsubscribe function. */
  onEvent(listener: (events: AppEvent[]) => void): () => void;
  /**
   * Bridges that can lose their link (the web harness's WebSocket) call this after they are
   * connected again: events sent meanwhile were lost, so the window takes a fresh snapshot.
   * Electron IPC never disconnects and has none.
   */
  onReconnect?(listener: () => void): () => void;
}

/** Electron channel names: one `ipcMain.handle` per request, one event channel. */
export const EVENT_CHANNEL = 'msn:event';
export const requestChannelName = (c: RequestChannel): string => `msn:${c}`;
