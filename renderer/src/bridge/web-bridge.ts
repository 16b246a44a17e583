// The browser side of the loopback WebSocket transport (main/web/ws-transport.ts): the same
// MsnBridge the preload gives Electron windows, spoken as JSON (shared/ipc/wire-bridge.ts).
import type { MsnBridge } from '@shared/ipc/bridge';
import { WEB_BRIDGE_PATH } from '@shared/ipc/wire';
import { createWireBridge } from '@shared/ipc/wire-bridge';

export { BridgeError } from '@shared/ipc/wire-bridge';

export function createWebBridge(url: string): MsnBridge {
  return createWireBridge(url, (target) => new WebSocket(target));
}

let shared: MsnBridge | null = null;

/** The preload's `window.msn` inside Electron, else one web bridge to this page's host. */
export function getBridge(): MsnBridge {
  const fromPreload = (window as unknown as { msn?: MsnBridge }).msn;
  if (fromPreload) return fromPreload;
  shared ??= createWebBridge(`ws://${location.host}${WEB_BRIDGE_PATH}`);
  return shared;
}
