// Text with emoticons drawn as our own images. Built from tokens (text nodes and <img>), never
// from HTML strings, so names and messages can never inject markup (../shared/DESIGN.md).
import { memo, useMemo } from 'react';
import { emoticonSrc } from '../emoticons/art';
import { tokenizeEmoticons } from '../emoticons/tokenize';

interface Props {
  text: string;
  enabled: boolean;
}

export const EmoticonText = memo(function EmoticonText({
  text,
  enabled,
}: Props): React.JSX.Element {
  const tokens = useMemo(() => (enabled ? tokenizeEmoticons(text) : null), [text, enabled]);
  if (!tokens) return <>{text}</>;
  return (
    <>
      {tokens.map((token, i) =>
        token.kind === 'text' ? (
          <span key={i}>{token.text}</span>
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
