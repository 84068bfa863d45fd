// Mutation testing (docs/kvalitet.md): how many small deliberate bugs in src/core and the pane's pure planning and
// marking code the tests catch. `npm run mutation` runs everything; CI runs `npm run mutation:ci`, which re-tests
// only the mutants whose code or tests changed since the committed reports/stryker-incremental.json.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "jest",
  jest: { projectType: "custom", configFile: "jest.mutation.config.js", enableFindRelatedTests: false },
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: "perTest",
  // A static mutant (a module-level constant: the vocabulary of ordforrad.ts, the tables read from it, the regular
  // expressions of the readers) needs the whole suite per mutant, about 45 s each here: they are left out of the
  // score, and the vocabulary is pinned by test/core/ordforrad-spec.test.ts instead (docs/kvalitet.md).
  ignoreStatic: true,
  mutate: ["src/core/**/*.ts", "src/taskpane/markering.ts"],
  // The sandbox lives in the repository (ignored by git): the tests find ../shared by walking up from it.
  tempDirName: ".cache/stryker-tmp",
  ignorePatterns: ["dist", "build", "exempel", "docs", "coverage", "reports", ".cache"],
  incrementalFile: "reports/stryker-incremental.json",
  reporters: ["clear-text", "progress", "html"],
  htmlReporter: { fileName: ".cache/mutation/index.html" },
  thresholds: { high: 90, low: 85, break: 85 },
  timeoutMS: 3000,
};
