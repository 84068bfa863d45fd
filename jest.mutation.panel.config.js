/**
 * The jest run for the mutants of the pane's planning and marking code (stryker.panel.config.mjs): the core's tests
 * and the pane's over the fake workbook, without the 100 000-row tests (they measure request sizes and chunking, at
 * 15 s a run).
 */
const karna = require("./jest.mutation.config.js");

module.exports = {
  ...karna,
  roots: [...karna.roots, "<rootDir>/test/taskpane"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/taskpane/robusthet.test.ts"],
};
