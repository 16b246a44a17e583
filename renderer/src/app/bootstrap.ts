// Connects the stores to main: subscribe first (so nothing is missed), then take the snapshot,
// then apply what arrived meanwhile.
import { l10n } from '../strings';
import type { MsnBridge } from '@shared/ipc/bridge';
import type { AppEvent } from '@shared/ipc/events';
import { onRequestFailure, setBridge } from '../stores/client';
import { useUi } from '../stores/ui';
import { applyEvents, applySnapshot, setSwitchHandler } from './applyEvents';
import { followLanguageSetting } from './language';

export async function connectStores(bridge: MsnBridge): Promise<() => void> {
  setBridge(bridge);
  const stopLanguage = followLanguageSetting();
  onRequestFailure((message) =>
    useUi.getState().notify('error', l10n.notices.requestFailed({ what: message })),
  );
  // Events that arrive while a snapshot is on its way wait for it, then apply on top.
  let buffer: AppEvent[] | null = [];
  const unsubscribe = bridge.onEvent((events) => {
    if (buffer) buffer.push(...events);
    else applyEvents(events);
  });
  const load = async (mode: 'initial' | 'resync'): Promise<void> => {
    buffer ??= [];
    try {
      applySnapshot(await bridge.request('app:snapshot', undefined), mode);
    } finally {
      const pending = buffer;
      buffer = null;
      applyEvents(pending);
    }
  };
  await load('initial');
  // The main window shows another account: its list and conversations come in a snapshot.
  setSwitchHandler(() => {
    load('resync').catch(() =>
      useUi
        .getState()
        .notify('error', l10n.notices.requestFailed({ what: l10n.notices.resyncFailed })),
    );
  });
  // The web harness's link came back: what happened meanwhile is only in a fresh snapshot.
  const stopResync = bridge.onReconnect?.(() => {
    load('resync').catch(() =>
      useUi
        .getState()
        .notify('error', l10n.notices.requestFailed({ what: l10n.notices.resyncFailed })),
    );
  });
  return () => {
    unsubscribe();
    stopResync?.();
    stopLanguage();
  };
}
