// npm run bench: Målkoll's performance figures, each the median of several runs on generated data.
// Prints one line per figure and nothing else, so runs can be compared. Each part lives in scripts/bench/.
import { execFileSync } from "node:child_process";

execFileSync("npx", ["tsc", "-p", "tsconfig.bench.json"], { stdio: "inherit" });
execFileSync("npx", ["webpack", "--mode", "production"], { stdio: "ignore" });

const DELAR = ["funktioner", "farglagg", "paket", "pane", "kommandorad"];
for (const del of DELAR) await (await import(`./bench/${del}.mjs`)).kor();
