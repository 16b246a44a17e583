// Plain sentences for what went wrong in a conversation (reference: errors.md §2, §3).
import { describeError } from '../codec';
import { MsnpError, RequestTimeoutError } from '../connection';
import type { DeliveryOutcome } from '../switchboard/switchboard-session';

export const NOT_ONLINE_TEXT = "You can't start conversations while you appear offline.";
export const NOT_CONNECTED_TEXT =
  'You are not connected right now. Send the message again once you are signed in.';
export const CONVERSATION_CLOSED_TEXT =
  'The conversation was closed before this message was delivered.';

/** Why a conversation could not be set up or a contact could not be invited. */
export function conversationErrorText(error: unknown, name?: string): string {
  if (error instanceof MsnpError) {
    switch (error.code) {
      case 216:
      case 217:
        // reference: switchboard.md §1.3 — offline, hidden, blocking you, or not accepting
        return `${name ?? 'This contact'} is offline or not accepting messages right now.`;
      case 208:
        return `${name ?? 'That'} is not a valid e-mail address.`;
      case 911:
        return 'The conversation could not be joined.';
      default:
        return error.info.message;
    }
  }
  // The broker's own errors (XFR SB on the NS) carry the server's code, if any.
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'number' && code >= 200 && code <= 999) {
    return describeError(code, 'XFR').message;
  }
  if (error instanceof RequestTimeoutError) {
    return 'The server did not answer in time. Please try again.';
  }
  if (error instanceof ConversationError) return error.message;
  return "The conversation could not be started (can't reach the conversation server).";
}

/** A failure the manager itself decides (nobody answered, signed out, …). */
export class ConversationError extends Error {
  override readonly name = 'ConversationError';
}

export function deliveryErrorText(outcome: DeliveryOutcome): string {
  if (outcome.delivered) return '';
  switch (outcome.reason) {
    case 'nak':
      return 'This message could not be delivered to all recipients.';
    case 'timeout':
      return 'This message may not have been delivered: the server did not confirm it.';
    case 'tooLarge':
      return 'This message is too long to send.';
    case 'closed':
      return outcome.detail ?? CONVERSATION_CLOSED_TEXT;
  }
}
