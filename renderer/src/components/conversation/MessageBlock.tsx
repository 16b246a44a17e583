// One message: the grey "Name says:" line, then the body indented in the sender's font and
// colour, as text with emoticon images (never HTML). Failed ones offer "Try again";
// unconfirmed ones (no ACK or NAK from the server) stay muted, with "Send again" offered.
import { memo } from 'react';
import type { ChatMessage } from '@shared/domain';
import { useContacts } from '../../stores/contacts';
import { useConversations } from '../../stores/conversations';
import { usePreferences } from '../../stores/preferences';
import { useSession } from '../../stores/session';
import { l10n, useLanguage } from '../../strings';
import { EmoticonText } from '../EmoticonText';
import { formatStyle } from './formatStyle';
import { useAppliedTheme } from '../../app/theme';
import { isolate, isolateText } from '../isolate';

export const MessageBlock = memo(function MessageBlock({
  message,
}: {
  message: ChatMessage;
}): React.JSX.Element {
  // Memo'd: re-rendered in a new language by this subscription, not by its parent.
  useLanguage();
  const selfName = useSession((s) => s.self?.friendlyName ?? s.self?.email ?? '');
  const showEmoticons = usePreferences((s) => s.settings.showEmoticons);
  const resend = useConversations((s) => s.resend);
  const theme = useAppliedTheme();
  // A name only I see for the sender replaces theirs; theirs stays in the tooltip.
  const nickname = useContacts((s) =>
    message.direction === 'in' ? s.nicknames[message.from.toLowerCase()] : undefined,
  );
  const realName =
    message.direction === 'out' ? message.fromName || selfName : message.fromName || message.from;
  const name = nickname ?? realName;
  const body = (
    <div className="message__body" style={formatStyle(message.format, theme)}>
      <bdi>
        <EmoticonText text={message.text} enabled={showEmoticons} links />
      </bdi>
    </div>
  );
  if (message.state === 'failed') {
    return (
      <div className="message message--failed" data-state="failed">
        <div className="system-line">{l10n.conversation.failed}</div>
        <div className="message__failed-text">
          <bdi>{message.text}</bdi>
        </div>
        {message.error ? (
          <div className="system-line">
            <bdi>{message.error}</bdi>
          </div>
        ) : null}
        <button
          type="button"
          className="link-button message__retry"
          onClick={() => void resend(message.conversationId, message.id)}
        >
          {l10n.conversation.tryAgain}
        </button>
      </div>
    );
  }
  return (
    <div className={`message message--${message.direction}`} data-state={message.state}>
      <div
        className="message__header"
        title={
          nickname
            ? l10n.list.tooltip({ name: isolateText(realName), email: message.from })
            : undefined
        }
      >
        {isolate(l10n.conversation.says, { name })}
        {message.state === 'sending' ? (
          <span className="message__sending"> {l10n.conversation.sending}</span>
        ) : null}
        {message.state === 'unconfirmed' ? (
          <span className="message__unconfirmed">
            {' '}
            ({l10n.conversation.unconfirmed}){' '}
            <button
              type="button"
              className="link-button"
              onClick={() => void resend(message.conversationId, message.id)}
            >
              {l10n.conversation.sendAgain}
            </button>
          </span>
        ) : null}
      </div>
      {body}
    </div>
  );
});
