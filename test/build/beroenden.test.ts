/**
 * The locked dependencies install on the Node the project supports without a warning: `npm ci` prints EBADENGINE
 * for every package whose `engines.node` excludes the running Node (npm docs, package.json "engines"), and a
 * newcomer on Node 20 should see none. The lock file records each package's engines as published.
 */
import * as path from "path";

const ROT = path.resolve(__dirname, "../..");

/** semver (npm's own version ranges), a dependency of npm's tools here; its two functions this test uses. */
const semver = require("semver") as {
  satisfies(version: string, range: string): boolean;
  major(version: string): number;
};

describe("package-lock.json", () => {
  const paket = require(path.join(ROT, "package.json"));
  const las = require(path.join(ROT, "package-lock.json")) as {
    packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
  };

  it("supports Node 20, the Node this project is built and tested with", () => {
    expect(paket.engines.node).toBe(">=20");
    expect(semver.major(process.version)).toBeGreaterThanOrEqual(20);
  });

  it("holds no package whose engines exclude the running Node (npm ci would warn EBADENGINE)", () => {
    const utesluter = Object.entries(las.packages)
      .filter(([namn, p]) => namn !== "" && p.engines && !Array.isArray(p.engines) && p.engines.node)
      .filter(([, p]) => !semver.satisfies(process.version, (p.engines as { node: string }).node))
      .map(([namn, p]) => `${namn}@${p.version} kräver node ${(p.engines as { node: string }).node}`);
    expect(utesluter).toEqual([]);
  });
});
