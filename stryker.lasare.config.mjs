// The målvärde reader (src/core/malvarde), measured with the core's, the functions' and the property tests only
// (jest.mutation.lasare.config.js says why): `npx stryker run stryker.lasare.config.mjs --force`.
import bas from "./stryker.config.mjs";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...bas,
  jest: { ...bas.jest, configFile: "jest.mutation.lasare.config.js" },
  mutate: ["src/core/malvarde/**/*.ts"],
};
