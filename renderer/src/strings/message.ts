// A catalogue message: ICU MessageFormat text (plurals, selects, placeholders) with the types
// of its arguments. The text is parsed by intl-messageformat when first used (compile.ts).

declare const ARGS: unique symbol;

/** A value a message can take: text, a count, or a moment (formatted through Intl). */
export type MessageValue = string | number | Date;

export type MessageArgs = Record<string, MessageValue>;

/** An ICU message whose arguments are `A`; the type exists only for the compiler. */
export class Message<A extends MessageArgs> {
  declare readonly [ARGS]: A;
  constructor(readonly icu: string) {}
}

/**
 * `m<{ seconds: number }>('… {seconds, plural, one {# second} other {# seconds}}')`.
 * In a second language the argument types come from the catalogue type: `m('…')`.
 */
export function m<A extends MessageArgs>(icu: string): Message<A> {
  return new Message<A>(icu);
}

/** A catalogue's shape with its literal strings widened: what every language must provide. */
export type CatalogueOf<T> = T extends string
  ? string
  : T extends Message<infer A>
    ? Message<A>
    : { readonly [K in keyof T]: CatalogueOf<T[K]> };

/** A catalogue ready to read: strings as they are, messages as functions of named arguments. */
export type Compiled<T> = T extends string
  ? string
  : T extends Message<infer A>
    ? (args: A) => string
    : { readonly [K in keyof T]: Compiled<T[K]> };
