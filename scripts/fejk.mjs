// The fake office.js that the Chromium scripts (npm run bench's pane part, npm run skarmbild) route the CDN's
// office.js to: the recording fake of test/fake, as the browser tests use it (test/e2e/panel.ts). One place to
// switch when the fake's form changes.
import { readFileSync } from "node:fs";

/** The fake's script text; it installs Excel and Office over `window.__malkollArbetsbok` when the page loads. */
export const fejkSkript = () => readFileSync("test/fake/fake-excel.js", "utf8");
