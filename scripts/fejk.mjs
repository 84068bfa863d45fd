// The fake office.js that the Chromium scripts (npm run bench's pane part, npm run skarmbild) route the CDN's
// office.js to: the recording fake of test/fake, compiled from TypeScript by test/fake/webpack.config.js, as the
// browser tests use it (test/e2e/harness.ts), and the functions.json the build wrote, so that the fake calculates
// =KPI.… cells the way Excel calls the functions.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** Builds the fake and returns its script text; it installs Excel and Office over `window.__malkollArbetsbok`. */
export function fejkSkript() {
  execFileSync("npx", ["webpack", "--config", "test/fake/webpack.config.js"], { stdio: "ignore" });
  return readFileSync(".cache/fake/office.js", "utf8");
}

/** The functions as dist/functions.json describes them (the fake needs their parameters to call them). */
export const funktioner = () => JSON.parse(readFileSync("dist/functions.json", "utf8")).functions;
