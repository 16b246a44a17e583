// Text from servers and contacts is untrusted: on a terminal, control characters could move
// the cursor or rewrite earlier lines, and bidirectional controls could reorder what is shown
// (../shared/DESIGN.md, Security). They are printed as escapes instead.

// C0, DEL, C1, the bidirectional embeddings/overrides/isolates and marks, and U+2028/U+2029
// (line breaks to some line readers, which would split one JSON line in two).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Every unsafe character as `\n`, `\t`, `\r` or `\uXXXX`. Applied to JSON text, the result is
 * still the same JSON (JSON.stringify has already escaped C0, so only characters inside strings
 * remain, where `\uXXXX` means the same character).
 */
export function escapeControls(text: string): string {
  return text.replace(
    UNSAFE,
    (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
