// The pane's pure planning and marking code, measured with the same tests as the core (jest.mutation.config.js): the
// write plan and the record are exercised through the adapter over the fake workbook.
import bas from "./stryker.config.mjs";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...bas,
  mutate: ["src/core/skrivning/**/*.ts", "src/taskpane/markering.ts"],
};
