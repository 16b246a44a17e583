// The MsnBridge spoken over a WebSocket (JSON messages of wire.ts). The browser uses it with
// its WebSocket (renderer/src/bridge/web-bridge.ts); Node tests with `ws`. Kept free of DOM
// and Node types so both sides type-check it.
import type { BridgeErrorShape, MsnBridge, RequestResult } from './bridge';
import type { AppEvent } from './events';
import type { RequestChannel, RequestInput } from './requests';
import type { WireMessage, WireRequest } from './wire';

/** The little of a WebSocket the bridge needs (browser WebSocket and `ws` both fit). */
export interface WireSocket {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  addEventListener(type: 'open' | 'close' | 'error', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

const OPEN = 1;
const RETRY_MS = [250, 500, 1000, 2000, 4000];

/** What a wire bridge request rejects with: an Error that is also a BridgeErrorShape. */
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

export interface WireBridge extends MsnBridge {
  onReconnect(listener: () => void): () => void;
  /** Stop for good: no reconnecting, pending requests fail. */
  close(): void;
}

export function createWireBridge(url: string, open: (url: string) => WireSocket): WireBridge {
  const listeners = new Set<(events: AppEvent[]) => void>();
  const reconnectListeners = new Set<() => void>();
  let everOpened = false;
  const pending = new Map<number, Pending>();
  const outbox: string[] = [];
  let nextId = 1;
  let socket: WireSocket | null = null;
  let failures = 0;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | null = null;

  const failPending = (message: string): void => {
    for (const [id, waiting] of pending) {
      pending.delete(id);
      waiting.reject(new BridgeError({ code: 'failed', message }));
    }
  };

  const onMessage = (data: unknown): void => {
    if (typeof data !== 'string') return;
    let message: WireMessage;
    try {
      message = JSON.parse(data) as WireMessage;
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
  };

  const connect = (): void => {
    retry = null;
    if (closed) return;
    const ws = open(url);
    socket = ws;
    ws.addEventListener('open', () => {
      failures = 0;
      for (const text of outbox.splice(0)) ws.send(text);
      // Events sent while the link was down are gone: tell the window to take a snapshot.
      if (everOpened) for (const listener of reconnectListeners) listener();
      everOpened = true;
    });
    ws.addEventListener('message', (event) => onMessage(event.data));
    // 'close' always follows 'error'; handling 'error' keeps it from being thrown (ws).
    ws.addEventListener('error', () => undefined);
    ws.addEventListener('close', () => {
      if (socket === ws) socket = null;
      // Requests in flight may or may not have been carried out: say so instead of hanging.
      failPending('Lost the connection to Tweener.');
      if (closed) return;
      const delay = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)] ?? 4000;
      failures += 1;
      retry = setTimeout(connect, delay);
    });
  };
  connect();

  return {
    request<C extends RequestChannel>(
      channel: C,
      input: RequestInput<C>,
    ): Promise<RequestResult<C>> {
      if (closed) {
        return Promise.reject(
          new BridgeError({ code: 'failed', message: 'The bridge is closed.' }),
        );
      }
      const id = nextId++;
      const text = JSON.stringify({ id, channel, input } satisfies WireRequest);
      return new Promise<RequestResult<C>>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        if (socket?.readyState === OPEN) socket.send(text);
        else outbox.push(text);
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    onReconnect(listener) {
      reconnectListeners.add(listener);
      return () => {
        reconnectListeners.delete(listener);
      };
    },
    close() {
      closed = true;
      if (retry !== null) clearTimeout(retry);
      outbox.length = 0;
      failPending('The bridge is closed.');
      socket?.close();
    },
  };
}
