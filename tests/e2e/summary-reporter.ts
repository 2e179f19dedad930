import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Prints one final line `N passed, N failed` (the CI reader parses it), counting each test once by
 * its final outcome: a test that passed on retry is "flaky" and counts as passed.
 */
export default class SummaryReporter implements Reporter {
  private readonly outcomes = new Map<string, ReturnType<TestCase['outcome']>>();

  onTestEnd(test: TestCase, _result: TestResult): void {
    this.outcomes.set(test.id, test.outcome());
  }

  onEnd(result: FullResult): void {
    const counts = { expected: 0, unexpected: 0, flaky: 0, skipped: 0 };
    for (const outcome of this.outcomes.values()) counts[outcome] += 1;
    const passed = counts.expected + counts.flaky;
    const failed = counts.unexpected;
    const extra = [counts.flaky ? `${counts.flaky} flaky` : '', counts.skipped ? `${counts.skipped} skipped` : '']
      .filter(Boolean)
      .join(', ');
    if (extra) console.log(`(${extra}; status ${result.status})`);
    // A run that failed outside the tests (webServer, globalSetup, timeout) counts as one failure.
    const runFailed = result.status !== 'passed' && failed === 0 ? 1 : 0;
    console.log(`${passed} passed, ${failed + runFailed} failed`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
