// The browser side of the loopback WebSocket transport (main/web/ws-transport.ts): the same
// MsnBridge the preload gives Electron windows, spoken as JSON messages (shared/ipc/wire.ts).
import type { BridgeErrorShape, MsnBridge, RequestResult } from '../../../shared/ipc/bridge';
import type { AppEvent } from '../../../shared/ipc/events';
import type { RequestChannel, RequestInput } from '../../../shared/ipc/requests';
import type { WireMessage, WireRequest } from '../../../shared/ipc/wire';
import { WEB_BRIDGE_PATH } from '../../../shared/ipc/wire';

/** What a web bridge request rejects with: an Error that is also a BridgeErrorShape. */
export class BridgeError extends Error implements BridgeErrorShape {
  readonly code: BridgeErrorShape['code'];

  constructor(shape: BridgeErrorShape) {
    super(shape.message);
    this.name = 'BridgeError';
    this.code = shape.code;
  }
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: BridgeError) => void;
}

const RETRY_MS = [250, 500, 1000, 2000, 4000];

export function createWebBridge(url: string): MsnBridge {
  const listeners = new Set<(events: AppEvent[]) => void>();
  const pending = new Map<number, Pending>();
  const outbox: string[] = [];
  let nextId = 1;
  let socket: WebSocket | null = null;
  let failures = 0;

  const connect = (): void => {
    const ws = new WebSocket(url);
    socket = ws;
    ws.addEventListener('open', () => {
      failures = 0;
      for (const text of outbox.splice(0)) ws.send(text);
    });
    ws.addEventListener('message', (event) => {
      if (typeof event.data !== 'string') return;
      let message: WireMessage;
      try {
        message = JSON.parse(event.data) as WireMessage;
      } catch {
        return;
      }
      if (message.kind === 'events') {
        for (const listener of listeners) listener(message.events);
      } else if (message.kind === 'response') {
        const waiting = pending.get(message.id);
        if (!waiting) return;
        pending.delete(message.id);
        if (message.response.ok) waiting.resolve(message.response.result ?? undefined);
        else waiting.reject(new BridgeError(message.response.error));
      }
    });
    ws.addEventListener('close', () => {
      socket = null;
      // Requests in flight may or may not have been carried out: say so instead of hanging.
      for (const [id, waiting] of pending) {
        pending.delete(id);
        waiting.reject(
          new BridgeError({ code: 'failed', message: 'Lost the connection to Tweener.' }),
        );
      }
      const delay = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)] ?? 4000;
      failures += 1;
      setTimeout(connect, delay);
    });
  };
  connect();

  return {
    request<C extends RequestChannel>(
      channel: C,
      input: RequestInput<C>,
    ): Promise<RequestResult<C>> {
      const id = nextId++;
      const wire: WireRequest = { id, channel, input };
      const text = JSON.stringify(wire);
      return new Promise<RequestResult<C>>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        if (socket?.readyState === WebSocket.OPEN) socket.send(text);
        else outbox.push(text);
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

let shared: MsnBridge | null = null;

/** The preload's `window.msn` inside Electron, else one web bridge to this page's host. */
export function getBridge(): MsnBridge {
  const fromPreload = (window as unknown as { msn?: MsnBridge }).msn;
  if (fromPreload) return fromPreload;
  shared ??= createWebBridge(`ws://${location.host}${WEB_BRIDGE_PATH}`);
  return shared;
}
