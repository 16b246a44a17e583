// The JSON messages of the loopback WebSocket transport (main/web/ws-transport.ts ⇄
// renderer/src/bridge/web-bridge.ts). Electron IPC carries the same payloads natively.
import type { BridgeResponse } from './bridge';
import type { AppEvent } from './events';

/** Browser → main: one request; `id` pairs it with its reply. */
export interface WireRequest {
  id: number;
  channel: string;
  input?: unknown;
}

/** Main → browser: a reply to one request, or a batch of events. */
export type WireMessage =
  | { kind: 'response'; id: number; response: BridgeResponse }
  | { kind: 'events'; events: AppEvent[] };

/** The WebSocket path the web harness serves the bridge on. */
export const WEB_BRIDGE_PATH = '/msn';
