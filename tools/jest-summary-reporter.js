// Prints one plain closing line after jest's own summary (on stderr, where jest writes its summary, so it comes last), e.g. "jest: 120 passed, 0 failed",
// so tools that read a run's last line see the counts without parsing jest's table.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const tail = skipped ? `, ${skipped} skipped` : '';
    process.stderr.write(`jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${tail}\n`);
  }
}
module.exports = SummaryReporter;
