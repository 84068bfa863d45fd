/**
 * The jest run Stryker uses for the målvärde reader (stryker.lasare.config.mjs): the reader is read by nearly every
 * test, so with the whole mutation run (jest.mutation.config.js) each of its mutants ran hundreds of the pane's table
 * tests too, and the four files did not fit in an afternoon on a 2-core machine. Here only the core's, the functions'
 * and the property tests: the reader's own rules, the functions that read målvärden as Excel calls them, and the
 * generated texts. A mutant these miss counts as surviving even if a table test would catch it, so the score is a
 * floor.
 */
const bas = require("./jest.mutation.config.js");

module.exports = {
  ...bas,
  roots: ["<rootDir>/test/core", "<rootDir>/test/functions", "<rootDir>/test/robusthet"],
};
