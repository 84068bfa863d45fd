/**
 * The jest run Stryker uses for each mutant (stryker.config.mjs for src/core, stryker.panel.config.mjs for the pane's
 * planning and marking code): the core's, the functions', the property tests and the pane's over the fake workbook
 * (they read real table layouts through the core). Not the end-to-end tests (they run the built dist/, which no
 * mutant reaches), the build tests (they check the build, not the source's behaviour), the command line's tests (they
 * drive LibreOffice and whole workbooks, at a minute per run) nor the 100 000-row tests (they measure
 * request sizes and chunking, at 15 s a run). Under Stryker, a mutant's run loads only the test files that hold the
 * tests it needs (test/mutation/testlopare.js), so the pane's slower files cost only the mutants they cover.
 */
const basis = require("./jest.config.js");

// Property tests run a tenth of their examples per mutant (test/helpers/korningar.ts).
process.env.MALKOLL_EGENSKAPSANDEL = "0.1";

module.exports = {
  ...basis,
  roots: [
    "<rootDir>/test/core",
    "<rootDir>/test/functions",
    "<rootDir>/test/robusthet",
    "<rootDir>/test/skrivning",
    "<rootDir>/test/taskpane",
  ],
  // Not the React component tests (.tsx): they check the pane's focus and texts in jsdom, not the core or the plan.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/taskpane/robusthet.test.ts", "\\.test\\.tsx$"],
  // Stryker reports for itself; the plain closing line is for CI's jest run.
  reporters: ["default"],
  setupFiles: [...basis.setupFiles, "<rootDir>/test/mutation/fast-check-fro.js"],
  // functions.json once per sandbox, not once per mutant.
  globalSetup: "<rootDir>/test/global-setup-mutation.js",
  // Under Stryker, only the test files that hold the tests a mutant needs (test/mutation/testlopare.js).
  runner: "<rootDir>/test/mutation/testlopare.js",
};
