/**
 * The jest run Stryker uses for each mutant of src/core (stryker.config.mjs): the core's, the functions' and the
 * property tests. Not the end-to-end tests (they run the built dist/, which no mutant reaches), the build tests
 * (they check the build, not the source's behaviour), the command line's tests (they drive LibreOffice and whole
 * workbooks through the same core, at a minute per run) nor the pane's tests (they reach the core through the fake
 * workbook, at seconds per run; the pane's own code is measured with them, jest.mutation.panel.config.js).
 */
const basis = require("./jest.config.js");

// Property tests run a tenth of their examples per mutant (test/helpers/korningar.ts).
process.env.MALKOLL_EGENSKAPSANDEL = "0.1";

module.exports = {
  ...basis,
  roots: ["<rootDir>/test/core", "<rootDir>/test/functions", "<rootDir>/test/robusthet", "<rootDir>/test/skrivning"],
  // Stryker reports for itself; the plain closing line is for CI's jest run.
  reporters: ["default"],
  setupFiles: [...basis.setupFiles, "<rootDir>/test/mutation/fast-check-fro.js"],
  // functions.json once per sandbox, not once per mutant.
  globalSetup: "<rootDir>/test/global-setup-mutation.js",
  // Under Stryker, only the test files that hold the tests a mutant needs (test/mutation/testlopare.js).
  runner: "<rootDir>/test/mutation/testlopare.js",
};
