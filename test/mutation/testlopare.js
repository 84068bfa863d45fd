// The test runner of the mutation runs (jest.mutation.config.js): jest's own, which under Stryker runs only the test
// files that hold a test the mutant needs.
//
// With per-test coverage Stryker runs a mutant's tests by name (jest's testNamePattern), and jest loads every test
// file to find them: about seven seconds per mutant here, for the one or two files that hold the tests. Stryker's
// first run of a session (the dry run, no name pattern, no active mutant) runs every test; this runner then writes
// which file holds each test name into the sandbox. In a mutant's run it reads that back and hands jest only the
// files with a test whose name matches the pattern, as jest matches it (a case-insensitive regular expression over
// the full name), and every file the dry run did not see, one by one until a test fails. Outside a Stryker worker,
// it is jest's runner unchanged.
const fs = require("fs");
const path = require("path");
const TestRunner = require("jest-runner").default;

const AKTIV_MUTANT = "__STRYKER_ACTIVE_MUTANT__";
const kartfil = (rotmapp) => path.join(rotmapp, ".cache", "testfiler-per-namn.json");

/** The map of the session's dry run, read once per worker process (it is written before any mutant runs). */
let lastKarta;
function lasKarta(fil) {
  lastKarta ??= JSON.parse(fs.readFileSync(fil, "utf8"));
  return lastKarta;
}

/**
 * The test files, the quickest first (jest's own order puts the slowest first, to spread them over workers): most
 * mutants are killed by the core's quick unit tests, before the pane's slower files over the fake are reached. The
 * time of each file's last run where jest has it, else its size.
 */
function snabbastForst(tests) {
  const storlek = (t) => fs.statSync(t.path).size;
  return [...tests].sort((a, b) =>
    a.duration != null && b.duration != null ? a.duration - b.duration : storlek(a) - storlek(b),
  );
}

class MutationensTestlopare extends TestRunner {
  constructor(globalConfig, context) {
    super(globalConfig, context);
    this.namnmonster = globalConfig.testNamePattern;
    this.rotmapp = globalConfig.rootDir;
  }

  async runTests(tests, watcher, options) {
    const underStryker = process.env.STRYKER_MUTATOR_WORKER !== undefined;
    if (!underStryker) return super.runTests(tests, watcher, options);
    if (process.env[AKTIV_MUTANT] === undefined && !this.namnmonster)
      return this.#korOchKartlagg(tests, watcher, options);
    if (!this.namnmonster) return super.runTests(tests, watcher, options);
    return this.#korTillForstaFel(this.#filerMedNamn(tests), watcher, options);
  }

  /**
   * A mutant's run: file by file, until a file has a failing test. One failing test kills the mutant, and Stryker
   * asks its test runners to stop there (its `disableBail` is off), which jest cannot do when it is called as a
   * library; without it, a mutant in the målvärde reader ran every one of the hundreds of tests that reach it.
   */
  async #korTillForstaFel(tests, watcher, options) {
    let fallt = false;
    const sluta = [
      this.on("test-file-success", ([, resultat]) => {
        if (resultat.numFailingTests > 0 || resultat.testExecError) fallt = true;
      }),
      this.on("test-file-failure", () => {
        fallt = true;
      }),
    ];
    try {
      for (const test of snabbastForst(tests)) {
        if (fallt) break;
        await super.runTests([test], watcher, options);
      }
    } finally {
      for (const s of sluta) s();
    }
  }

  /** The dry run: every test file, and which file holds each test's full name. */
  async #korOchKartlagg(tests, watcher, options) {
    const namn = {};
    const sluta = this.on("test-file-success", ([test, resultat]) => {
      for (const t of resultat.testResults) (namn[t.fullName] ??= []).push(test.path);
    });
    try {
      await super.runTests(tests, watcher, options);
    } finally {
      sluta();
    }
    const fil = kartfil(this.rotmapp);
    fs.mkdirSync(path.dirname(fil), { recursive: true });
    fs.writeFileSync(`${fil}.${process.pid}`, JSON.stringify({ filer: tests.map((t) => t.path), namn }));
    fs.renameSync(`${fil}.${process.pid}`, fil);
  }

  /** The test files holding a test the name pattern matches, and any file the dry run did not run. */
  #filerMedNamn(tests) {
    const fil = kartfil(this.rotmapp);
    if (!fs.existsSync(fil)) return tests;
    const karta = lasKarta(fil);
    const monster = new RegExp(this.namnmonster, "i");
    const behovs = new Set(
      Object.entries(karta.namn)
        .filter(([n]) => monster.test(n))
        .flatMap(([, filer]) => filer),
    );
    const kanda = new Set(karta.filer);
    return tests.filter((t) => behovs.has(t.path) || !kanda.has(t.path));
  }
}

module.exports = MutationensTestlopare;
