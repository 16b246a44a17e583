// Putting queued items on a switchboard, and turning incoming payloads into events.
// reference: switchboard.md §5 (ack modes), §6 (dispatch by media type), §8, §10
import { randomUUID } from 'node:crypto';
import type { ChatMessage } from '@shared/domain';
import { classifyPayload } from '../messages/incoming';
import type { Invitation } from '../messages/invite';
import { buildNudgePayload, NUDGE_ID } from '../messages/nudge';
import { buildTextPayload } from '../messages/text';
import { buildTypingPayload, TYPING_SEND_INTERVAL_MS } from '../messages/typing';
import type { DeliveryOutcome, SwitchboardSession } from '../switchboard/switchboard-session';
import type { QueuedItem } from './conversation-record';

/**
 * Writes the items in order on one session (one socket keeps them in order). Chat text uses
 * mode A; a split text is delivered when every part is acknowledged (§5).
 */
export function flushQueue(
  session: SwitchboardSession,
  items: readonly QueuedItem[],
  settle: (messageId: string, outcome: DeliveryOutcome) => void,
): void {
  for (const item of items) {
    switch (item.kind) {
      case 'text': {
        const parts = item.parts.map((part) =>
          session.sendAcknowledged(buildTextPayload(part, item.format)),
        );
        void Promise.all(parts).then((outcomes) => settle(item.messageId, combine(outcomes)));
        break;
      }
      case 'typing':
        // A stale notice would show "typing" after the person stopped: drop it.
        if (Date.now() - item.queuedAt < TYPING_SEND_INTERVAL_MS) {
          session.sendUnacknowledged('U', buildTypingPayload(session.selfEmail));
        }
        break;
      case 'nudge':
        session.sendUnacknowledged('N', buildNudgePayload());
        break;
      case 'invitation':
        session.sendUnacknowledged('N', item.payload);
        break;
    }
  }
}

/**
 * One outcome for the parts of a split text: refused or lost if any part was; not confirmed
 * if any part went unanswered (confirmed later once every such part is); else delivered.
 */
function combine(outcomes: readonly DeliveryOutcome[]): DeliveryOutcome {
  const failed = outcomes.find((o) => !o.delivered && o.reason !== 'timeout');
  if (failed) return failed;
  const unanswered = outcomes.filter(
    (o): o is Extract<DeliveryOutcome, { reason: 'timeout' }> =>
      !o.delivered && o.reason === 'timeout',
  );
  if (unanswered.length === 0) return { delivered: true };
  const later = unanswered.map((o) => o.confirmedLater);
  if (later.some((p) => p === undefined)) return { delivered: false, reason: 'timeout' };
  return {
    delivered: false,
    reason: 'timeout',
    confirmedLater: Promise.all(later).then(() => undefined),
  };
}

export interface IncomingSource {
  conversationId: string;
  from: string;
  fromName: string;
}

/** Where incoming payloads end up (the manager's events and the file transfers). */
export interface IncomingSink {
  message(message: ChatMessage): void;
  typing(event: { conversationId: string; email: string; name: string }): void;
  nudge(event: { conversationId: string; email: string; name: string }): void;
  unsupported(event: { conversationId: string; email: string; contentType: string }): void;
  invitation(source: IncomingSource, invitation: Invitation): void;
}

export function routePayload(payload: Buffer, source: IncomingSource, ctx: IncomingSink): void {
  const { conversationId, from, fromName } = source;
  const incoming = classifyPayload(payload);
  switch (incoming.kind) {
    case 'text':
      ctx.message({
        id: randomUUID(),
        conversationId,
        direction: 'in',
        from,
        fromName,
        text: incoming.text,
        format: incoming.format,
        time: Date.now(),
      });
      break;
    case 'typing':
      // A notice can only come from a member (§2.2): trust the MSG sender over TypingUser.
      ctx.typing({ conversationId, email: from, name: fromName });
      break;
    case 'datacast':
      if (incoming.id === NUDGE_ID) ctx.nudge({ conversationId, email: from, name: fromName });
      else {
        const contentType = `text/x-msnmsgr-datacast; ID=${incoming.id ?? '?'}`;
        ctx.unsupported({ conversationId, email: from, contentType });
      }
      break;
    case 'invitation':
      ctx.invitation(source, incoming.invitation);
      break;
    case 'clientCaps': // §9: parsed and ignored
    case 'ignored': // MSNP9+ features this client does not claim
      break;
    case 'unknown':
      ctx.unsupported({ conversationId, email: from, contentType: incoming.contentType });
      break;
  }
}
