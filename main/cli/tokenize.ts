// Splits a command line into words. A word is a run of non-blank characters, or a JSON string
// literal ("two words", "line one\nline two") for text with blanks, quotes or line breaks.
import { UsageError } from './errors';

export interface Word {
  text: string;
  /** Offset just past the word in the line (where the rest of the line starts). */
  end: number;
}

/** The next word at or after `from`, or null at the end of the line. */
export function nextWord(line: string, from: number): Word | null {
  let start = from;
  while (start < line.length && /\s/.test(line[start] ?? '')) start += 1;
  if (start >= line.length) return null;
  if (line[start] === '"') {
    const end = closingQuote(line, start);
    return { text: decodeJsonString(line.slice(start, end + 1)), end: end + 1 };
  }
  let end = start;
  while (end < line.length && !/\s/.test(line[end] ?? '')) end += 1;
  return { text: line.slice(start, end), end };
}

/**
 * The rest of the line from `from`, trimmed: taken as it is, or decoded when the whole rest is
 * one JSON string literal (so a message can hold line breaks or start with blanks).
 */
export function restOfLine(line: string, from: number): string {
  const rest = line.slice(from).trim();
  if (rest.length >= 2 && rest.startsWith('"') && closingQuoteOrNull(rest, 0) === rest.length - 1)
    return decodeJsonString(rest);
  return rest;
}

function closingQuote(line: string, start: number): number {
  const end = closingQuoteOrNull(line, start);
  if (end === null) throw new UsageError('a quoted word has no closing quote');
  return end;
}

function closingQuoteOrNull(line: string, start: number): number | null {
  for (let i = start + 1; i < line.length; i += 1) {
    if (line[i] === '\\') i += 1;
    else if (line[i] === '"') return i;
  }
  return null;
}

function decodeJsonString(literal: string): string {
  try {
    const value: unknown = JSON.parse(literal);
    if (typeof value === 'string') return value;
  } catch {
    // reported below
  }
  throw new UsageError(`${literal} is not a valid quoted string (JSON syntax)`);
}
