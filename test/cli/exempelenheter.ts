/**
 * The units of exempel/: which workbook holds which sheets, each sheet as Excel holds it with the status a
 * controller gives every row. scripts/bygg-exempel.mjs writes these workbooks; the command's tests check the
 * command against the same expectations. The layouts of other kommuners' reports are the core's layout fixtures
 * (test/fixtures/layouter); the 2020 report's other tables come from ../shared/examples (its copy in
 * test/fixtures/examples); two more layouts are this module's own.
 */
import * as fs from "fs";
import * as path from "path";
import {
  LAYOUTER,
  ark,
  cell,
  las,
  pct,
  rad,
  type Cellspec,
  type ForvantadTabell,
  type Layoutfixtur,
} from "../fixtures/layouter";
import type { Status } from "../../src/core/bedomning/status";

export interface Exempelenhet {
  /** The workbook's file name: the unit's name as the command shows it. */
  readonly fil: string;
  readonly blad: readonly Layoutfixtur[];
}

const U = "Uppfyllt" as const;
const D = "Delvis uppfyllt" as const;
const E = "Ej uppfyllt" as const;
const K = "Kan ej bedömas" as const;

const EXEMPEL = path.resolve(__dirname, "../fixtures/examples");

/** A semicolon-separated file as Swedish Excel saves it: header and rows of text. */
function lasCsv(namn: string): { kolumner: string[]; rader: string[][] } {
  const [rubrik, ...rader] = fs.readFileSync(path.join(EXEMPEL, namn), "utf8").trim().split(/\r?\n/);
  return { kolumner: rubrik.split(";"), rader: rader.map((r) => r.split(";")) };
}

const talformat = (decimaler: number): string => (decimaler > 0 ? `0.${"0".repeat(decimaler)}` : "0");
const tecken = (s: string): number => (s === "-" || s === "−" ? -1 : 1);

/**
 * A report's text as the cell Excel makes of it when a person types it (Swedish locale): a number with its format
 * code in the invariant form .xlsx stores (`10,5 %` → 0.105 `0.0%`, `-39,0 mnkr` → −39 `0.0 "mnkr"`, `2 548` → 2548
 * `#,##0`, `8.1` → 8.1 `0.0`), or the text itself (missing markers, target texts).
 */
export function somCell(text: string): Cellspec {
  const t = text.trim();
  if (t === "") return null;
  let m = /^([+\-−]?)(\d{1,3}(?: \d{3})+|\d+)(?:[.,](\d+))?\s*%$/.exec(t);
  if (m) {
    const d = m[3]?.length ?? 0;
    const varde =
      (tecken(m[1]) * Math.round(Number(`${m[2].replace(/ /g, "")}.${m[3] ?? "0"}`) * 10 ** d)) / 10 ** (d + 2);
    const bas = `${talformat(d)}%`;
    return cell(varde, m[1] === "+" ? `+${bas};-${bas};${bas}` : bas);
  }
  m = /^([+\-−]?)(\d+)(?:[.,](\d+))?\s*(mnkr|tkr|kr)$/.exec(t);
  if (m) return cell(tecken(m[1]) * Number(`${m[2]}.${m[3] ?? "0"}`), `${talformat(m[3]?.length ?? 0)} "${m[4]}"`);
  m = /^([+\-−]?)(\d{1,3}(?: \d{3})+)$/.exec(t);
  if (m) return cell(tecken(m[1]) * Number(m[2].replace(/ /g, "")), "#,##0");
  m = /^([+\-]?)\d+(?:[.,](\d+))?$/.exec(t);
  if (m) return cell(Number(t.replace(",", ".")), talformat(m[2]?.length ?? 0));
  return t;
}

const layout = (id: string): Layoutfixtur => {
  const f = LAYOUTER.find((l) => l.id === id);
  if (!f) throw new Error(`Ingen layoutfixtur ${id}`);
  return f;
};

