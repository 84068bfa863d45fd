// The generated data of npm run bench, shared with scripts/instruktioner.mjs: the same rows every run.

/** Målvärden as spec §6 writes them, from bare numbers to a target inside a sentence. */
export const MALVARDEN = [
  "7,0 %",
  "≤ 7 %",
  "Max 1 % budgetavvikelse",
  "Minska med 10 %",
  "Ökar",
  "Budget i balans",
  "minst 90 %",
  "5–10",
  "+/-1 %",
  "högst 2 mnkr negativ budgetavvikelse",
  "Bibehålla",
  "90 st.",
  "mellan 5 och 10 %",
  "120 tillsyner ska ske digitalt",
];

const TALTEXTER = ["10,5 %", "−7 972", "1 700 000", "+1,3 %", "8,0 mnkr", "90 st.", "I.U", "12\u202f345,67"];

/** Employee rows, indicator rows (utfall, målvärde, riktning, föregående) and number texts, n of each. */
export function skapaData(n) {
  // A deterministic pseudo-random sequence.
  let fro = 12345;
  const slump = () => (fro = (fro * 1103515245 + 12345) % 2147483648) / 2147483648;
  const anstallda = { ord: [], sjuk: [], kon: [], alder: [], lang: [] };
  for (let i = 0; i < n; i++) {
    const o = Math.round(800 + slump() * 1000);
    const s = Math.round(slump() * 0.15 * o);
    anstallda.ord.push([o]);
    anstallda.sjuk.push([s]);
    anstallda.lang.push([Math.round(slump() * s)]);
    anstallda.kon.push([slump() < 0.7 ? "K" : "M"]);
    anstallda.alder.push([18 + Math.floor(slump() * 50)]);
  }
  const malrader = Array.from({ length: n }, (_, i) => [
    String(Math.round(slump() * 200) / 10).replace(".", ",") + (i % 2 ? " %" : ""),
    MALVARDEN[i % MALVARDEN.length],
    i % 3 ? "lägre är bättre" : null,
    Math.round(slump() * 200) / 10,
  ]);
  const taltexter = Array.from({ length: n }, (_, i) => TALTEXTER[i % TALTEXTER.length]);
  return { anstallda, malrader, taltexter };
}

/** The CustomFunctions global that Excel provides, enough for the functions' errors outside Excel. */
export function fejkaCustomFunctions() {
  globalThis.CustomFunctions = {
    Error: class {
      constructor(code, message) {
        this.code = code;
        this.message = message;
      }
    },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!" },
  };
}
