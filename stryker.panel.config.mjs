// The pane's pure planning and marking code, measured with the pane's tests (jest.mutation.panel.config.js) as well
// as the core's: the write plan and the record are exercised through the adapter over the fake workbook.
import bas from "./stryker.config.mjs";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...bas,
  jest: { ...bas.jest, configFile: "jest.mutation.panel.config.js" },
  mutate: ["src/core/skrivning/**/*.ts", "src/taskpane/markering.ts"],
};
