// The public barrel of the protocol core (pure Node: never imports electron).
export { MsnClient } from './client';
export type { MsnClientOptions, MsnClientSnapshot } from './client';
export type { MsnClientEvents, NotificationEvents, NewMailNotice } from './client-events';
export { SignInError, OperationError, toFailure } from './failures';
export type { CachedList, CachedContact, ContactListCache } from './contacts/cache';
export { MemoryContactListCache, toCachedList, fromCachedList } from './contacts/cache';
export type { ContactListState, ListEntry, Presence } from './contacts/model';
export { parseCapabilities, OWN_CAPABILITIES } from './presence/capabilities';
export type { Capabilities } from './presence/capabilities';
export type { InitialProfile } from './notification/profile';
export type { PassportConfig } from './passport/ticket';
export { normalizeFingerprint } from './passport/https';
export type { SwitchboardBroker, SwitchboardGrant, SwitchboardInvite } from './switchboard/broker';
