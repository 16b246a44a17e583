// Fast path for decoding the many names of a large SYN (msnp8/README.md §5, receiving rules):
// the native decoder handles well-formed input; anything it rejects (a lone `%`, invalid
// UTF-8) goes to the codec's tolerant decoder, so the result is the same and never throws.
import { decodeParam } from '../codec';

export function decodeName(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return decodeParam(text);
  }
}
