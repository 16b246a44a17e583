// Connects the stores to main: subscribe first (so nothing is missed), then take the snapshot,
// then apply what arrived meanwhile.
import type { MsnBridge } from '../../../shared/ipc/bridge';
import type { AppEvent } from '../../../shared/ipc/events';
import { onRequestFailure, setBridge } from '../stores/client';
import { useUi } from '../stores/ui';
import { en } from '../strings/en';
import { applyEvents, applySnapshot } from './applyEvents';

export async function connectStores(bridge: MsnBridge): Promise<() => void> {
  setBridge(bridge);
  onRequestFailure((message) =>
    useUi.getState().notify('error', en.notices.requestFailed(message)),
  );
  let buffer: AppEvent[] | null = [];
  const unsubscribe = bridge.onEvent((events) => {
    if (buffer) buffer.push(...events);
    else applyEvents(events);
  });
  const snapshot = await bridge.request('app:snapshot', undefined);
  applySnapshot(snapshot);
  const pending = buffer;
  buffer = null;
  applyEvents(pending);
  return unsubscribe;
}
