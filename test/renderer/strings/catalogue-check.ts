// Compares two language catalogues: the same keys, the same kind of entry (text or message),
// every message parses, and each message takes the same arguments of the same kind in both.
// Each problem names the key, so a failing test says what to fix.
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { parseMessage } from '../../../renderer/src/strings/compile';
import { Message } from '../../../renderer/src/strings/message';

type Tree = { readonly [key: string]: unknown };

/** What an argument is used as: a plural and a number both need a number, etc. */
type ArgKind = 'text' | 'number' | 'date' | 'select';

// The parser's element types (TYPE in @formatjs/icu-messageformat-parser).
const KIND_OF_TYPE: Record<number, ArgKind | undefined> = {
  1: 'text', // argument
  2: 'number', // number
  3: 'date', // date
  4: 'date', // time
  5: 'select', // select
  6: 'number', // plural (and selectordinal)
};

export function argumentsOf(
  elements: MessageFormatElement[],
  into = new Map<string, Set<ArgKind>>(),
): Map<string, Set<ArgKind>> {
  for (const element of elements) {
    const kind = KIND_OF_TYPE[element.type];
    if (kind && 'value' in element && typeof element.value === 'string') {
      const kinds = into.get(element.value) ?? new Set<ArgKind>();
      kinds.add(kind);
      into.set(element.value, kinds);
    }
    if ('options' in element) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if ('children' in element) argumentsOf(element.children, into);
  }
  return into;
}

const describeArgs = (args: Map<string, Set<ArgKind>>): string =>
  [...args]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, kinds]) => `${name}: ${[...kinds].sort().join('|')}`)
    .join(', ') || 'none';

function parsed(key: string, message: { icu: string }, locale: string, problems: string[]) {
  try {
    return parseMessage(message.icu, locale).getAst();
  } catch (error) {
    problems.push(`${key} (${locale}): does not parse: ${(error as Error).message}`);
    return null;
  }
}

export function compareCatalogues(
  base: Tree,
  baseLocale: string,
  other: Tree,
  otherLocale: string,
  path: string[] = [],
  problems: string[] = [],
): string[] {
  const keys = new Set([...Object.keys(base), ...Object.keys(other)]);
  for (const key of keys) {
    const at = [...path, key].join('.');
    const a = base[key];
    const b = other[key];
    if (a === undefined) problems.push(`${at}: in ${otherLocale} but not in ${baseLocale}`);
    else if (b === undefined) problems.push(`${at}: in ${baseLocale} but not in ${otherLocale}`);
    else if (typeof a === 'string' || typeof b === 'string') {
      if (typeof a !== typeof b)
        problems.push(`${at}: text in one language, a message in the other`);
      else if ((b as string).trim() === '') problems.push(`${at}: empty in ${otherLocale}`);
    } else if (a instanceof Message || b instanceof Message) {
      if (!(a instanceof Message && b instanceof Message)) {
        problems.push(`${at}: a message in one language, not in the other`);
        continue;
      }
      const astA = parsed(at, a, baseLocale, problems);
      const astB = parsed(at, b, otherLocale, problems);
      if (!astA || !astB) continue;
      const argsA = describeArgs(argumentsOf(astA));
      const argsB = describeArgs(argumentsOf(astB));
      if (argsA !== argsB) {
        problems.push(
          `${at}: arguments differ: ${baseLocale} {${argsA}}, ${otherLocale} {${argsB}}`,
        );
      }
    } else {
      compareCatalogues(a as Tree, baseLocale, b as Tree, otherLocale, [...path, key], problems);
    }
  }
  return problems;
}
