// Words for the search index: case- and accent-folded, letters and digits only. Scripts that
// do not put spaces between words (Chinese, Japanese) index each character as a word, so a
// phrase of them still matches (the phrase check then asks for them in order).
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const NO_SPACES = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const MARKS = /\p{M}+/gu;
/** A word longer than this is cut: nobody searches for a 200-letter word, and it bounds keys. */
const MAX_WORD = 64;

/** Lower case, accents off (café → cafe), compatibility forms folded (ﬁ → fi). */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** The words of a text, in order, folded. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const match of foldText(text).matchAll(WORD)) {
    const word = match[0];
    if (NO_SPACES.test(word)) {
      for (const char of word) out.push(char);
    } else {
      out.push(word.length > MAX_WORD ? word.slice(0, MAX_WORD) : word);
    }
  }
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

/** The key under which every message with a contact is indexed (not a word: it has a \u0001). */
export const contactKey = (contact: string): number =>
  hashWord(`\u0001${contact.trim().toLowerCase()}`);

/** Distinct index keys for a message's text. */
export function textKeys(text: string): number[] {
  return [...new Set(words(text).map(hashWord))];
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
