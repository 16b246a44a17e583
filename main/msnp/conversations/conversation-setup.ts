// Opening a switchboard for a conversation: XFR SB → USR → CAL each participant → first JOI.
// reference: switchboard.md §1.1–§1.3
import type { SwitchboardBroker } from '../switchboard/broker';
import type { SwitchboardSession } from '../switchboard/switchboard-session';
import { MsnpError } from '../connection';
import { ConversationError, NOT_CONNECTED_TEXT, NOT_ONLINE_TEXT } from './conversation-errors';
import { beginSetup, endSetup, isLeft } from './conversation-record';
import type { ConversationRecord } from './conversation-record';

export interface SetupContext {
  broker: SwitchboardBroker;
  record: ConversationRecord;
  joinTimeoutMs: number;
  createSession(): SwitchboardSession;
  errorText(error: unknown, email: string | undefined): string;
}

/** What a setup needs from the conversation manager. */
export interface SetupHost {
  broker: SwitchboardBroker;
  joinTimeoutMs: number;
  createSession(record: ConversationRecord): SwitchboardSession;
  errorText(error: unknown, email: string | undefined): string;
  changed(record: ConversationRecord): void;
  pump(record: ConversationRecord): void;
  sendingSession(record: ConversationRecord): SwitchboardSession | null;
  failQueue(record: ConversationRecord, error: string): void;
}

/** Starts a setup unless one runs; on failure the queue fails with the reason (§1.3). */
export function ensureSetup(record: ConversationRecord, host: SetupHost): void {
  if (!beginSetup(record)) return;
  record.error = undefined;
  host.changed(record);
  void runSetup({
    broker: host.broker,
    record,
    joinTimeoutMs: host.joinTimeoutMs,
    createSession: () => host.createSession(record),
    errorText: host.errorText,
  }).then((outcome) => {
    endSetup(record);
    if (outcome.ok) {
      record.primary = outcome.session;
      for (const email of record.invitees) callInto(record, outcome.session, email, host);
      record.invitees.clear();
    } else if (!host.sendingSession(record)) {
      // (an RNG from the same people may have given us a live session meanwhile)
      record.error = outcome.error;
      host.failQueue(record, outcome.error);
    }
    host.changed(record);
    host.pump(record);
  });
}

/** CAL into a live session; a failure becomes the conversation's error (§1.3, §3). */
export function callInto(
  record: ConversationRecord,
  session: SwitchboardSession,
  email: string,
  host: Pick<SetupHost, 'errorText' | 'changed'>,
): void {
  if (session.participants.has(email)) return;
  session.call(email).catch((error: unknown) => {
    if (error instanceof MsnpError && error.code === 215) return; // §1.3: already there
    record.error = host.errorText(error, email);
    host.changed(record);
  });
}

export type SetupOutcome = { ok: true; session: SwitchboardSession } | { ok: false; error: string };

/** Resolves on the first JOI; rejects when the session closes or nobody answers in time. */
function firstJoin(session: SwitchboardSession, timeoutMs: number, who: string) {
  let cancel = (): void => undefined;
  const promise = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => done(new ConversationError(`${who} did not answer the invitation to chat.`)),
      timeoutMs,
    );
    const onJoined = (): void => done();
    const onClosed = (): void =>
      done(new ConversationError('The conversation server closed the conversation.'));
    const done = (error?: Error): void => {
      clearTimeout(timer);
      session.off('joined', onJoined);
      session.off('closed', onClosed);
      if (error) reject(error);
      else resolve();
    };
    cancel = () => done();
    session.on('joined', onJoined);
    session.on('closed', onClosed);
  });
  return { promise, cancel };
}

export async function runSetup(ctx: SetupContext): Promise<SetupOutcome> {
  const { broker, record } = ctx;
  const targets = [...record.participants];
  for (const email of targets) record.invitees.delete(email); // called below
  const firstName = targets[0] ? broker.contactName(targets[0]) : 'The contact';
  let session: SwitchboardSession | null = null;
  try {
    // reference: §1.1 — XFR SB while HDN (or before the first CHG) gets 913. Signed out or
    // reconnecting is a different situation and gets its own words.
    if (!broker.isOnline()) {
      const hidden = broker.appearsOffline?.() ?? true;
      throw new ConversationError(hidden ? NOT_ONLINE_TEXT : NOT_CONNECTED_TEXT);
    }
    const grant = await broker.requestSwitchboard();
    if (isLeft(record)) throw new ConversationError('The conversation was closed.');
    session = ctx.createSession();
    await session.start(grant);
    const join = firstJoin(session, ctx.joinTimeoutMs, targets.length > 1 ? 'Nobody' : firstName);
    join.promise.catch(() => undefined);
    const calls = await Promise.allSettled(targets.map((email) => session!.call(email)));
    const failures = calls.flatMap((result, i) =>
      result.status === 'rejected' &&
      !(result.reason instanceof MsnpError && result.reason.code === 215) // §1.3: already there
        ? [{ email: targets[i], reason: result.reason as unknown }]
        : [],
    );
    if (failures.length === calls.length && failures[0]) {
      join.cancel();
      throw new SetupFailure(ctx.errorText(failures[0].reason, failures[0].email));
    }
    await join.promise;
    if (failures[0]) record.error = ctx.errorText(failures[0].reason, failures[0].email);
    return { ok: true, session };
  } catch (error) {
    session?.leave();
    const text = error instanceof SetupFailure ? error.message : ctx.errorText(error, targets[0]);
    return { ok: false, error: text };
  }
}

class SetupFailure extends Error {}
