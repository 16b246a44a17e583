// How one switchboard session's events change its conversation: who is in it, which session
// we send on, and where incoming payloads go.
// reference: switchboard.md §2.2 (participant set), §3 (JOI), §4 (BYE, alone), §6.1 (chunks)
import { ChunkAssembler } from '../messages/chunks';
import type { SwitchboardSession } from '../switchboard/switchboard-session';
import { isLive } from './conversation-record';
import type { ConversationRecord } from './conversation-record';

/** Routes a session's events to its conversation, holding them until an RNG is attached. */
export interface SessionOwner {
  record: ConversationRecord | null;
  backlog: (() => void)[];
}

export interface BindingHooks {
  changed(record: ConversationRecord): void;
  pump(record: ConversationRecord): void;
  /** Pick another live session when the primary one went away. */
  refreshPrimary(record: ConversationRecord): void;
  joined(record: ConversationRecord, email: string, name: string): void;
  left(record: ConversationRecord, email: string): void;
  payload(record: ConversationRecord, from: string, fromName: string, payload: Buffer): void;
}

export function bindSession(
  session: SwitchboardSession,
  owner: SessionOwner,
  hooks: BindingHooks,
): void {
  const chunks = new ChunkAssembler();
  const route =
    <A extends unknown[]>(handler: (record: ConversationRecord, ...args: A) => void) =>
    (...args: A): void => {
      if (owner.record) handler(owner.record, ...args);
      else owner.backlog.push(() => handler(owner.record!, ...args));
    };
  if (owner.record) owner.record.sessions.add(session);

  session.on(
    'state',
    route((record) => hooks.changed(record)),
  );
  session.on(
    'joined',
    route((record, { email, name, initial }) => {
      const known = record.participants.includes(email);
      if (record.primary === session || !record.primary || !isLive(record.primary)) {
        record.primary = session;
        record.participants = [...session.participants.keys()];
      }
      // A contact re-joining a resumed conversation is no news; a newcomer is.
      if (!initial && !known) hooks.joined(record, email, name);
      hooks.changed(record);
      hooks.pump(record);
    }),
  );
  session.on(
    'left',
    route((record, { email }) => {
      if (record.primary === session) {
        // Keep the last one as "last known" so the next message re-invites them (§4).
        if (session.participants.size > 0) record.participants = [...session.participants.keys()];
        hooks.left(record, email);
      }
      // reference: §4 — alone in the session: close it; the next message opens a new one.
      if (session.participants.size === 0) session.leaveAfterAcks();
      hooks.changed(record);
    }),
  );
  session.on(
    'message',
    route((record, { from, fromName, payload: part }) => {
      const payload = chunks.push(from, part);
      if (payload) hooks.payload(record, from, fromName, payload); // else: more parts to come
    }),
  );
  session.on(
    'closed',
    route((record) => {
      record.sessions.delete(session);
      if (record.primary === session) record.primary = null;
      hooks.refreshPrimary(record);
      hooks.changed(record);
    }),
  );
}
