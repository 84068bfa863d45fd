// A large goal table as a kommun keeps it, for the scale tests and `npm run bench` (scripts/bench/pane.mjs):
// målområde and nämndmål filled in on the goal's first row only, 50 rows per goal, breakdown rows (Kvinnor, Män)
// under sick leave, utfall as numbers (as Excel holds cells), målvärden written as reports write them.

const MALVARDEN = [
  "≤ 7 %",
  "Minst 90 %",
  "Max 1 % budgetavvikelse",
  "Ökar",
  "Minska med 10 %",
  "I.U",
  "mellan 5 och 10 %",
];
const OMRADEN = ["Medborgare", "Ekonomi", "Verksamhet", "Medarbetare", "Samhälle"];

/**
 * @param {number} n data rows
 * @param {number} [perMal] rows per nämndmål
 * @returns {unknown[][]} header row and n data rows: Målområde, Nämndmål, Indikator, 2019, 2020, Målvärde
 */
function maltabell(n, perMal = 50) {
  const rader = [["Målområde", "Nämndmål", "Indikator", "2019", "2020", "Målvärde"]];
  for (let i = 0; i < n; i++) {
    const mal = Math.floor(i / perMal);
    const forsta = i % perMal === 0;
    const typ = i % 5;
    const namn = typ === 0 ? "Total sjukfrånvaro" : typ === 1 ? "Kvinnor" : typ === 2 ? "Män" : `Nyckeltal ${i}`;
    const utfall = typ < 3 ? 0.05 + (i % 7) / 100 : 40 + (i % 60);
    rader.push([
      forsta ? OMRADEN[mal % OMRADEN.length] : "",
      forsta ? `Nämndmål ${mal + 1}: god kvalitet i verksamheten` : "",
      namn,
      typ < 3 ? 0.07 : 50,
      utfall,
      typ < 3 ? "≤ 7 %" : MALVARDEN[i % MALVARDEN.length],
    ]);
  }
  return rader;
}

module.exports = { maltabell };
