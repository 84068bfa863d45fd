// Preloaded into the command by the bench (node -r): at exit, writes the process's peak resident memory (kB) and its
// processor time (ms, user + system, all threads) to a file as JSON. Processor time does not grow when other
// processes share the machine; wall time does.
const fil = process.env.MALKOLL_BENCH_MINNE;
if (fil) {
  process.on("exit", () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    require("node:fs").writeFileSync(fil, JSON.stringify({ maxRSS, cpu: (userCPUTime + systemCPUTime) / 1000 }));
  });
}
