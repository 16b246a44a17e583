// Every MsnClient event the command line prints, and the payload each carries (the app's own
// types: shared/domain.ts and main/msnp's event maps).
import type { MsnClientEvents } from '../msnp';
import { NOTIFICATION_EVENT_NAMES } from '../msnp/client-events';
import { CONVERSATION_EVENT_NAMES } from '../msnp/conversations/conversation-events';

export type CliEventName = keyof MsnClientEvents;

/** The payload of an event: its first argument, or null for events without one. */
export type CliEventData<K extends CliEventName> = MsnClientEvents[K] extends [infer P] ? P : null;

export const CLI_EVENT_NAMES: readonly CliEventName[] = [
  'session',
  ...NOTIFICATION_EVENT_NAMES,
  ...CONVERSATION_EVENT_NAMES,
];

export function isCliEventName(name: string): name is CliEventName {
  return (CLI_EVENT_NAMES as readonly string[]).includes(name);
}
