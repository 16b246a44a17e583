// The preload: a thin, typed mapping of the IPC contract onto `window.msn`. No logic here.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { MsnBridge } from '../shared/ipc/bridge';
import type { AppEvent } from '../shared/ipc/events';
import { EVENT_CHANNEL, requestChannelName } from '../shared/ipc/bridge';

const bridge: MsnBridge = {
  request: (channel, input) => ipcRenderer.invoke(requestChannelName(channel), input),
  onEvent(listener) {
    const handler = (_event: IpcRendererEvent, events: AppEvent[]): void => listener(events);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('msn', bridge);
