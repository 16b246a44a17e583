// Text → tokens (text runs and emoticons), for drawing the transcript only; text is always sent
// exactly as typed (../shared/ui-spec.md §4.1). Never builds HTML.
import type { Emoticon } from './table';
import { EMOTICONS } from './table';

export type Token =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; url: string }
  | { kind: 'emoticon'; text: string; emoticon: Emoticon };

interface Entry {
  shortcut: string;
  emoticon: Emoticon;
}

export interface EmoticonMatcher {
  /** Entries by first character (lower-cased for the case-insensitive ones), longest first. */
  byFirst: Map<string, Entry[]>;
}

export function buildMatcher(
  table: readonly Emoticon[] = EMOTICONS,
  includeLater = false,
): EmoticonMatcher {
  const byFirst = new Map<string, Entry[]>();
  for (const emoticon of table) {
    if (emoticon.tier === 'L' && !includeLater) continue;
    for (const shortcut of emoticon.shortcuts) {
      const keys = emoticon.caseSensitive
        ? [shortcut[0] ?? '']
        : [...new Set([(shortcut[0] ?? '').toLowerCase(), (shortcut[0] ?? '').toUpperCase()])];
      for (const key of keys) {
        const list = byFirst.get(key) ?? [];
        list.push({ shortcut, emoticon });
        byFirst.set(key, list);
      }
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.shortcut.length - a.shortcut.length);
  return { byFirst };
}

const DEFAULT_MATCHER = buildMatcher();

// [ext] shortcuts inside links are left alone (ui-spec §4.1: "Do not replace inside URLs").
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;

function matchAt(text: string, i: number, matcher: EmoticonMatcher): Entry | null {
  const candidates = matcher.byFirst.get(text[i] ?? '');
  if (!candidates) return null;
  for (const entry of candidates) {
    const slice = text.slice(i, i + entry.shortcut.length);
    const same = entry.emoticon.caseSensitive
      ? slice === entry.shortcut
      : slice.toLowerCase() === entry.shortcut.toLowerCase();
    if (same) return entry;
  }
  return null;
}

function tokenizePlain(text: string, matcher: EmoticonMatcher, out: Token[]): void {
  let run = '';
  let i = 0;
  while (i < text.length) {
    const entry = matchAt(text, i, matcher);
    if (entry) {
      if (run) out.push({ kind: 'text', text: run });
      run = '';
      const matched = text.slice(i, i + entry.shortcut.length);
      out.push({ kind: 'emoticon', text: matched, emoticon: entry.emoticon });
      i += entry.shortcut.length;
    } else {
      run += text[i];
      i += 1;
    }
  }
  if (run) out.push({ kind: 'text', text: run });
}

/** Longest match, left to right, no word boundaries (the original's behaviour). */
export function tokenizeEmoticons(
  text: string,
  matcher: EmoticonMatcher = DEFAULT_MATCHER,
): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(URL_PATTERN)) {
    const start = m.index ?? 0;
    tokenizePlain(text.slice(last, start), matcher, out);
    const url = /^www\./i.test(m[0]) ? `http://${m[0]}` : m[0];
    out.push({ kind: 'link', text: m[0], url });
    last = start + m[0].length;
  }
  tokenizePlain(text.slice(last), matcher, out);
  // Merge adjacent text tokens (URL runs next to plain runs) for tidy DOM.
  const merged: Token[] = [];
  for (const token of out) {
    const prev = merged[merged.length - 1];
    if (token.kind === 'text' && prev?.kind === 'text') prev.text += token.text;
    else merged.push(token.kind === 'text' ? { ...token } : token);
  }
  return merged;
}
