// The custom functions on 100 000 rows of generated data.
import { createRequire } from "node:module";
import { fejkaCustomFunctions, skapaData } from "../benchdata.mjs";
import { matt, rad } from "./matt.mjs";

const require = createRequire(import.meta.url);

export async function kor() {
  fejkaCustomFunctions();
  const kpi = require("../../.cache/bench/src/functions/functions.js");
  const N = 100000;
  const { anstallda, malrader: fall, taltexter: texter } = skapaData(N);
  const { sjuk, ord, kon, alder, lang } = anstallda;
  const redovisning = matt(() => kpi.sjukfranvaroRedovisning(sjuk, ord, kon, alder, lang));
  rad("KPI.SJUKFRANVARO.REDOVISNING, 100 000 anställda", redovisning, "ms", "< 20 ms", redovisning < 20);

  const maluppfyllelse = matt(() => {
    // Indexed, not destructured: the iterator would be the loop's cost, not the function's.
    for (let i = 0; i < fall.length; i++) {
      const rad = fall[i];
      kpi.maluppfyllelse(rad[0], rad[1], rad[2], null, rad[3]);
    }
  }, 15);
  rad("KPI.MALUPPFYLLELSE, 100 000 rader med textmålvärden", maluppfyllelse, "ms", "< 100 ms", maluppfyllelse < 100);
  const kolumner = [0, 1, 2, 3].map((k) => fall.map((f) => [f[k]]));
  const kolumnform = matt(
    () => kpi.maluppfyllelseKolumn(kolumner[0], kolumner[1], kolumner[2], undefined, kolumner[3]),
    15,
  );
  rad("KPI.MALUPPFYLLELSE.KOLUMN, samma 100 000 rader i ett anrop", kolumnform, "ms", "< 100 ms", kolumnform < 100);

  const tal = matt(() => {
    for (const t of texter) {
      try {
        kpi.tal(t);
      } catch {
        // I.U gives #N/A, as it should
      }
    }
  });
  rad("KPI.TAL, 100 000 svenska taltexter", tal, "ms", "< 50 ms", tal < 50);
}
