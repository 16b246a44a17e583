// Words for the search index: case- and accent-folded, letters and digits only. Scripts that
// do not put spaces between words (Chinese, Japanese) index each character as a word, so a
// phrase of them still matches. Besides each word, each pair of neighbouring words is a key,
// so a "quoted phrase" finds its messages without reading every message that has its words.
// Written as a character loop: a Unicode regex costs ~30 µs a message, too slow for rebuilds.
const MARKS = /\p{M}+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A word longer than this is cut: nobody searches for a 200-letter word, and it bounds keys. */
const MAX_WORD = 64;
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

const wordCodes = new Map<number, boolean>();
function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  }
  let known = wordCodes.get(code);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(code));
    if (wordCodes.size < 65_536) wordCodes.set(code, known);
  }
  return known;
}

const standsAlone = (code: number): boolean =>
  (code >= 0x3040 && code <= 0x30ff) ||
  (code >= 0x3400 && code <= 0x4dbf) ||
  (code >= 0x4e00 && code <= 0x9fff) ||
  (code >= 0xf900 && code <= 0xfaff);

/** Lower case, accents off (café → cafe), compatibility forms folded (ﬁ → fi). */
export function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** The words of a text, in order, folded. */
export function words(text: string): string[] {
  const folded = foldText(text);
  const out: string[] = [];
  let start = -1;
  const end = (i: number): void => {
    if (start >= 0) out.push(folded.slice(start, Math.min(i, start + MAX_WORD)));
    start = -1;
  };
  for (let i = 0; i < folded.length;) {
    const code = folded.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (!isWordCode(code)) {
      end(i);
    } else if (standsAlone(code)) {
      end(i);
      out.push(folded.slice(i, i + width));
    } else if (start < 0) {
      start = i;
    }
    i += width;
  }
  end(folded.length);
  return out;
}

/** 32-bit FNV-1a of a string's UTF-16 units: the index's key for a word. */
export function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The key of two neighbouring words. */
export const pairKey = (a: number, b: number): number =>
  (Math.imul(a ^ 0x5bd1e995, 0x01000193) ^ Math.imul(b, 0x27d4eb2d) ^ 0x9e3779b9) >>> 0;

/** The key under which every message with a contact is indexed (not a word: it has a \u0001). */
export const contactKey = (contact: string): number =>
  hashWord(`\u0001${contact.trim().toLowerCase()}`);

/** Distinct index keys for a message's text: its words and its pairs of neighbouring words. */
export function textKeys(text: string): number[] {
  const keys = new Set<number>();
  let previous = -1;
  for (const word of words(text)) {
    const key = hashWord(word);
    keys.add(key);
    if (previous >= 0) keys.add(pairKey(previous, key));
    previous = key;
  }
  return [...keys];
}

export interface ParsedQuery {
  /** Every word the text must hold (phrases' words included). */
  words: string[];
  /** Phrases ("in quotes"): their words must stand together and in order. */
  phrases: string[][];
}

/** Words and "quoted phrases"; at most `maxWords` words are kept. */
export function parseQuery(text: string, maxWords = 16): ParsedQuery {
  const phrases: string[][] = [];
  const all: string[] = [];
  const rest = text.replace(/"([^"]*)"?/g, (_, phrase: string) => {
    const phraseWords = words(phrase);
    if (phraseWords.length > 1) phrases.push(phraseWords);
    all.push(...phraseWords);
    return ' ';
  });
  all.push(...words(rest));
  return { words: [...new Set(all)].slice(0, maxWords), phrases };
}

/** The keys a message must have to match: each word, and each pair inside a phrase. */
export function queryKeys(query: ParsedQuery): number[] {
  const keys = new Set(query.words.map(hashWord));
  for (const phrase of query.phrases) {
    for (let i = 1; i < phrase.length; i++) {
      keys.add(pairKey(hashWord(phrase[i - 1]!), hashWord(phrase[i]!)));
    }
  }
  return [...keys].slice(0, 32);
}

/** True when a message's text holds every word, and every phrase in order. */
export function matchesQuery(text: string, query: ParsedQuery): boolean {
  if (query.words.length === 0) return true;
  const found = words(text);
  const set = new Set(found);
  if (!query.words.every((word) => set.has(word))) return false;
  return query.phrases.every((phrase) => containsRun(found, phrase));
}

function containsRun(haystack: string[], run: string[]): boolean {
  outer: for (let i = 0; i + run.length <= haystack.length; i++) {
    for (let j = 0; j < run.length; j++) if (haystack[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}
