// Prints one closing line for CI from jest's JSON report: "Tester: N passed, N failed".
import { readFileSync } from "node:fs";

const rapport = JSON.parse(readFileSync("test-results/jest.json", "utf8"));
console.log(`Tester: ${rapport.numPassedTests} passed, ${rapport.numFailedTests} failed`);
process.exit(rapport.numFailedTests === 0 && rapport.numPassedTests > 0 ? 0 : 1);
