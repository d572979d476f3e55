/** Fails the run when any test was skipped or left as todo: CI must not pass over a missing feature. */
class NoSkippedTestsReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    if (skipped > 0) this.error = new Error(`${skipped} test(s) skipped or todo: not allowed in this project.`);
  }
  getLastError() {
    return this.error;
  }
}
module.exports = NoSkippedTestsReporter;
