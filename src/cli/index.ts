#!/usr/bin/env node
/** The `malkoll` program: the process's arguments and streams handed to the command. */
import { kor } from "./malkoll";

kor(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  terminal: Boolean(process.stderr.isTTY),
  stderrStrom: process.stderr,
}).then(
  (kod) => {
    process.exitCode = kod;
  },
  (fel: unknown) => {
    process.stderr.write(`malkoll: oväntat fel: ${fel instanceof Error ? (fel.stack ?? fel.message) : String(fel)}\n`);
    process.exitCode = 1;
  },
);
