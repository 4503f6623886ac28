/** Prints one summary line after the whole run, easy for CI logs and scripts to pick up. */
class SummaryReporter {
  onRunComplete(_testContexts, results) {
    const skipped = results.numPendingTests > 0 ? `, ${results.numPendingTests} skipped` : '';
    process.stdout.write(
      `\n${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped}\n`,
    );
  }
}

module.exports = SummaryReporter;
