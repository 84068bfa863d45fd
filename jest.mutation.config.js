/**
 * The jest run Stryker uses for each mutant (stryker.config.mjs): every test that exercises the mutated code,
 * without the end-to-end tests (they run the built dist/, which no mutant reaches), the build tests (they check the
 * build, not the source's behaviour) and the command line's tests (they drive LibreOffice and whole workbooks through
 * the same core the core tests already cover, at a minute per run).
 */
const basis = require("./jest.config.js");

// Property tests run a tenth of their examples per mutant (test/helpers/korningar.ts).
process.env.MALKOLL_EGENSKAPSANDEL = "0.1";

module.exports = {
  ...basis,
  testPathIgnorePatterns: [
    "/node_modules/",
    "<rootDir>/test/e2e/",
    "<rootDir>/test/build/",
    "<rootDir>/test/cli/",
    // 100 000-row tables: they measure request sizes and chunking, at 15 s a run.
    "<rootDir>/test/taskpane/robusthet.test.ts",
  ],
  // Stryker reports for itself; the plain closing line is for CI's jest run.
  reporters: ["default"],
};
