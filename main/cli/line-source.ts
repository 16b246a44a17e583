// Command lines with their line numbers, from a script file or from stdin. One reader for
// stdin serves both the password (its first line, without a terminal) and the commands, so no
// buffered line is lost between them.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export interface NumberedLine {
  text: string;
  /** 1 is the first line of the file or of stdin. */
  number: number;
}

export interface LineSource {
  /** The next line, or null at the end. */
  next(): Promise<NumberedLine | null>;
}

export function linesOf(texts: string[]): LineSource {
  let index = 0;
  return {
    next: async () => {
      if (index >= texts.length) return null;
      index += 1;
      return { text: texts[index - 1] ?? '', number: index };
    },
  };
}

export function linesFrom(input: Readable): LineSource {
  const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  let number = 0;
  return {
    next: async () => {
      const next = await lines.next();
      if (next.done) return null;
      number += 1;
      return { text: next.value, number };
    },
  };
}

/** A script file's lines (a final line break does not make an extra empty line). */
export function splitScript(content: string): string[] {
  const lines = content.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
