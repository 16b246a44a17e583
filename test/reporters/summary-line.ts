// Prints one plain closing line, `tests: N passed, N failed, N skipped`, after the default
// reporter, so CI can read the count without knowing Vitest's own format.
import type { SerializedError } from 'vitest';
import type { Reporter, TestModule } from 'vitest/node';

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * A file that failed to load or run (an import or top-level error, a beforeAll/afterAll that
 * threw or timed out: its tests then show as skipped) counts as one failure unless one of its
 * own tests already failed; so does an error raised outside any test.
 */
export function countResults(
  testModules: ReadonlyArray<TestModule>,
  unhandledErrors: ReadonlyArray<SerializedError> = [],
): Counts {
  const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  for (const module of testModules) {
    let testFailed = false;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') counts.passed += 1;
      else if (state === 'failed') {
        counts.failed += 1;
        testFailed = true;
      } else counts.skipped += 1;
    }
    if (module.state() === 'failed' && !testFailed) counts.failed += 1;
  }
  counts.failed += unhandledErrors.length;
  return counts;
}

export default class SummaryLine implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
  ): void {
    const { passed, failed, skipped } = countResults(testModules, unhandledErrors);
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
