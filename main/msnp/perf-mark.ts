// A User Timing mark of a sign-in step, read by the sign-in benchmark (test/bench). Each name
// keeps only its latest mark, so a long run (reconnections) never grows the timeline.
export function markStep(name: string): void {
  performance.clearMarks(name);
  performance.mark(name);
}
