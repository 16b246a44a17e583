// The shell's IPC path: a presence storm through the event batcher, and request validation
// in the router. Prints figures; `npm run bench ipc`.
import { performance } from 'node:perf_hooks';
import type { Contact } from '@shared/domain';
import type { AppEvent } from '@shared/ipc/events';
import { EventBatcher } from '../../main/services/event-batcher';
import { createRouter } from '../../main/ipc/router';
import type { RequestHandlers } from '../../main/ipc/router';

const contact = (i: number, status: Contact['status']): Contact => ({
  email: `contact${i}@bench.test`,
  friendlyName: `Contact number ${i}`,
  lists: 11,
  groupIds: [0],
  status,
  capabilities: 0x4000_0000,
  phones: {},
});

function presenceStorm(): void {
  const deliveries: AppEvent[][] = [];
  let fire: () => void = () => undefined;
  const batcher = new EventBatcher((events) => deliveries.push(events), 25, {
    set: (callback) => {
      fire = callback;
      return 1;
    },
    clear: () => undefined,
  });
  const statuses: Contact['status'][] = ['NLN', 'AWY', 'BSY', 'IDL', 'NLN'];
  const start = performance.now();
  for (const status of statuses) {
    for (let i = 0; i < 1000; i++)
      batcher.push({
        type: 'contacts',
        epoch: 1,
        account: 'p/me@x.test',
        contacts: [contact(i, status)],
      });
  }
  fire();
  const json = JSON.stringify(deliveries[0]);
  const ms = performance.now() - start;
  const contacts = deliveries[0]?.[0]?.type === 'contacts' ? deliveries[0][0].contacts.length : 0;
  console.log(
    `presence storm: 5000 upserts → ${deliveries.length} delivery, ${contacts} contacts, ` +
      `${(json.length / 1024).toFixed(0)} KiB JSON, ${ms.toFixed(1)} ms incl. serialisation`,
  );
}

async function requestValidation(): Promise<void> {
  const handlers = new Proxy({} as RequestHandlers, {
    get: () => () => ({ messageId: 'x' }),
  });
  const route = createRouter(handlers);
  const origin = { transport: 'web' as const, senderId: 1 };
  const input = { conversationId: 'c1', clientId: 'k', text: 'hello '.repeat(50), format: null };
  const count = 20_000;
  const start = performance.now();
  for (let i = 0; i < count; i++) await route('conversations:send', input, origin);
  const ms = performance.now() - start;
  console.log(
    `router: ${count} validated requests in ${ms.toFixed(0)} ms (${((count / ms) * 1000).toFixed(0)}/s)`,
  );
}

export default async function run(): Promise<void> {
  presenceStorm();
  await requestValidation();
}
