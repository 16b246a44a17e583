// Every chat message of the session, and the rule that an outgoing one ends in exactly one
// of delivered / unconfirmed / failed (../shared/DESIGN.md, State and IPC; switchboard.md §5).
import type { ChatMessage } from '@shared/domain';
import type { DeliveryOutcome } from '../switchboard/switchboard-session';
import { deliveryErrorText } from './conversation-errors';

export interface DeliveryEvents {
  delivered(event: { conversationId: string; messageId: string }): void;
  /** Sent, neither confirmed nor refused (msnp8/README.md §11.1: no ACK/NAK at all). */
  unconfirmed(event: { conversationId: string; messageId: string }): void;
  failed(event: { conversationId: string; messageId: string; error: string }): void;
}

/** Settled messages kept for the snapshot; the shell keeps the history, the core need not. */
export const MAX_KEPT_MESSAGES = 5_000;

export class MessageBook {
  private readonly messages = new Map<string, ChatMessage>();

  constructor(
    private readonly events: DeliveryEvents,
    private readonly maxKept = MAX_KEPT_MESSAGES,
  ) {}

  has(id: string): boolean {
    return this.messages.has(id);
  }
  get(id: string): ChatMessage | undefined {
    return this.messages.get(id);
  }
  add(message: ChatMessage): void {
    this.messages.set(message.id, message);
    if (this.messages.size <= this.maxKept) return;
    // Forget the oldest settled ones; a sending or failed message stays (resend needs it).
    for (const [id, old] of this.messages) {
      if (this.messages.size <= this.maxKept) break;
      if (old.state === 'delivered' || old.direction === 'in') this.messages.delete(id);
    }
  }
  list(): ChatMessage[] {
    return [...this.messages.values()].map((m) => ({ ...m }));
  }

  /** Records the outcome of a `sending` message; later outcomes for it are ignored. */
  settle(messageId: string, outcome: DeliveryOutcome): void {
    if (outcome.delivered) {
      const message = this.messages.get(messageId);
      if (!message || message.state !== 'sending') return;
      message.state = 'delivered';
      this.events.delivered({ conversationId: message.conversationId, messageId });
    } else if (outcome.reason === 'timeout') {
      const message = this.messages.get(messageId);
      if (!message || message.state !== 'sending') return;
      message.state = 'unconfirmed'; // the text stays, for resendMessage
      this.events.unconfirmed({ conversationId: message.conversationId, messageId });
      void outcome.confirmedLater?.then(() => this.confirmLate(messageId));
    } else this.fail(messageId, deliveryErrorText(outcome));
  }

  /** A late ACK: an unconfirmed message (not resent meanwhile) turns out delivered. */
  private confirmLate(messageId: string): void {
    const message = this.messages.get(messageId);
    if (!message || message.state !== 'unconfirmed') return;
    message.state = 'delivered';
    this.events.delivered({ conversationId: message.conversationId, messageId });
  }

  fail(messageId: string, error: string): void {
    const message = this.messages.get(messageId);
    if (!message || message.state !== 'sending') return; // exactly one end state
    message.state = 'failed';
    message.error = error; // the text stays, for resendMessage
    this.events.failed({ conversationId: message.conversationId, messageId, error });
  }
}