/** personal-2020.csv: the personnel key figures with målvärde helår, as typed into a sheet. */
const personal = ((): Layoutfixtur => {
  const csv = lasCsv("personal-2020.csv");
  const { utsnitt, rader } = ark("Personal", [
    las("Nyckeltal", "Bokslut 2020", "Bokslut 2019", "Målvärde helår"),
    ...csv.rader.map((r) => rad(r.slice(0, 4).map(somCell), r[4] as Status, "Som verksamhetsberättelsen 2020.")),
  ]);
  const tabell: ForvantadTabell = {
    adress: "A1:D4",
    kolumner: {
      indikator: "Nyckeltal",
      utfall: "Bokslut 2020",
      foregaende: "Bokslut 2019",
      malvarde: "Målvärde helår",
    },
    rader,
    mal: [],
    avsnitt: [],
    beskrivning: "A1:D4, 3 rader",
  };
  return {
    id: "personal-2020",
    beskrivning: "Personalnyckeltalen ur verksamhetsberättelsen 2020.",
    utsnitt,
    tabeller: [tabell],
  };
})();

/** aktiviteter-2020.csv: activities with their status as written; the colour is the expected status. */
const aktiviteter = ((): Layoutfixtur => {
  const csv = lasCsv("aktiviteter-2020.csv");
  const { utsnitt, rader } = ark("Aktiviteter", [
    las("Aktivitet", "Slutdatum", "Status"),
    ...csv.rader.map((r) => rad(r.slice(0, 3), r[4] as Status, `Normaliserad status: ${r[3]}.`)),
  ]);
  return {
    id: "aktiviteter-2020",
    beskrivning: "Aktiviteterna i uppföljningen per 31 augusti 2020, med status som de skrevs.",
    utsnitt,
    tabeller: [
      {
        adress: `A1:C${csv.rader.length + 1}`,
        kolumner: { aktivitet: "Aktivitet", status: "Status" },
        rader,
        mal: [],
        avsnitt: [],
        beskrivning: `A1:C${csv.rader.length + 1}, ${csv.rader.length} rader`,
      },
    ],
  };
})();

/** driftsammandrag-2020.csv: a budget table, no goal table: the command names it and goes on. */
const driftredovisning = ((): Layoutfixtur => {
  const csv = lasCsv("driftsammandrag-2020.csv");
  const { utsnitt } = ark("Driftredovisning", [
    las("Verksamhet", "Typ", "Bokslut 2020 (tkr)", "Budget 2020 (tkr)", "Avvikelse (tkr)", "Bokslut 2019 (tkr)"),
    ...csv.rader.map((r) => las(...r.map(somCell))),
  ]);
  return {
    id: "driftsammandrag-2020",
    beskrivning: "Driftredovisningen 2020: en budgettabell utan målvärden, som kommandot nämner och hoppar över.",
    utsnitt,
    tabeller: [],
  };
})();

/**
 * A styrkort kept as an Excel table: Perspektiv, Nämndmål, Nyckeltal, Utfall, Föregående, Målvärde and a Riktning
 * column, percentages as percent-formatted numbers. Illustrative figures.
 */
