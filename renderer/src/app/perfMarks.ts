// User Timing marks of what a person waits for (sign-in to a painted list), read by the
// sign-in benchmark (test/bench). Each name keeps only its latest mark, so nothing grows.
export function markStep(name: string): void {
  performance.clearMarks(name);
  performance.mark(name);
}

/** Marks `name` once the frame after this point has been painted. */
export function markAfterPaint(name: string): void {
  requestAnimationFrame(() => setTimeout(() => markStep(name), 0));
}
