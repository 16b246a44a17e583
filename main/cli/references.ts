// How a command names a conversation or a file transfer: its id, the first characters of it
// (at least 4, as text mode shows 8), `.` for the current one, or — for a conversation — a
// contact's e-mail address. Lookups only: the conversations themselves live in MsnClient.
import type { Conversation, FileTransfer, FileTransferState } from '@shared/domain';
import type { MsnClient } from '../msnp';
import { UnknownReferenceError } from './errors';

const MIN_PREFIX = 4;
const FINAL_STATES: readonly FileTransferState[] = ['completed', 'declined', 'cancelled', 'failed'];

export class References {
  private current: string | null = null;

  constructor(private readonly client: MsnClient) {}

  /** `.` now means this conversation (the last one a command named, or that wrote to us). */
  use(conversationId: string): void {
    this.current = conversationId;
  }

  /**
   * The conversation `ref` names. An e-mail address names the one-to-one conversation with
   * that contact, opened if needed when `open`; without `open`, any open conversation they
   * are in will do (to invite into it, leave it, …).
   */
  conversation(ref: string, { open }: { open: boolean }): string {
    const id = this.findConversation(ref, open);
    this.use(id);
    return id;
  }

  /** The transfer `ref` names; `.` is the newest one waiting for an answer (`offered`). */
  transfer(ref: string, dot: 'incomingOffer' | 'unfinished'): string {
    const transfers = this.client.conversations.transfers;
    if (ref === '.') {
      const wanted =
        dot === 'incomingOffer'
          ? (t: FileTransfer) => t.direction === 'in' && t.state === 'offered'
          : (t: FileTransfer) => !FINAL_STATES.includes(t.state);
      const found = transfers.filter(wanted).at(-1);
      if (!found)
        throw new UnknownReferenceError(
          dot === 'incomingOffer' ? 'no file is waiting for an answer' : 'no transfer is running',
        );
      return found.id;
    }
    return byId(
      transfers.map((t) => t.id),
      ref,
      'file transfer',
    );
  }

  private findConversation(ref: string, open: boolean): string {
    const conversations = this.client.conversations.conversations;
    if (ref === '.') {
      if (!this.current) throw new UnknownReferenceError('no current conversation yet');
      return this.current;
    }
    if (ref.includes('@')) {
      const email = ref.toLowerCase();
      const withThem = conversations.filter(
        (c) => c.state !== 'closed' && c.participants.some((p) => p.toLowerCase() === email),
      );
      const oneToOne = withThem.find((c) => c.participants.length === 1);
      if (oneToOne) return oneToOne.id;
      // The core reuses a closed one-to-one conversation with them (switchboard.md §1.1).
      if (open) return this.client.openConversation([ref]);
      if (withThem[0]) return withThem[0].id;
      throw new UnknownReferenceError(`no open conversation with ${ref}`);
    }
    return byId(
      conversations.map((c: Conversation) => c.id),
      ref,
      'conversation',
    );
  }
}

function byId(ids: string[], ref: string, what: string): string {
  if (ids.includes(ref)) return ref;
  const matches = ref.length >= MIN_PREFIX ? ids.filter((id) => id.startsWith(ref)) : [];
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) throw new UnknownReferenceError(`'${ref}' names more than one ${what}`);
  throw new UnknownReferenceError(`no ${what} '${ref}'`);
}

/** The item with that exact id in a snapshot list, or null. */
export function findById<T extends { id: string }>(list: readonly T[], id: string): T | null {
  return list.find((item) => item.id === id) ?? null;
}
