// Text a contact or a server chose, inside our sentences: each piece in its own <bdi>, so
// bidirectional controls in a name (U+202E…) cannot reorder the words around it, turn
// "invoice[U+202E]fdp.exe" into "invoiceexe.pdf" or move the buttons after it.
import { Fragment } from 'react';

export { isolateText } from '@shared/bidi';

type Arg = string | number;

// Private-use markers stand for the arguments while the sentence is built; the arguments
// themselves are never scanned, so their text cannot pose as a marker.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = new RegExp(`${OPEN}(\\d+)${CLOSE}`);

/** `template(...args)` with every string argument isolated. Numbers are ours and stay plain. */
export function isolate<A extends Arg[]>(
  template: (...args: A) => string,
  ...args: A
): React.ReactNode {
  const markers = args.map((a, i) => (typeof a === 'number' ? a : `${OPEN}${i}${CLOSE}`));
  const parts = template(...(markers as A)).split(MARKER);
  return parts.map((part, i) =>
    i % 2 === 0 ? (
      part === '' ? null : (
        <Fragment key={i}>{part}</Fragment>
      )
    ) : (
      <Fragment key={i}>{isolated(args[Number(part)])}</Fragment>
    ),
  );
}

function isolated(arg: Arg | undefined): React.ReactNode {
  if (arg === undefined) return null;
  return typeof arg === 'number' ? arg : <bdi>{arg}</bdi>;
}

/** `template(items joined by ", ")` with each item isolated on its own. */
export function isolateList(
  template: (joined: string) => string,
  items: readonly string[],
): React.ReactNode {
  const [before = '', after = ''] = template(`${OPEN}0${CLOSE}`).split(`${OPEN}0${CLOSE}`);
  return (
    <>
      {before}
      {items.map((item, i) => (
        <Fragment key={i}>
          {i > 0 ? ', ' : null}
          <bdi>{item}</bdi>
        </Fragment>
      ))}
      {after}
    </>
  );
}
