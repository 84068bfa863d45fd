/**
 * Addresses that only stand for "your server" use the top-level domain .example, reserved for examples by RFC 2606
 * §2, so that no placeholder in a manifest, the build or the docs ever points at a real site someone may own. Real
 * addresses are only Microsoft's (office.js, schemas), the W3C's and the local development server.
 */
import * as fs from "fs";
import * as path from "path";

const ROT = path.resolve(__dirname, "../..");
const { PLATSHALLARE } = require("../../scripts/adress.cjs");

/** Files that name addresses a user or the build meets: manifests, the build, its scripts, the pane's pages, docs. */
function filer(): string[] {
  const i = (mapp: string, slut: RegExp) =>
    fs
      .readdirSync(path.join(ROT, mapp))
      .filter((f) => slut.test(f))
      .map((f) => path.join(mapp, f));
  return [
    "README.md",
    "webpack.config.js",
    ...i(".", /^manifest.*\.xml$/),
    ...i("docs", /\.md$/),
    ...i("scripts", /\.(c|m)?js$/),
    ...i("src/taskpane", /\.html$/),
  ];
}

const VERKLIGA = [
  /^localhost$/,
  /^127\.0\.0\.1$/,
  /(^|\.)microsoft\.com$/,
  /^www\.office\.com$/,
  /^www\.w3\.org$/,
  // The mutation testing tool's own site, linked from docs/kvalitet.md.
  /^stryker-mutator\.io$/,
];

describe("placeholder addresses", () => {
  it("the production placeholder of the manifest is under .example", () => {
    expect(new URL(PLATSHALLARE).hostname).toMatch(/\.example$/);
  });

  it("every other address in manifests, build, scripts and docs is a real one we mean, or under .example", () => {
    const fel: string[] = [];
    for (const fil of filer()) {
      const text = fs.readFileSync(path.join(ROT, fil), "utf8");
      for (const [, vard] of text.matchAll(/https?:\/\/([A-Za-z0-9.-]+\.[A-Za-z0-9-]+)/g)) {
        const namn = vard.toLowerCase();
        if (!namn.endsWith(".example") && !VERKLIGA.some((r) => r.test(namn))) fel.push(`${fil}: ${namn}`);
      }
    }
    expect(fel).toEqual([]);
  });
});
