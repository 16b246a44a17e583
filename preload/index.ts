// The preload: a thin, typed mapping of the IPC contract onto `window.msn`. No logic here.
// Main answers every request with a BridgeResponse; a refusal rejects with the plain
// BridgeErrorShape (plain objects cross contextBridge intact, Error properties do not).
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { BridgeResponse, MsnBridge, RequestResult } from '@shared/ipc/bridge';
import type { AppEvent } from '@shared/ipc/events';
import type { RequestChannel, RequestInput } from '@shared/ipc/requests';
import { EVENT_CHANNEL, requestChannelName } from '@shared/ipc/bridge';

const bridge: MsnBridge = {
  async request<C extends RequestChannel>(
    channel: C,
    input: RequestInput<C>,
  ): Promise<RequestResult<C>> {
    const response = (await ipcRenderer.invoke(
      requestChannelName(channel),
      input,
    )) as BridgeResponse;
    if (!response.ok) throw { code: response.error.code, message: response.error.message };
    return (response.result ?? undefined) as RequestResult<C>;
  },
  onEvent(listener) {
    const handler = (_event: IpcRendererEvent, events: AppEvent[]): void => listener(events);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  },
};

contextBridge.exposeInMainWorld('msn', bridge);