const styrkort = ((): Layoutfixtur => {
  const { utsnitt, rader } = ark(
    "Styrkort",
    [
      las("Perspektiv", "Nämndmål", "Nyckeltal", "Utfall", "Föregående", "Målvärde", "Riktning"),
      rad(
        [
          "Medborgare",
          "Ett rikt kulturliv för alla",
          "Besök på biblioteken per invånare",
          cell(4.1, "0.0"),
          cell(4.4, "0.0"),
          "Ökar",
          null,
        ],
        E,
        "Färre besök än året före; målet är en ökning.",
      ),
      rad(
        [
          "Medborgare",
          "Ett rikt kulturliv för alla",
          "Andel barn i kulturskolan",
          pct(0.185),
          pct(0.179),
          "Minst 20 %",
          null,
        ],
        D,
        "18,5 % mot minst 20 %: inom 10 % av målet.",
      ),
      rad(
        [
          "Medborgare",
          "Ett rikt kulturliv för alla",
          "Nöjda besökare (NKI)",
          cell(78, "0"),
          cell(75, "0"),
          "Minst NKI 75",
          null,
        ],
        U,
        "78 når 75.",
      ),
      rad(
        [
          "Medborgare",
          "Aktiv fritid för unga",
          "Deltagartillfällen per ungdom 7–20 år",
          cell(31, "0"),
          cell(29, "0"),
          cell(30, "0"),
          null,
        ],
        U,
        "31 över 30.",
      ),
      rad(
        [
          "Medborgare",
          "Aktiv fritid för unga",
          "Andel unga som känner sig trygga i fritidsgården",
          "I.U",
          pct(0.82, "0%"),
          "85 %",
          null,
        ],
        K,
        "Ingen mätning i år (I.U).",
      ),
      rad(
        [
          "Ekonomi",
          "God ekonomisk hushållning",
          "Budgetavvikelse",
          cell(-0.018, "+0.0%;-0.0%;0.0%"),
          cell(0.004, "+0.0%;-0.0%;0.0%"),
          "Max 1 % budgetavvikelse",
          null,
        ],
        E,
        "Underskott 1,8 % utanför bandet ±1 % och sämre än året före.",
      ),
      rad(
        [
          "Ekonomi",
          "God ekonomisk hushållning",
          "Nettokostnad per invånare",
          cell(2310, "#,##0"),
          cell(2264, "#,##0"),
          "Högst 2 300",
          "lägre är bättre",
        ],
        D,
        "2 310 över taket 2 300 men inom 10 %.",
      ),
      rad(
        ["Medarbetare", "Attraktiv arbetsgivare", "Total sjukfrånvaro", pct(0.059), pct(0.064), "≤ 6 %", null],
        U,
        "5,9 % under 6 %.",
      ),
      rad(
        [
          "Medarbetare",
          "Attraktiv arbetsgivare",
          "Medarbetarengagemang (HME)",
          cell(81, "0"),
          cell(79, "0"),
          "Minst 80",
          null,
        ],
        U,
        "81 når 80.",
      ),
    ],
    { tabeller: [{ namn: "Styrkort2024", omrade: "A1:G10" }], namnkolumn: 2 },
  );
  return {
    id: "styrkort",
    beskrivning:
      "Styrkort för en kultur- och fritidsnämnd som Excel-tabell: Perspektiv, Utfall och Föregående med namn, en Riktning-kolumn.",
    utsnitt,
    tabeller: [
      {
        adress: "A1:G10",
        kolumner: {
          malomrade: "Perspektiv",
          namndmal: "Nämndmål",
          indikator: "Nyckeltal",
          utfall: "Utfall",
          foregaende: "Föregående",
          malvarde: "Målvärde",
          riktning: "Riktning",
        },
        rader,
        mal: [
          { namndmal: "Ett rikt kulturliv för alla", status: D, varfor: "En ej, en delvis, en uppfylld." },
          { namndmal: "Aktiv fritid för unga", status: U, varfor: "Den enda bedömda är uppfylld." },
          { namndmal: "God ekonomisk hushållning", status: D, varfor: "En ej, en delvis." },
          { namndmal: "Attraktiv arbetsgivare", status: U, varfor: "Båda uppfyllda." },
        ],
        avsnitt: [],
        beskrivning: "A1:G10, 9 rader",
      },
    ],
  };
})();

/**
 * A follow-up with a title block above the table, Nyckeltal before Nämndmål, years as "Bokslut 2023 | Bokslut 2024",
 * the target column headed only "Mål", and a source note under the table. Illustrative figures.
 */
