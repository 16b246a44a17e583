// Every request channel's handler, assembled from the per-concern modules.
import type { RequestHandlers } from '../../ipc/router';
import { contactHandlers } from './contact-handlers';
import type { HandlerContext } from './context';
import { conversationHandlers } from './conversation-handlers';
import { fileHandlers } from './file-handlers';
import { networkHandlers } from './network-handlers';
import { historyHandlers } from './history-handlers';
import { preferenceHandlers } from './preference-handlers';
import { sessionHandlers } from './session-handlers';
import { windowHandlers } from './window-handlers';

export type { HandlerContext } from './context';

export function createHandlers(ctx: HandlerContext): RequestHandlers {
  return {
    ...windowHandlers(ctx),
    ...sessionHandlers(ctx),
    ...contactHandlers(ctx),
    ...conversationHandlers(ctx),
    ...fileHandlers(ctx),
    ...preferenceHandlers(ctx),
    ...networkHandlers(ctx),
    ...historyHandlers(ctx),
  };
}
