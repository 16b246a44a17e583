// Batches events before they cross IPC (../shared/DESIGN.md, State and IPC): a presence storm
// becomes one 'contacts' event per delivery, repeated typing notices collapse into one.
// Order between different kinds of event is kept: only adjacent upserts merge.
import type { AppEvent } from '@shared/ipc/events';
import type { Contact } from '@shared/domain';

export interface BatchTimer {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimer: BatchTimer = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

type Queued =
  | AppEvent
  | { type: 'contactUpserts'; epoch: number; account: string; byEmail: Map<string, Contact> };

export class EventBatcher {
  private queue: Queued[] = [];
  private handle: unknown = null;

  constructor(
    private readonly deliver: (events: AppEvent[]) => void,
    private readonly intervalMs = 25,
    private readonly timer: BatchTimer = realTimer,
  ) {}

  push(event: AppEvent): void {
    if (event.type === 'contacts') this.pushContacts(event.epoch, event.account, event.contacts);
    else if (event.type === 'typing' && this.hasSameTyping(event)) return;
    else this.queue.push(event);
    if (this.handle === null) this.handle = this.timer.set(() => this.flush(), this.intervalMs);
  }

  /** Deliver what is queued now (also used on shutdown). */
  flush(): void {
    if (this.handle !== null) this.timer.clear(this.handle);
    this.handle = null;
    if (this.queue.length === 0) return;
    const events = this.queue.map((queued): AppEvent =>
      queued.type === 'contactUpserts'
        ? {
            type: 'contacts',
            epoch: queued.epoch,
            account: queued.account,
            contacts: [...queued.byEmail.values()],
          }
        : queued,
    );
    this.queue = [];
    this.deliver(events);
  }

  private pushContacts(epoch: number, account: string, contacts: Contact[]): void {
    let tail = this.queue.at(-1);
    // Upserts of two sign-ins never merge: the newer one must drop the older one's first.
    // (Epochs are unique across accounts, so two accounts' upserts never merge either.)
    if (tail?.type !== 'contactUpserts' || tail.epoch !== epoch || tail.account !== account) {
      tail = { type: 'contactUpserts', epoch, account, byEmail: new Map() };
      this.queue.push(tail);
    }
    for (const contact of contacts) tail.byEmail.set(contact.email, contact);
  }

  private hasSameTyping(event: Extract<AppEvent, { type: 'typing' }>): boolean {
    return this.queue.some(
      (queued) =>
        queued.type === 'typing' &&
        queued.epoch === event.epoch &&
        queued.account === event.account &&
        queued.conversationId === event.conversationId &&
        queued.email === event.email,
    );
  }
}
