// Isolating text a contact or a server chose inside plain text (a title, a tooltip, a toast,
// a desktop notification), where no <bdi> element can: bidirectional controls in a name must
// not reorder the words around it.

// Embeddings, overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C).
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/**
 * The text between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, its own bidi controls
 * dropped (an unmatched PDI in it would end the isolate early).
 */
export function isolateText(text: string): string {
  return `\u2068${text.replace(BIDI_CONTROLS, '')}\u2069`;
}
