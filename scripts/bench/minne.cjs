// Preloaded into the command by the bench (node -r): writes the process's peak resident memory (kB) to a file at exit.
const fil = process.env.MALKOLL_BENCH_MINNE;
if (fil) process.on("exit", () => require("node:fs").writeFileSync(fil, String(process.resourceUsage().maxRSS)));
