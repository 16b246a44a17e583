// Shared set-up for renderer tests: fresh stores, a connected fake bridge, a sized layout so
// the virtualised list renders rows in happy-dom.
import { act } from '@testing-library/react';
import type { Snapshot } from '@shared/ipc/events';
import { connectStores } from '../../renderer/src/app/bootstrap';
import { setSoundPlayer } from '../../renderer/src/app/applyEvents';
import type { SoundName } from '../../renderer/src/sounds/play';
import { initialUi, useUi } from '../../renderer/src/stores/ui';
import { useSession, initialSession } from '../../renderer/src/stores/session';
import { useSignedInAccounts } from '../../renderer/src/stores/signedInAccounts';
import type { FakeBridge } from './fakeBridge';
import { fakeBridge, snapshot } from './fakeBridge';

export const played: SoundName[] = [];

export async function connected(overrides: Partial<Snapshot> = {}): Promise<FakeBridge> {
  localStorage.clear();
  played.length = 0;
  setSoundPlayer((name) => played.push(name));
  useSession.setState({ ...initialSession });
  useUi.setState(initialUi());
  useSignedInAccounts.setState({ accounts: [], shown: null, adding: false });
  const bridge = fakeBridge(snapshot(overrides));
  await act(async () => {
    await connectStores(bridge);
  });
  return bridge;
}

/** happy-dom has no layout: give scroll containers a size so the virtualiser shows rows. */
export function fakeLayout(height = 600, width = 300): void {
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get: () => height,
  });
  Object.defineProperty(HTMLElement.prototype, 'offsetWidth', {
    configurable: true,
    get: () => width,
  });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => height,
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => width,
  });
  const rect = { x: 0, y: 0, top: 0, left: 0, width, height, right: width, bottom: height };
  HTMLElement.prototype.getBoundingClientRect = function () {
    return { ...rect, toJSON: () => rect } as DOMRect;
  };
}
