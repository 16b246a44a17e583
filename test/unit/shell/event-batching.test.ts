// Presence storms and typing bursts cross IPC as one delivery per interval, merged.
import { describe, expect, it } from 'vitest';
import type { Contact } from '@shared/domain';
import type { AppEvent } from '@shared/ipc/events';
import { EventBatcher } from '../../../main/services/event-batcher';

const contact = (email: string, status: Contact['status']): Contact => ({
  email,
  friendlyName: email,
  lists: 1,
  groupIds: [0],
  status,
  capabilities: 0,
  phones: {},
});

function manualBatcher(): {
  batcher: EventBatcher;
  deliveries: AppEvent[][];
  fire(): void;
  armed(): number;
} {
  const deliveries: AppEvent[][] = [];
  let pending: (() => void) | null = null;
  let armed = 0;
  const batcher = new EventBatcher((events) => deliveries.push(events), 25, {
    set: (callback) => {
      armed += 1;
      pending = callback;
      return armed;
    },
    clear: () => {
      pending = null;
    },
  });
  return {
    batcher,
    deliveries,
    fire: () => {
      const callback = pending;
      pending = null;
      callback?.();
    },
    armed: () => armed,
  };
}

describe('event batching', () => {
  it('delivers nothing until the interval passes, then one batch', () => {
    const { batcher, deliveries, fire, armed } = manualBatcher();
    batcher.push({ type: 'notice', level: 'info', text: 'a' });
    batcher.push({ type: 'notice', level: 'info', text: 'b' });
    expect(deliveries).toEqual([]);
    expect(armed()).toBe(1);
    fire();
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]?.map((e) => (e.type === 'notice' ? e.text : ''))).toEqual(['a', 'b']);
  });

  it('merges a presence storm into one contacts event, last state per contact winning', () => {
    const { batcher, deliveries, fire } = manualBatcher();
    for (let i = 0; i < 500; i++) {
      batcher.push({
        type: 'contacts',
        epoch: 1,
        account: 'p/me@x.test',
        contacts: [contact(`c${i % 100}@x.test`, i < 400 ? 'NLN' : 'AWY')],
      });
    }
    fire();
    expect(deliveries).toHaveLength(1);
    const [only] = deliveries[0] ?? [];
    expect(only?.type).toBe('contacts');
    if (only?.type === 'contacts') {
      expect(only.contacts).toHaveLength(100);
      expect(only.contacts.every((c) => c.status === 'AWY')).toBe(true);
    }
  });

  it('keeps the order between a removal and upserts around it', () => {
    const { batcher, deliveries, fire } = manualBatcher();
    batcher.push({
      type: 'contacts',
      epoch: 1,
      account: 'p/me@x.test',
      contacts: [contact('bob@x.test', 'NLN')],
    });
    batcher.push({ type: 'contactRemoved', epoch: 1, account: 'p/me@x.test', email: 'bob@x.test' });
    batcher.push({
      type: 'contacts',
      epoch: 1,
      account: 'p/me@x.test',
      contacts: [contact('bob@x.test', 'BSY')],
    });
    fire();
    expect(deliveries[0]?.map((e) => e.type)).toEqual(['contacts', 'contactRemoved', 'contacts']);
  });

  it("never merges two accounts' upserts: the same contact seen from each stays two entries", () => {
    const { batcher, deliveries, fire } = manualBatcher();
    const bob = contact('bob@x.test', 'NLN');
    batcher.push({ type: 'contacts', epoch: 1, account: 'p/me@x.test', contacts: [bob] });
    batcher.push({ type: 'contacts', epoch: 1, account: 'p/you@x.test', contacts: [bob] });
    fire();
    expect(
      deliveries[0]?.map((e) => (e.type === 'contacts' ? [e.account, e.contacts.length] : [])),
    ).toEqual([
      ['p/me@x.test', 1],
      ['p/you@x.test', 1],
    ]);
  });

  it('never merges upserts or typing notices of two sign-ins', () => {
    const { batcher, deliveries, fire } = manualBatcher();
    batcher.push({
      type: 'contacts',
      epoch: 1,
      account: 'p/me@x.test',
      contacts: [contact('bob@x.test', 'NLN')],
    });
    batcher.push({
      type: 'contacts',
      epoch: 2,
      account: 'p/me@x.test',
      contacts: [contact('amy@x.test', 'NLN')],
    });
    batcher.push({
      type: 'typing',
      epoch: 1,
      account: 'p/me@x.test',
      conversationId: 'c1',
      email: 'b@x.test',
      name: 'B',
    });
    batcher.push({
      type: 'typing',
      epoch: 2,
      account: 'p/me@x.test',
      conversationId: 'c1',
      email: 'b@x.test',
      name: 'B',
    });
    fire();
    expect(deliveries[0]?.map((e) => ('epoch' in e ? [e.type, e.epoch] : []))).toEqual([
      ['contacts', 1],
      ['contacts', 2],
      ['typing', 1],
      ['typing', 2],
    ]);
  });

  it('collapses repeated typing notices of one person in one conversation', () => {
    const { batcher, deliveries, fire } = manualBatcher();
    for (let i = 0; i < 20; i++) {
      batcher.push({
        type: 'typing',
        epoch: 1,
        account: 'p/me@x.test',
        conversationId: 'c1',
        email: 'bob@x.test',
        name: 'Bob',
      });
    }
    batcher.push({
      type: 'typing',
      epoch: 1,
      account: 'p/me@x.test',
      conversationId: 'c1',
      email: 'amy@x.test',
      name: 'Amy',
    });
    fire();
    expect(deliveries[0]).toHaveLength(2);
  });

  it('starts a new batch after a delivery, and flush() delivers at once', () => {
    const { batcher, deliveries, fire, armed } = manualBatcher();
    batcher.push({ type: 'notice', level: 'info', text: 'a' });
    fire();
    batcher.push({ type: 'notice', level: 'info', text: 'b' });
    expect(armed()).toBe(2);
    batcher.flush();
    expect(deliveries).toHaveLength(2);
    fire();
    expect(deliveries).toHaveLength(2);
  });

  it('batches with real timers within the interval', async () => {
    const deliveries: AppEvent[][] = [];
    let delivered: () => void = () => undefined;
    const first = new Promise<void>((resolve) => (delivered = resolve));
    const batcher = new EventBatcher((events) => {
      deliveries.push(events);
      delivered();
    }, 20);
    batcher.push({ type: 'notice', level: 'info', text: 'a' });
    batcher.push({ type: 'notice', level: 'info', text: 'b' });
    await first;
    expect(deliveries).toEqual([[expect.anything(), expect.anything()]]);
  });
});
