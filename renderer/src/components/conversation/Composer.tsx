// The input box and Send (ui-spec §1.4.4): Enter sends, Shift+Enter is a new line, Alt+S sends;
// typing notices at most every 5 s (§1.4.6); 400 characters, with a counter that turns red.
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { useConversations } from '../../stores/conversations';
import { draftOf, saveDraft } from '../../stores/drafts';
import { usePreferences } from '../../stores/preferences';
import { l10n } from '../../strings';
import { useAppliedTheme } from '../../app/theme';
import { formatStyle } from './formatStyle';

export const MAX_MESSAGE_LENGTH = 400;
const TYPING_INTERVAL_MS = 5000;

export interface ComposerHandle {
  insert(text: string): void;
  focus(): void;
}

export const Composer = forwardRef<ComposerHandle, { conversationId: string }>(function Composer(
  { conversationId },
  handle,
) {
  const send = useConversations((s) => s.send);
  const sendTyping = useConversations((s) => s.sendTyping);
  const format = usePreferences((s) => s.format);
  const theme = useAppliedTheme();
  const [text, setText] = useState(() => draftOf(conversationId));
  useEffect(() => saveDraft(conversationId, text), [conversationId, text]);
  const lastTyping = useRef(0);
  const ref = useRef<HTMLTextAreaElement>(null);

  useImperativeHandle(handle, () => ({
    insert(snippet: string) {
      const el = ref.current;
      const start = el?.selectionStart ?? text.length;
      const end = el?.selectionEnd ?? text.length;
      const next = text.slice(0, start) + snippet + text.slice(end);
      setText(next);
      requestAnimationFrame(() => {
        el?.focus();
        el?.setSelectionRange(start + snippet.length, start + snippet.length);
      });
    },
    focus() {
      ref.current?.focus();
    },
  }));

  const tooLong = text.length > MAX_MESSAGE_LENGTH;
  const canSend = text.trim().length > 0 && !tooLong;

  const submit = (): void => {
    if (!canSend) return;
    void send(conversationId, text, format);
    setText('');
    lastTyping.current = 0;
    ref.current?.focus();
  };

  return (
    <div className="composer">
      <textarea
        ref={ref}
        className="composer__input"
        aria-label={l10n.conversation.input}
        data-pane="input"
        value={text}
        style={formatStyle(format, theme)}
        onChange={(e) => {
          setText(e.target.value);
          const now = Date.now();
          if (e.target.value.length > 0 && now - lastTyping.current >= TYPING_INTERVAL_MS) {
            lastTyping.current = now;
            void sendTyping(conversationId);
          }
        }}
        onKeyDown={(e) => {
          if (
            (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) ||
            (e.altKey && e.key.toLowerCase() === 's')
          ) {
            e.preventDefault();
            submit();
          }
        }}
      />
      <div className="composer__side">
        <button
          type="button"
          className="button composer__send"
          disabled={!canSend}
          onClick={submit}
        >
          {l10n.conversation.send}
        </button>
        <span
          className={`composer__count${tooLong ? ' composer__count--over' : ''}`}
          aria-live="polite"
        >
          {text.length > MAX_MESSAGE_LENGTH - 50
            ? l10n.conversation.tooLong({ n: text.length, max: MAX_MESSAGE_LENGTH })
            : ''}
        </span>
      </div>
    </div>
  );
});
