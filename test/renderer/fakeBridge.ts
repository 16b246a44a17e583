// A fake bridge for component tests: records requests, answers from a table, emits events.
import type { Contact, FileTransfer, Status } from '@shared/domain';
import type { MsnBridge } from '@shared/ipc/bridge';
import type { AppEvent, EventBody, Snapshot } from '@shared/ipc/events';
import { isAppWideEvent } from '@shared/ipc/events';
import { DEFAULT_SETTINGS } from '@shared/ipc/settings';

export interface RecordedRequest {
  channel: string;
  input: unknown;
}

export interface FakeBridge extends MsnBridge {
  requests: RecordedRequest[];
  /** Account events without an epoch belong to the snapshot's sign-in (epoch 1 by default). */
  emit(events: (AppEvent | EventBody)[]): void;
  answers: Record<string, (input: unknown) => unknown>;
  last(channel: string): unknown;
  /** As a web bridge does when its WebSocket is back. */
  reconnect(): void;
}

export function contact(
  email: string,
  name: string,
  status: Status = 'NLN',
  extra: Partial<Contact> = {},
): Contact {
  return {
    email,
    friendlyName: name,
    lists: 1 | 2 | 8,
    groupIds: [0],
    status,
    capabilities: 0,
    phones: {},
    ...extra,
  };
}

/** A file received from bob@x.test in conversation c1 and saved; override what a test needs. */
export function receivedFile(extra: Partial<FileTransfer> = {}): FileTransfer {
  return {
    id: 'f1',
    conversationId: 'c1',
    direction: 'in',
    peer: 'bob@x.test',
    fileName: 'cat.png',
    size: 4,
    transferred: 4,
    state: 'completed',
    savedPath: '/home/me/Downloads/cat.png',
    ...extra,
  };
}

/** The account the fake snapshot shows. */
export const ME = 'local-demo/me@tweener.test';

export function snapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    epoch: 1,
    session: { phase: 'online' },
    self: {
      email: 'me@tweener.test',
      friendlyName: 'Mike',
      verified: true,
      status: 'NLN',
      phones: {},
    },
    contacts: [],
    groups: [{ id: 0, name: 'Other Contacts' }],
    privacy: { blp: 'AL', gtc: 'A' },
    mail: { inboxUnread: 0, foldersUnread: 0 },
    conversations: [],
    messages: [],
    transfers: [],
    pendingAddedBy: [],
    settings: { ...DEFAULT_SETTINGS },
    profiles: [
      {
        id: 'local-demo',
        name: 'Local demo',
        host: '127.0.0.1',
        port: 1863,
        nexusUrl: null,
        loginUrl: 'https://127.0.0.1/login2.srf',
        caCertPem: null,
        pinnedCertSha256: null,
        builtIn: true,
      },
    ],
    accounts: [],
    platform: 'web',
    shown: ME,
    signedIn: [],
    ...overrides,
  };
}

export function fakeBridge(initial: Snapshot = snapshot()): FakeBridge {
  const listeners = new Set<(events: AppEvent[]) => void>();
  const reconnectListeners = new Set<() => void>();
  const bridge: FakeBridge = {
    requests: [],
    answers: {
      'app:snapshot': () => initial,
      'conversations:open': () => ({ conversationId: 'conv-1' }),
      'history:query': () => [],
      'history:contacts': () => ['bob@x.test'],
    },
    async request(channel, input) {
      bridge.requests.push({ channel, input });
      const answer = bridge.answers[channel];
      return (answer ? answer(input) : undefined) as never;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(events) {
      // Unstamped account events are the shown account's, of the snapshot's sign-in.
      const stamped = events.map((e): AppEvent =>
        isAppWideEvent(e)
          ? e
          : ({ epoch: initial.epoch, account: initial.shown ?? ME, ...e } as AppEvent),
      );
      for (const l of listeners) l(stamped);
    },
    onReconnect(listener) {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },
    reconnect() {
      for (const l of reconnectListeners) l();
    },
    last(channel) {
      return [...bridge.requests].reverse().find((r) => r.channel === channel)?.input;
    },
  };
  return bridge;
}
