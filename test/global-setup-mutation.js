// The mutation run's global setup (jest.mutation.config.js): Stryker starts a jest run for every mutant, and no
// mutant reaches src/functions (only src/core and src/taskpane/markering.ts are mutated), so functions.json is
// generated once per sandbox, by the first run, and reused after; test/global-setup.js does the work.
const fs = require("fs");
const path = require("path");
const genereraFunktioner = require("./global-setup.js");

module.exports = async () => {
  const fil = path.resolve(__dirname, "../.cache/functions.json");
  const kalla = path.resolve(__dirname, "../src/functions/functions.ts");
  if (fs.existsSync(fil) && fs.statSync(fil).mtimeMs >= fs.statSync(kalla).mtimeMs) return;
  await genereraFunktioner();
};
