// The generated data of npm run bench: the same rows every run.

/** Målvärden as spec §6 writes them, from bare numbers to targets inside sentences. */
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

/** A deterministic pseudo-random sequence from a seed. */
function slumpFran(fro) {
  return () => (fro = (fro * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** Employee rows, indicator rows (utfall, målvärde, riktning, föregående) and number texts, n of each. */
export function skapaData(n) {
  const slump = slumpFran(12345);
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

/** Sentence targets as plans write them, each with a place for a number and a noun. */
const MENINGAR = [
  (x, o) => `Andelen ${o} som är nöjda ska vara minst ${x} %`,
  (x, o) => `Frigöra personalresurser med minst ${x} timmar inom ${o}`,
  (x, o) => `${x} tillsyner inom ${o} ska ske digitalt`,
  (x, o) => `Budgetavvikelsen för ${o} ska vara liten, högst ${x} procent avvikelse.`,
  (x, o) => `Minska sjukfrånvaron inom ${o} med ${x} %`,
  (x, o) => `Öka andelen ${o} till ${x} %`,
  (x, o) => `År 2026 ska ${o} nå ${x} procent`,
  (x, o) => `Kostnaden för ${o} får aldrig bli högre än ${x} mnkr`,
  (x, o) => `Utgångsvärde 2015: ${x} mnkr för ${o}, ska minska.`,
  (x, o) => `${x} % av alla chefer inom ${o} har gått UL`,
];
const ORD = ["äldreomsorgen", "skolan", "hemtjänsten", "LSS", "kulturskolan", "biblioteken", "fritid", "kosten"];

/** A word made of letters only from a number (0 → "a", 27 → "bb"), so that it adds no number to a sentence. */
const bokstavsord = (n) => (n < 26 ? "" : bokstavsord(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));

/** `n` sentence targets, all different from each other and from those of another `omgang`. */
export function skapaMeningar(n, omgang) {
  const slump = slumpFran(777 + omgang);
  return Array.from({ length: n }, (_, i) => {
    const x = String(Math.round(slump() * 1000) / 10).replace(".", ",");
    const ord = `${ORD[i % ORD.length]} område ${bokstavsord(omgang * n + i)}`;
    const utfall = String(Math.round(slump() * 200) / 10).replace(".", ",");
    return [utfall, MENINGAR[i % MENINGAR.length](x, ord), i % 3 ? "lägre är bättre" : null, 7];
  });
}

/**
 * `n` number texts as TALTEXTER writes them, every one different from the others and from those of another
 * `omgang`: nothing comes from the reader's cache of number texts.
 */
export function skapaOlikaTaltexter(n, omgang) {
  // k with its thousands grouped as reports write them: 1234567 → "1 234 567".
  const grupperat = (k) => String(k).replace(/\B(?=(\d{3})+$)/g, " ");
  const mallar = [
    (k) => `${grupperat(k)},5 %`,
    (k) => `−${grupperat(k)}`,
    (k) => `${grupperat(k)} 000`,
    (k) => `+1,${k} %`,
    (k) => `${grupperat(k)},0 mnkr`,
    (k) => `${grupperat(k)} st.`,
    (k) => `${grupperat(k)},67`.replace(/ /g, "\u202f"),
  ];
  return Array.from({ length: n }, (_, i) => mallar[i % mallar.length](omgang * n + i + 1));
}
