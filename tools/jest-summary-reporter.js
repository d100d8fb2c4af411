// Prints one plain closing line after jest's own summary, e.g. "jest: 120 passed, 0 failed", so
// tools that read a run's last line see the counts without parsing jest's table. Written at process
// exit because jest prints its summary after the reporters' onRunComplete.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
    process.once('exit', () => process.stderr.write(line));
  }
}
module.exports = SummaryReporter;
