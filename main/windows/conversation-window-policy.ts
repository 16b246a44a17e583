// What showing a conversation does to its window (ui-spec §1.4.9): a new incoming
// conversation opens without taking focus and flashes; one the person asked for comes to the
// front; a message in an open, unfocused window flashes it. Pure, so it is tested in Node.
export type ConversationWindowAction =
  'openInactiveAndFlash' | 'openAndFocus' | 'focus' | 'flash' | 'none';

export function conversationWindowAction(
  window: { exists: boolean; focused: boolean },
  reason: 'user' | 'incoming',
): ConversationWindowAction {
  if (!window.exists) return reason === 'user' ? 'openAndFocus' : 'openInactiveAndFlash';
  if (reason === 'user') return 'focus';
  return window.focused ? 'none' : 'flash';
}
