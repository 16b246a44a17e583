// Checks of single words (numbers, fixed choices), failing with a usage error that says what
// was expected. Anything the protocol decides (valid addresses, lengths) is left to the core.
import { UsageError } from './errors';

export function integerWord(word: string, what: string): number {
  if (!/^\d{1,9}$/.test(word))
    throw new UsageError(`${what} must be a whole number, not '${word}'`);
  return Number(word);
}

export function choiceWord<T extends string>(word: string, choices: readonly T[], what: string): T {
  const found = choices.find((c) => c === word);
  if (found === undefined)
    throw new UsageError(`${what} must be one of ${choices.join(' ')}, not '${word}'`);
  return found;
}

/** Seconds as a positive number (fractions allowed), in milliseconds. */
export function secondsWord(word: string, what: string): number {
  const seconds = /^\d+(\.\d+)?$/.test(word) ? Number(word) : NaN;
  if (!(seconds > 0) || seconds > 86_400)
    throw new UsageError(`${what} must be a number of seconds (up to a day), not '${word}'`);
  return Math.round(seconds * 1000);
}
