// Prints one plain closing line that CI can read in any language: "Tester: N passed, N failed".
class Sammanfattning {
  onRunComplete(_contexts, results) {
    console.log(`Tester: ${results.numPassedTests} passed, ${results.numFailedTests} failed`);
  }
}
module.exports = Sammanfattning;
