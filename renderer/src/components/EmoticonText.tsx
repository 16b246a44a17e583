// Text with emoticons drawn as our own images. Built from tokens (text nodes and <img>), never
// from HTML strings, so names and messages can never inject markup (../shared/DESIGN.md).
import { memo, useMemo } from 'react';
import { emoticonSrc } from '../emoticons/art';
import { buildMatcher, tokenizeEmoticons } from '../emoticons/tokenize';
import { openLink } from '../stores/actions';

const NO_EMOTICONS = buildMatcher([]);

interface Props {
  text: string;
  enabled: boolean;
  /** Links open in the browser only when clicked (messages yes, display names no). */
  links?: boolean;
}

export const EmoticonText = memo(function EmoticonText({
  text,
  enabled,
  links = false,
}: Props): React.JSX.Element {
  const tokens = useMemo(
    () => (enabled || links ? tokenizeEmoticons(text, enabled ? undefined : NO_EMOTICONS) : null),
    [text, enabled, links],
  );
  if (!tokens) return <>{text}</>;
  return (
    <>
      {tokens.map((token, i) =>
        token.kind === 'text' || (token.kind === 'link' && !links) ? (
          <span key={i}>{token.text}</span>
        ) : token.kind === 'link' ? (
          <a
            key={i}
            href={token.url}
            className="message-link"
            onClick={(e) => {
              e.preventDefault();
              openLink(token.url);
            }}
          >
            {token.text}
          </a>
        ) : (
          <img
            key={i}
            className="emoticon"
            src={emoticonSrc(token.emoticon.id)}
            alt={token.text}
            title={`${token.emoticon.name}  ${token.emoticon.shortcuts[0] ?? token.text}`}
            width={19}
            height={19}
            draggable={false}
          />
        ),
      )}
    </>
  );
});
