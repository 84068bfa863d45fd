/** Bad input across all functions: the exact Excel error code and Swedish message for each case. */
import * as kpi from "../../src/functions/functions";
import { anropa, cell, kolumn } from "../helpers/excel";

type Forvantat = { kod: string; meddelande?: string } | { varde: unknown };

const VALUE = "#VALUE!";
const NA = "#N/A";
const DIV = "#DIV/0!";
const fel = (kod: string, meddelande?: string): Forvantat => ({ kod, meddelande });
const varde = (v: unknown): Forvantat => ({ varde: v });
const KEB = "Kan ej bedömas";

const FALL: [string, () => unknown, Forvantat][] = [
  // KPI.TAL
  ["TAL tom text", () => kpi.tal(""), fel(NA, "Uppgift saknas")],
  ["TAL tom cell", () => kpi.tal(null), fel(NA, "Uppgift saknas")],
  ["TAL blanksteg", () => kpi.tal("  "), fel(NA, "Uppgift saknas")],
  ["TAL I.U", () => kpi.tal("I.U"), fel(NA, "Uppgift saknas (I.U)")],
  ["TAL X", () => kpi.tal("X"), fel(NA, "Uppgift saknas (X)")],
  ["TAL tankstreck", () => kpi.tal("–"), fel(NA, "Uppgift saknas (–)")],
  ["TAL två punkter", () => kpi.tal(".."), fel(NA, "Uppgift saknas (..)")],
  ["TAL text", () => kpi.tal("abc"), fel(VALUE, 'Texten: Kan inte läsa "abc" som ett tal')],
  ["TAL NaN-text", () => kpi.tal("NaN"), fel(VALUE, 'Texten: Kan inte läsa "NaN" som ett tal')],
  ["TAL Infinity-text", () => kpi.tal("Infinity"), fel(VALUE, 'Texten: Kan inte läsa "Infinity" som ett tal')],
  ["TAL exponent", () => kpi.tal("1e999"), fel(VALUE, 'Texten: Kan inte läsa "1e999" som ett tal')],
  ["TAL datum som text", () => kpi.tal("2021-01-31"), fel(VALUE, 'Texten: Kan inte läsa "2021-01-31" som ett tal')],
  ["TAL två decimaltecken", () => kpi.tal("10,5,3"), fel(VALUE, 'Texten: Kan inte läsa "10,5,3" som ett tal')],
  ["TAL tal med ord", () => kpi.tal("12 äpplen"), fel(VALUE, 'Texten: Kan inte läsa "12 äpplen" som ett tal')],
  ["TAL sanningsvärde", () => kpi.tal(true), fel(VALUE, "Texten: SANT är inget tal")],
  ["TAL område", () => kpi.tal([[1, 2]]), fel(VALUE, "Texten ska vara en enda cell")],
  ["TAL unicode-minus", () => kpi.tal("−7 972"), varde(-7972)],
  ["TAL smalt blanksteg", () => kpi.tal("1\u2009700\u202f000"), varde(1700000)],
  ["TAL hårt blanksteg och procent", () => kpi.tal("10,5\u00a0%"), varde(0.105)],
  ["TAL datum i talcell (serienummer)", () => kpi.tal(44197), varde(44197)],
  // KPI.SJUKFRANVARO and .LANG
  [
    "SJUKFRANVARO negativa timmar",
    () => kpi.sjukfranvaro(cell(-1), cell(10)),
    fel(VALUE, "Timmar kan inte vara negativa"),
  ],
  [
    "SJUKFRANVARO fler sjuktimmar än arbetstimmar",
    () => kpi.sjukfranvaro(cell(11), cell(10)),
    fel(VALUE, "Sjuktimmarna överstiger de ordinarie arbetstimmarna"),
  ],
  ["SJUKFRANVARO noll arbetstimmar", () => kpi.sjukfranvaro(cell(0), cell(0)), fel(DIV)],
  ["SJUKFRANVARO I.U", () => kpi.sjukfranvaro(cell("I.U"), cell(10)), fel(NA, "Uppgift saknas (I.U)")],
  [
    "SJUKFRANVARO text",
    () => kpi.sjukfranvaro(cell("abc"), cell(10)),
    fel(VALUE, 'Sjuktimmar: Kan inte läsa "abc" som ett tal'),
  ],
  ["SJUKFRANVARO bara tomma celler", () => kpi.sjukfranvaro(kolumn(null, ""), cell(10)), fel(NA, "Uppgift saknas")],
  [
    "SJUKFRANVARO enorma värden",
    () => kpi.sjukfranvaro([[1e308, 1e308]], [[1e308, 1e308]]),
    fel(VALUE, "Sjuktimmar: summan är för stor"),
  ],
  [
    "SJUKFRANVARO sanningsvärde",
    () => kpi.sjukfranvaro(cell(false), cell(10)),
    fel(VALUE, "Sjuktimmar: FALSKT är inget tal"),
  ],
  [
    "SJUKFRANVARO.LANG fler långa än alla",
    () => kpi.sjukfranvaroLang(cell(5), cell(0)),
    fel(VALUE, "Långtidssjuktimmarna överstiger sjuktimmarna"),
  ],
  ["SJUKFRANVARO.LANG noll sjuktimmar", () => kpi.sjukfranvaroLang(cell(0), cell(0)), fel(DIV)],
  [
    "SJUKFRANVARO.LANG negativ",
    () => kpi.sjukfranvaroLang(cell(-1), cell(5)),
    fel(VALUE, "Timmar kan inte vara negativa"),
  ],
  // KPI.SJUKFRANVARO.REDOVISNING
  [
    "REDOVISNING olika storlek",
    () => kpi.sjukfranvaroRedovisning(kolumn(1, 2), kolumn(10), kolumn("K", "M"), kolumn(30, 40)),
    fel(VALUE, "Områdena har olika storlek"),
  ],
  [
    "REDOVISNING långtid olika storlek",
    () => kpi.sjukfranvaroRedovisning(kolumn(1), kolumn(10), kolumn("K"), kolumn(30), kolumn(1, 2)),
    fel(VALUE, "Områdena har olika storlek"),
  ],
  [
    "REDOVISNING okänt kön",
    () => kpi.sjukfranvaroRedovisning(kolumn(1), kolumn(10), kolumn("X"), kolumn(30)),
    fel(VALUE, "Okänt kön på rad 1: ange K eller M"),
  ],
  [
    "REDOVISNING kön saknas",
    () => kpi.sjukfranvaroRedovisning(kolumn(1), kolumn(10), kolumn(null), kolumn(30)),
    fel(VALUE, "Okänt kön på rad 1: ange K eller M"),
  ],
  [
    "REDOVISNING okänd ålder",
    () => kpi.sjukfranvaroRedovisning(kolumn(1), kolumn(10), kolumn("K"), kolumn("gammal")),
    fel(VALUE, "Okänd ålder på rad 1"),
  ],
  [
    "REDOVISNING negativ ålder",
    () => kpi.sjukfranvaroRedovisning(kolumn(1), kolumn(10), kolumn("K"), kolumn(-5)),
    fel(VALUE, "Okänd ålder på rad 1"),
  ],
  [
    "REDOVISNING negativa timmar",
    () => kpi.sjukfranvaroRedovisning(kolumn(-1), kolumn(10), kolumn("K"), kolumn(30)),
    fel(VALUE, "Negativa timmar på rad 1"),
  ],
  [
    "REDOVISNING fler sjuktimmar på rad 2",
    () => kpi.sjukfranvaroRedovisning(kolumn(1, 20), kolumn(10, 10), kolumn("K", "M"), kolumn(30, 40)),
    fel(VALUE, "Sjuktimmarna överstiger arbetstimmarna på rad 2"),
  ],
  [
    "REDOVISNING inga arbetstimmar",
    () => kpi.sjukfranvaroRedovisning(kolumn(0), kolumn(0), kolumn("K"), kolumn(30)),
    fel(DIV),
  ],
  [
    "REDOVISNING I.U i timmar",
    () => kpi.sjukfranvaroRedovisning(kolumn("I.U"), kolumn(10), kolumn("K"), kolumn(30)),
    fel(NA, "Uppgift saknas (I.U)"),
  ],
  [
    "REDOVISNING fler långa än sjuka",
    () => kpi.sjukfranvaroRedovisning(kolumn(1), kolumn(10), kolumn("K"), kolumn(30), kolumn(2)),
    fel(VALUE, "Långtidssjuktimmarna överstiger sjuktimmarna på rad 1"),
  ],
  [
    "REDOVISNING text i arbetstimmar",
    () => kpi.sjukfranvaroRedovisning(kolumn(1), kolumn("tio"), kolumn("K"), kolumn(30)),
    fel(VALUE, 'Arbetstimmar rad 1: Kan inte läsa "tio" som ett tal'),
  ],
  // KPI.PERSONALOMSATTNING
  [
    "PERSONALOMSATTNING negativa avgångar",
    () => kpi.personalomsattning(cell(-1), cell(100)),
    fel(VALUE, "Antalet avgångar kan inte vara negativt"),
  ],
  [
    "PERSONALOMSATTNING negativt antal",
    () => kpi.personalomsattning(cell(1), cell(-5)),
    fel(VALUE, "Antalet anställda kan inte vara negativt"),
  ],
  ["PERSONALOMSATTNING noll anställda", () => kpi.personalomsattning(cell(1), cell(0), cell(0)), fel(DIV)],
  ["PERSONALOMSATTNING I.U", () => kpi.personalomsattning(cell(1), cell("I.U")), fel(NA, "Uppgift saknas (I.U)")],
  ["PERSONALOMSATTNING tomt antal", () => kpi.personalomsattning(cell(1), cell(null)), fel(NA, "Uppgift saknas")],
  [
    "PERSONALOMSATTNING text",
    () => kpi.personalomsattning(cell("tio"), cell(100)),
    fel(VALUE, 'Avgångar: Kan inte läsa "tio" som ett tal'),
  ],
  [
    "PERSONALOMSATTNING.STATUS dålig data",
    () => kpi.personalomsattningStatus(cell(1), cell(0), cell(0), 7),
    varde(KEB),
  ],
  [
    "PERSONALOMSATTNING.STATUS gränsvärde som område",
    () => kpi.personalomsattningStatus(cell(1), cell(10), cell(10), 7, [[1, 2]]),
    fel(VALUE, "Gränsvärde ska vara en enda cell"),
  ],
  // KPI.BUDGETAVVIKELSE
  [
    "BUDGETAVVIKELSE okänd typ",
    () => kpi.budgetavvikelse(cell(1), cell(2), "utgift"),
    fel(VALUE, 'Okänd typ "utgift". Använd kostnad, intäkt eller resultat'),
  ],
  [
    "BUDGETAVVIKELSE text i utfall",
    () => kpi.budgetavvikelse(cell("abc"), cell(2)),
    fel(VALUE, 'Utfall: Kan inte läsa "abc" som ett tal'),
  ],
  ["BUDGETAVVIKELSE X i budget", () => kpi.budgetavvikelse(cell(1), cell("X")), fel(NA, "Uppgift saknas (X)")],
  [
    "BUDGETAVVIKELSE unicode-minus och tunna blanksteg",
    () => kpi.budgetavvikelse(cell("−7\u2009972"), cell("15 000")),
    varde(22972),
  ],
  [
    "BUDGETAVVIKELSE.PROCENT bas noll",
    () => kpi.budgetavvikelseProcent(cell(1), cell(2), "kostnad", cell(0)),
    fel(DIV),
  ],
  ["BUDGETAVVIKELSE.PROCENT budget noll", () => kpi.budgetavvikelseProcent(cell(1), cell(0)), fel(DIV)],
  [
    "BUDGETAVVIKELSE.PROCENT okänd typ",
    () => kpi.budgetavvikelseProcent(cell(1), cell(2), "vinst"),
    fel(VALUE, 'Okänd typ "vinst". Använd kostnad, intäkt eller resultat'),
  ],
  [
    "BUDGETAVVIKELSE.STATUS okänd typ",
    () => kpi.budgetavvikelseStatus(cell(1), cell(2), "±0", "vinst"),
    fel(VALUE, 'Okänd typ "vinst". Använd kostnad, intäkt eller resultat'),
  ],
  ["BUDGETAVVIKELSE.STATUS I.U", () => kpi.budgetavvikelseStatus(cell("I.U"), cell(2), "±0"), varde(KEB)],
  [
    "BUDGETAVVIKELSE.STATUS procentmål på budget noll",
    () => kpi.budgetavvikelseStatus(cell(1), cell(0), "±1 %"),
    varde(KEB),
  ],
  // KPI.SJUKFRANVARO.STATUS
  ["SJUKFRANVARO.STATUS noll timmar", () => kpi.sjukfranvaroStatus(cell(0), cell(0), 7), varde(KEB)],
  [
    "SJUKFRANVARO.STATUS gränsvärde som område",
    () => kpi.sjukfranvaroStatus(cell(1), cell(10), 7, [[1, 2]]),
    fel(VALUE, "Gränsvärde ska vara en enda cell"),
  ],
  // KPI.MALUPPFYLLELSE and KPI.MOTIVERING
  [
    "MALUPPFYLLELSE okänd riktning",
    () => kpi.maluppfyllelse(1, 2, "bättre"),
    fel(VALUE, 'Okänd riktning "bättre". Använd "högre är bättre" eller "lägre är bättre"'),
  ],
  [
    "MALUPPFYLLELSE utfall som område",
    () => kpi.maluppfyllelse([[1, 2]], 2),
    fel(VALUE, "Värdet ska vara en enda cell"),
  ],
  [
    "MALUPPFYLLELSE negativt delvisband",
    () => kpi.maluppfyllelse(1, 2, null, null, null, undefined, -0.1),
    fel(VALUE, "Delvisbandet kan inte vara negativt"),
  ],
  [
    "MALUPPFYLLELSE.KOLUMN negativt delvisband",
    () => kpi.maluppfyllelseKolumn(kolumn(1), cell(2), undefined, undefined, undefined, -0.1),
    fel(VALUE, "Delvisbandet kan inte vara negativt"),
  ],
  ["MALUPPFYLLELSE NaN-text", () => kpi.motivering("NaN", 2), varde('Utfallet "NaN" är inget tal')],
  ["MALUPPFYLLELSE tomt utfall", () => kpi.motivering("", 2), varde("Utfall saknas")],
  ["MALUPPFYLLELSE tomt målvärde", () => kpi.motivering(1, ""), varde("Målvärde saknas")],
  ["MALUPPFYLLELSE två mål i en cell", () => kpi.maluppfyllelse(1.7, "Öka mertid och minska övertid"), varde(KEB)],
  [
    "MALUPPFYLLELSE föregående som text",
    () => kpi.motivering(1, "Ökar", null, null, "abc"),
    varde("Föregående värde är inget tal"),
  ],
  [
    "MALUPPFYLLELSE gränsvärde på fel sida",
    () => kpi.motivering(5, "≤ 7", null, 6),
    varde("Gränsvärdet 6 ligger på fel sida om målvärdet 7"),
  ],
  [
    "MALUPPFYLLELSE trend utan föregående",
    () => kpi.motivering(5, "Ökar"),
    varde("Föregående värde saknas: en trend kan inte bedömas"),
  ],
  [
    "MALUPPFYLLELSE olika penningenheter",
    () => kpi.motivering("6 000 tkr", "minst 5 mnkr"),
    varde("Olika enheter: utfallet i tkr, målvärdet i mnkr"),
  ],
  [
    "MALUPPFYLLELSE jämförelse utan värden",
    () => kpi.motivering(5, "Bättre än riket", null, null, null, [["I.U"]]),
    varde("Jämförelsevärden saknas"),
  ],
  ["MALUPPFYLLELSE enormt utfall", () => kpi.maluppfyllelse(1e300, 7), varde("Uppfyllt")],
  ["MALUPPFYLLELSE målvärde SANT", () => kpi.motivering(1, true), varde('Kan inte läsa målvärdet "SANT"')],
  ["MALUPPFYLLELSE.KOLUMN målvärde FALSKT", () => kpi.maluppfyllelseKolumn(kolumn(1), cell(false)), varde([[KEB]])],
  ["BUDGETAVVIKELSE.STATUS målvärde SANT", () => kpi.budgetavvikelseStatus(cell(1), cell(2), true), varde(KEB)],
  // Others
  ["AKTIVITETSSTATUS område", () => kpi.aktivitetsstatus([["a", "b"]]), fel(VALUE, "Texten ska vara en enda cell")],
  ["AKTIVITETSSTATUS tal", () => kpi.aktivitetsstatus(12), varde("Okänd")],
  ["SAMMANVAGD bara tal", () => kpi.sammanvagd([[[1, 2]]]), varde(KEB)],
];

describe("bad input", () => {
  it("has at least 60 cases", () => expect(FALL.length).toBeGreaterThanOrEqual(60));

  it.each(FALL)("%s", (_namn, anrop, forvantat) => {
    const svar = anropa(anrop);
    if ("varde" in forvantat) {
      expect(svar).toEqual(forvantat.varde);
    } else {
      expect(svar).toEqual({ code: forvantat.kod, message: forvantat.meddelande });
    }
  });
});
