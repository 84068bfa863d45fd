/** Every test: core, custom-function wrappers, the Office adapter (with fakes) and the browser tests. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: "tsconfig.jest.json",
        diagnostics: false,
      },
    ],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
  },
  setupFiles: ["<rootDir>/test/setup.ts"],
  globalSetup: "<rootDir>/test/global-setup.js",
  // The default output, plus one plain closing line CI can read: "Tester: N passed, N failed".
  reporters: ["default", "<rootDir>/test/reporters/sammanfattning.js"],
};
