// A catalogue turned into what components read: strings stay strings, each message becomes a
// function of its named arguments. A message is parsed by intl-messageformat the first time it
// is used, then kept: parsing every message at start-up would cost time for text never shown.
import { IntlMessageFormat } from 'intl-messageformat';
import type { Compiled, MessageArgs } from './message';
import { Message } from './message';

/** ignoreTag: our messages have no rich-text tags, so "<{email}>" is plain text. */
export function parseMessage(icu: string, locale: string): IntlMessageFormat {
  return new IntlMessageFormat(icu, locale, undefined, { ignoreTag: true });
}

function compileMessage<A extends MessageArgs>(
  message: Message<A>,
  locale: string,
): (args: A) => string {
  let format: IntlMessageFormat | null = null;
  return (args) => {
    try {
      format ??= parseMessage(message.icu, locale);
      return String(format.format(args));
    } catch (error) {
      // A broken translation must not take the window down; the catalogue test catches it.
      console.error(`Could not format the message "${message.icu}"`, error);
      return message.icu;
    }
  };
}

export function compileCatalogue<T>(catalogue: T, locale: string): Compiled<T> {
  if (typeof catalogue === 'string') return catalogue as Compiled<T>;
  if (catalogue instanceof Message) return compileMessage(catalogue, locale) as Compiled<T>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(catalogue as Record<string, unknown>)) {
    out[key] = compileCatalogue(value, locale);
  }
  return out as Compiled<T>;
}
