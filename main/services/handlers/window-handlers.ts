// The app and its windows: the snapshot a window starts from, links, showing and closing.
import type { HandlerContext, HandlerGroup } from './context';

type WindowChannel =
  'app:snapshot' | 'app:openExternal' | 'window:showConversation' | 'window:close';

export function windowHandlers(ctx: HandlerContext): HandlerGroup<WindowChannel> {
  const { registry, desktop, snapshot } = ctx;
  return {
    'app:snapshot': () => snapshot(),
    'app:openExternal': ({ url }) => desktop.external.open(url),
    'window:showConversation': ({ conversationId }) => {
      registry.forConversation(conversationId); // one of a current sign-in, else a plain error
      desktop.windows.show(conversationId, 'user');
    },
    'window:close': (_args, origin) => desktop.windows.closeSender(origin.senderId),
  };
}
