// Mutation testing (docs/kvalitet.md): how many small deliberate bugs in src/core the tests catch. The pane's pure
// planning and marking code (src/core/skrivning, src/taskpane/markering.ts) is measured with the pane's tests too,
// by stryker.panel.config.mjs, the målvärde reader with its own tests by stryker.lasare.config.mjs. `npm run mutation`
// runs all three in full; CI runs scripts/mutation-ci.mjs, which re-tests only the files whose code changed since
// the committed reports/stryker-incremental.json.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "jest",
  jest: { projectType: "custom", configFile: "jest.mutation.config.js", enableFindRelatedTests: false },
  // No type check per mutant: on this 2-core machine it cost more than the tests (about 0,7 s of CPU per mutant
  // against 0,3 s for its tests), so a full run did not fit in a working day. A mutant that would not compile runs
  // as JavaScript instead; most are killed, and one that survives is listed with the others (docs/kvalitet.md says
  // how to tell).
  checkers: [],
  coverageAnalysis: "perTest",
  // A static mutant (a module-level constant: the vocabulary of ordforrad.ts, the tables read from it, the regular
  // expressions of the readers) needs the whole suite per mutant, about 45 s each here: they are left out of the
  // score (docs/kvalitet.md says how the vocabulary is tested instead).
  ignoreStatic: true,
  // The målvärde reader has its own config (stryker.lasare.config.mjs), with the tests that read målvärden.
  mutate: ["src/core/**/*.ts", "!src/core/skrivning/**/*.ts", "!src/core/malvarde/**/*.ts"],
  // The sandbox lives in the repository (ignored by git): the tests find ../shared by walking up from it.
  tempDirName: ".cache/stryker-tmp",
  // docs/ stays: the pane's tests check the header table in docs/atgardsfonstret.md.
  ignorePatterns: ["dist", "build", "exempel", "coverage", "reports", ".cache"],
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  reporters: ["clear-text", "progress", "html"],
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  htmlReporter: { fileName: ".cache/mutation/index.html" },
  // The whole score must not fall below `break` (scripts/mutation-ci.mjs also checks each area's goal).
  thresholds: { high: 90, low: 85, break: 75 },
  timeoutMS: 3000,
};
