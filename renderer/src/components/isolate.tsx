// Text a contact or a server chose, inside our sentences: each piece in its own <bdi>, so
// bidirectional controls in a name (U+202E…) cannot reorder the words around it, turn
// "invoice[U+202E]fdp.exe" into "invoiceexe.pdf" or move the buttons after it.
import { Fragment } from 'react';
import { currentLanguage } from '../strings';

export { isolateText } from '@shared/bidi';

type Arg = string | number | Date;

// Private-use markers stand for the arguments while the sentence is built; the arguments
// themselves are never scanned, so their text cannot pose as a marker.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = new RegExp(`${OPEN}([^${CLOSE}]+)${CLOSE}`);

/**
 * `template(args)` with every string argument isolated. Numbers and dates are ours and stay
 * plain (a `plural` needs the number itself).
 */
export function isolate<A extends Record<string, Arg>>(
  template: (args: A) => string,
  args: A,
): React.ReactNode {
  const markers = Object.fromEntries(
    Object.entries(args).map(([key, a]) => [
      key,
      typeof a === 'string' ? `${OPEN}${key}${CLOSE}` : a,
    ]),
  ) as A;
  const parts = template(markers).split(MARKER);
  return parts.map((part, i) =>
    i % 2 === 0 ? (
      part === '' ? null : (
        <Fragment key={i}>{part}</Fragment>
      )
    ) : (
      <Fragment key={i}>
        <bdi>{String(args[part])}</bdi>
      </Fragment>
    ),
  );
}

/**
 * `template({ names })`, the names listed the language's way ("Ana, Bob and Carol", "Ana, Bob e
 * Carol": Intl.ListFormat), each name isolated on its own.
 */
export function isolateList(
  template: (args: { names: string }) => string,
  items: readonly string[],
): React.ReactNode {
  const marker = `${OPEN}names${CLOSE}`;
  const [before = '', after = ''] = template({ names: marker }).split(marker);
  const parts = new Intl.ListFormat(currentLanguage(), { type: 'conjunction' }).formatToParts(
    items,
  );
  return (
    <>
      {before}
      {parts.map((part, i) =>
        part.type === 'element' ? (
          <bdi key={i}>{part.value}</bdi>
        ) : (
          <Fragment key={i}>{part.value}</Fragment>
        ),
      )}
      {after}
    </>
  );
}