const uppfoljningT3 = ((): Layoutfixtur => {
  const { utsnitt, rader } = ark(
    "Uppföljning T3",
    [
      las("Samhällsbyggnadsnämnden"),
      las("Uppföljning av nämndens mål, bokslut 2024"),
      las(),
      las("Nyckeltal", "Nämndmål", "Bokslut 2023", "Bokslut 2024", "Mål", "Kommentar"),
      rad(
        [
          "Handläggningstid bygglov (dagar)",
          "Snabb och rättssäker handläggning",
          cell(38, "0"),
          cell(29, "0"),
          "Högst 30",
          "Nytt e-tjänstflöde",
        ],
        U,
        "29 dagar under taket 30.",
      ),
      rad(
        [
          "Andel beslut inom lagstadgad tid",
          "Snabb och rättssäker handläggning",
          pct(0.91, "0%"),
          pct(0.96, "0%"),
          pct(1, "0%"),
          null,
        ],
        D,
        "96 % mot 100 %: inom 10 %.",
      ),
      rad(
        [
          "Nöjd kund-index företag (NKI)",
          "Ett gott företagsklimat",
          cell(68, "0"),
          cell(71, "0"),
          "Minst 70",
          "Insikt, SKR",
        ],
        U,
        "71 når 70.",
      ),
      rad(
        [
          "Antal nya bostäder med bygglov",
          "Ett växande samhälle",
          cell(412, "0"),
          cell(356, "0"),
          cell(400, "0"),
          "Färre ansökningar",
        ],
        E,
        "356 mot 400: utanför 10 % och färre än året före.",
      ),
      rad(
        [
          "Koldioxidutsläpp egna fordon (ton)",
          "Minskad klimatpåverkan",
          cell(182, "0"),
          cell(169, "0"),
          "Minska med 10 %",
          null,
        ],
        D,
        "169 mot målet 163,8 (182 minus 10 %): inom bandet.",
      ),
      rad(
        ["Antal laddplatser", "Minskad klimatpåverkan", cell(64, "0"), cell(64, "0"), "Ökar", null],
        D,
        "Oförändrat antal: en trend utan ökning är delvis.",
      ),
      rad(
        [
          "Budgetavvikelse",
          "God ekonomisk hushållning",
          cell(0.008, "+0.0%;-0.0%;0.0%"),
          cell(-0.003, "+0.0%;-0.0%;0.0%"),
          "Budget i balans",
          null,
        ],
        E,
        "Underskott 0,3 %: budgeten är inte i balans.",
      ),
      las(),
      las("Källa: nämndens verksamhetssystem och SKR:s Insikt 2024."),
    ],
    {},
  );
  return {
    id: "uppfoljning-t3",
    beskrivning:
      "Bokslutsuppföljning för en samhällsbyggnadsnämnd: titelrader ovanför, Nyckeltal före Nämndmål, årskolumner Bokslut 2023 | Bokslut 2024, målvärdeskolumnen heter bara Mål, en källhänvisning under tabellen.",
    utsnitt,
    tabeller: [
      {
        adress: "A4:F11",
        kolumner: {
          indikator: "Nyckeltal",
          namndmal: "Nämndmål",
          foregaende: "Bokslut 2023",
          utfall: "Bokslut 2024",
          malvarde: "Mål",
        },
        rader,
        mal: [
          { namndmal: "Snabb och rättssäker handläggning", status: D, varfor: "En uppfylld, en delvis." },
          { namndmal: "Ett gott företagsklimat", status: U, varfor: "Uppfylld." },
          { namndmal: "Ett växande samhälle", status: E, varfor: "Ej uppfylld." },
          { namndmal: "Minskad klimatpåverkan", status: D, varfor: "Båda delvis." },
          { namndmal: "God ekonomisk hushållning", status: E, varfor: "Ej uppfylld." },
        ],
        avsnitt: [],
        beskrivning: "A4:F11, 7 rader",
      },
    ],
  };
})();

/** Every unit of exempel/, one workbook each. */
export const EXEMPELENHETER: readonly Exempelenhet[] = [
  { fil: "Omsorgsnämnden.xlsx", blad: [layout("indikatorer-2020"), personal, aktiviteter, driftredovisning] },
  { fil: "Barn- och utbildningsnämnden.xlsx", blad: [layout("arskolumner")] },
  { fil: "Äldrenämnden.xlsx", blad: [layout("malkolumn")] },
  { fil: "Kommunstyrelsen.xlsx", blad: [layout("avsnitt")] },
  { fil: "Socialnämnden.xlsx", blad: [layout("ekonomi-delar")] },
  { fil: "Kultur- och fritidsnämnden.xlsx", blad: [styrkort, layout("tva-rubrikrader")] },
  { fil: "Samhällsbyggnadsnämnden.xlsx", blad: [uppfoljningT3] },
];
