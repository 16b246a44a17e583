// The renderer's single way to reach main. The shell engineer's `renderer/src/bridge` will
// provide getBridge() (window.msn in Electron, a WebSocket bridge in the web harness); until it
// lands this module reads window.msn directly, and is the one place to switch over.
import type { MsnBridge } from '../../../shared/ipc/bridge';

export function getBridge(): MsnBridge | null {
  const candidate = (window as unknown as { msn?: MsnBridge }).msn;
  return candidate ?? null;
}
