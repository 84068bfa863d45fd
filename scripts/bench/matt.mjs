// What every part of npm run bench shares: the median of several timed runs, and one line per figure.

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The median wall time of `fn` in ms, after five warm-up runs. */
export function matt(fn, varv = 21) {
  for (let i = 0; i < 5; i++) fn();
  const tider = [];
  for (let i = 0; i < varv; i++) {
    const t = process.hrtime.bigint();
    fn();
    tider.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(tider);
}

/** One figure: name, value, unit, the goal as text, and whether it is met. */
export const rad = (namn, varde, enhet, mal, ok) =>
  console.log(
    `${namn.padEnd(58)} ${varde.toFixed(enhet === "ms" ? 1 : 0).padStart(9)} ${enhet.padEnd(5)} mål ${mal.padEnd(10)} ${ok ? "OK" : "MISSAR"}`,
  );
