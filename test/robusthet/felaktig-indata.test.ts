/** Bad input across all functions, called as Excel calls them: the exact Excel error code and Swedish message. */
import { kalla, kolumnref, omraderef, ref } from "../helpers/excel";

type Forvantat = { kod: string; meddelande?: string } | { varde: unknown };

const VALUE = "#VALUE!";
const NA = "#N/A";
const DIV = "#DIV/0!";
const fel = (kod: string, meddelande?: string): Forvantat => ({ kod, meddelande });
const varde = (v: unknown): Forvantat => ({ varde: v });
const KEB = "Kan ej bedömas";
const ALDER = 'ange ålder i hela år (15–100) eller en åldersgrupp som "30–49 år"';

const FALL: [string, () => unknown, Forvantat][] = [
  // KPI.TAL
  ["TAL tom text", () => kalla("TAL", ""), fel(NA, "Uppgift saknas")],
  ["TAL tom cell", () => kalla("TAL", ref(null)), fel(NA, "Uppgift saknas")],
  ["TAL blanksteg", () => kalla("TAL", "  "), fel(NA, "Uppgift saknas")],
  ["TAL I.U", () => kalla("TAL", "I.U"), fel(NA, "Uppgift saknas (I.U)")],
  ["TAL X", () => kalla("TAL", "X"), fel(NA, "Uppgift saknas (X)")],
  ["TAL tankstreck", () => kalla("TAL", "–"), fel(NA, "Uppgift saknas (–)")],
  ["TAL två punkter", () => kalla("TAL", ".."), fel(NA, "Uppgift saknas (..)")],
  ["TAL text", () => kalla("TAL", "abc"), fel(VALUE, 'Texten: Kan inte läsa "abc" som ett tal')],
  ["TAL NaN-text", () => kalla("TAL", "NaN"), fel(VALUE, 'Texten: Kan inte läsa "NaN" som ett tal')],
  ["TAL Infinity-text", () => kalla("TAL", "Infinity"), fel(VALUE, 'Texten: Kan inte läsa "Infinity" som ett tal')],
  ["TAL exponent", () => kalla("TAL", "1e999"), fel(VALUE, 'Texten: Kan inte läsa "1e999" som ett tal')],
  [
    "TAL datum som text",
    () => kalla("TAL", "2021-01-31"),
    fel(VALUE, 'Texten: Kan inte läsa "2021-01-31" som ett tal'),
  ],
  ["TAL två decimaltecken", () => kalla("TAL", "10,5,3"), fel(VALUE, 'Texten: Kan inte läsa "10,5,3" som ett tal')],
  ["TAL tal med ord", () => kalla("TAL", "12 äpplen"), fel(VALUE, 'Texten: Kan inte läsa "12 äpplen" som ett tal')],
  ["TAL sanningsvärde", () => kalla("TAL", true), fel(VALUE, "Texten: SANT är inget tal")],
  ["TAL unicode-minus", () => kalla("TAL", "−7 972"), varde(-7972)],
  ["TAL smalt blanksteg", () => kalla("TAL", "1\u2009700\u202f000"), varde(1700000)],
  ["TAL hårt blanksteg och procent", () => kalla("TAL", "10,5\u00a0%"), varde(0.105)],
  ["TAL datum i talcell (serienummer)", () => kalla("TAL", 44197), varde(44197)],
  // KPI.SJUKFRANVARO and .LANG
  [
    "SJUKFRANVARO negativa timmar",
    () => kalla("SJUKFRANVARO", ref(-1), ref(10)),
    fel(VALUE, "Timmar kan inte vara negativa"),
  ],
  [
    "SJUKFRANVARO fler sjuktimmar än arbetstimmar",
    () => kalla("SJUKFRANVARO", ref(11), ref(10)),
    fel(VALUE, "Sjuktimmarna överstiger de ordinarie arbetstimmarna"),
  ],
  ["SJUKFRANVARO noll arbetstimmar", () => kalla("SJUKFRANVARO", ref(0), ref(0)), fel(DIV)],
  ["SJUKFRANVARO I.U", () => kalla("SJUKFRANVARO", ref("I.U"), ref(10)), fel(NA, "Uppgift saknas (I.U)")],
  [
    "SJUKFRANVARO text",
    () => kalla("SJUKFRANVARO", ref("abc"), ref(10)),
    fel(VALUE, 'Sjuktimmar: Kan inte läsa "abc" som ett tal'),
  ],
  [
    "SJUKFRANVARO bara tomma celler",
    () => kalla("SJUKFRANVARO", kolumnref(undefined, ""), ref(10)),
    fel(NA, "Uppgift saknas"),
  ],
  [
    "SJUKFRANVARO enorma värden",
    () => kalla("SJUKFRANVARO", omraderef([1e308, 1e308]), omraderef([1e308, 1e308])),
    fel(VALUE, "Sjuktimmar: summan är för stor"),
  ],
  [
    "SJUKFRANVARO sanningsvärde",
    () => kalla("SJUKFRANVARO", ref(false), ref(10)),
    fel(VALUE, "Sjuktimmar: FALSKT är inget tal"),
  ],
  [
    "SJUKFRANVARO.LANG fler långa än alla",
    () => kalla("SJUKFRANVARO.LANG", ref(5), ref(0)),
    fel(VALUE, "Långtidssjuktimmarna överstiger sjuktimmarna"),
  ],
  ["SJUKFRANVARO.LANG noll sjuktimmar", () => kalla("SJUKFRANVARO.LANG", ref(0), ref(0)), fel(DIV)],
  [
    "SJUKFRANVARO.LANG negativ",
    () => kalla("SJUKFRANVARO.LANG", ref(-1), ref(5)),
    fel(VALUE, "Timmar kan inte vara negativa"),
  ],
  // KPI.SJUKFRANVARO.REDOVISNING
  [
    "REDOVISNING olika storlek",
    () => kalla("SJUKFRANVARO.REDOVISNING", kolumnref(1, 2), kolumnref(10), kolumnref("K", "M"), kolumnref(30, 40)),
    fel(VALUE, "Områdena har olika form (2×1, 1×1, 2×1, 2×1): de ska vara lika stora"),
  ],
  [
    "REDOVISNING långtid olika storlek",
    () =>
      kalla("SJUKFRANVARO.REDOVISNING", kolumnref(1), kolumnref(10), kolumnref("K"), kolumnref(30), kolumnref(1, 2)),
    fel(VALUE, "Områdena har olika form (1×1, 1×1, 1×1, 1×1, 2×1): de ska vara lika stora"),
  ],
  [
    "REDOVISNING okänt kön",
    () => kalla("SJUKFRANVARO.REDOVISNING", kolumnref(1), kolumnref(10), kolumnref("X"), kolumnref(30)),
    fel(VALUE, "Okänt kön på rad 1: ange K eller M"),
  ],
  [
    "REDOVISNING kön saknas",
    () => kalla("SJUKFRANVARO.REDOVISNING", kolumnref(1), kolumnref(10), kolumnref(undefined), kolumnref(30)),
    fel(VALUE, "Okänt kön på rad 1: ange K eller M"),
  ],
  [
    "REDOVISNING okänd ålder",
    () => kalla("SJUKFRANVARO.REDOVISNING", kolumnref(1), kolumnref(10), kolumnref("K"), kolumnref("gammal")),
    fel(VALUE, `Ålder "gammal" på rad 1 är ingen ålder: ${ALDER}`),
  ],
  [
    "REDOVISNING negativ ålder",
    () => kalla("SJUKFRANVARO.REDOVISNING", kolumnref(1), kolumnref(10), kolumnref("K"), kolumnref(-5)),
    fel(VALUE, `Ålder "-5" på rad 1 är ingen ålder: ${ALDER}`),
  ],
  [
    "REDOVISNING negativa timmar",
    () => kalla("SJUKFRANVARO.REDOVISNING", kolumnref(-1), kolumnref(10), kolumnref("K"), kolumnref(30)),
    fel(VALUE, "Negativa timmar på rad 1"),
  ],
  [
    "REDOVISNING fler sjuktimmar på rad 2",
    () =>
      kalla("SJUKFRANVARO.REDOVISNING", kolumnref(1, 20), kolumnref(10, 10), kolumnref("K", "M"), kolumnref(30, 40)),
    fel(VALUE, "Sjuktimmarna överstiger arbetstimmarna på rad 2"),
  ],
  [
    "REDOVISNING inga arbetstimmar",
    () => kalla("SJUKFRANVARO.REDOVISNING", kolumnref(0), kolumnref(0), kolumnref("K"), kolumnref(30)),
    fel(DIV),
  ],
  [
    "REDOVISNING I.U i timmar",
    () => kalla("SJUKFRANVARO.REDOVISNING", kolumnref("I.U"), kolumnref(10), kolumnref("K"), kolumnref(30)),
    fel(NA, "Uppgift saknas (I.U)"),
  ],
  [
    "REDOVISNING fler långa än sjuka",
    () => kalla("SJUKFRANVARO.REDOVISNING", kolumnref(1), kolumnref(10), kolumnref("K"), kolumnref(30), kolumnref(2)),
    fel(VALUE, "Långtidssjuktimmarna överstiger sjuktimmarna på rad 1"),
  ],
  [
    "REDOVISNING text i arbetstimmar",
    () => kalla("SJUKFRANVARO.REDOVISNING", kolumnref(1), kolumnref("tio"), kolumnref("K"), kolumnref(30)),
    fel(VALUE, 'Arbetstimmar rad 1: Kan inte läsa "tio" som ett tal'),
  ],
  // KPI.PERSONALOMSATTNING
  [
    "PERSONALOMSATTNING negativa avgångar",
    () => kalla("PERSONALOMSATTNING", ref(-1), ref(100)),
    fel(VALUE, "Antalet avgångar kan inte vara negativt"),
  ],
  [
    "PERSONALOMSATTNING negativt antal",
    () => kalla("PERSONALOMSATTNING", ref(1), ref(-5)),
    fel(VALUE, "Antalet anställda kan inte vara negativt"),
  ],
  ["PERSONALOMSATTNING noll anställda", () => kalla("PERSONALOMSATTNING", ref(1), ref(0), ref(0)), fel(DIV)],
  ["PERSONALOMSATTNING I.U", () => kalla("PERSONALOMSATTNING", ref(1), ref("I.U")), fel(NA, "Uppgift saknas (I.U)")],
  [
    "PERSONALOMSATTNING tomt antal",
    () => kalla("PERSONALOMSATTNING", ref(1), ref(undefined)),
    fel(NA, "Uppgift saknas"),
  ],
  [
    "PERSONALOMSATTNING text",
    () => kalla("PERSONALOMSATTNING", ref("tio"), ref(100)),
    fel(VALUE, 'Avgångar: Kan inte läsa "tio" som ett tal'),
  ],
  [
    "PERSONALOMSATTNING.STATUS dålig data",
    () => kalla("PERSONALOMSATTNING.STATUS", ref(1), ref(0), ref(0), 7),
    varde(KEB),
  ],
  // KPI.BUDGETAVVIKELSE
  [
    "BUDGETAVVIKELSE okänd typ",
    () => kalla("BUDGETAVVIKELSE", ref(1), ref(2), "utgift"),
    fel(VALUE, 'Okänd typ "utgift". Använd kostnad, intäkt, resultat, bokföring eller negativ kostnad'),
  ],
  [
    "BUDGETAVVIKELSE text i utfall",
    () => kalla("BUDGETAVVIKELSE", ref("abc"), ref(2)),
    fel(VALUE, 'Utfall: Kan inte läsa "abc" som ett tal'),
  ],
  ["BUDGETAVVIKELSE X i budget", () => kalla("BUDGETAVVIKELSE", ref(1), ref("X")), fel(NA, "Uppgift saknas (X)")],
  [
    "BUDGETAVVIKELSE unicode-minus och tunna blanksteg",
    () => kalla("BUDGETAVVIKELSE", ref("−7\u2009972"), ref("15 000")),
    varde(22972),
  ],
  [
    "BUDGETAVVIKELSE.PROCENT bas noll",
    () => kalla("BUDGETAVVIKELSE.PROCENT", ref(1), ref(2), "kostnad", ref(0)),
    fel(DIV),
  ],
  ["BUDGETAVVIKELSE.PROCENT budget noll", () => kalla("BUDGETAVVIKELSE.PROCENT", ref(1), ref(0)), fel(DIV)],
  [
    "BUDGETAVVIKELSE.PROCENT okänd typ",
    () => kalla("BUDGETAVVIKELSE.PROCENT", ref(1), ref(2), "vinst"),
    fel(VALUE, 'Okänd typ "vinst". Använd kostnad, intäkt, resultat, bokföring eller negativ kostnad'),
  ],
  [
    "BUDGETAVVIKELSE.STATUS okänd typ",
    () => kalla("BUDGETAVVIKELSE.STATUS", ref(1), ref(2), "±0", "vinst"),
    fel(VALUE, 'Okänd typ "vinst". Använd kostnad, intäkt, resultat, bokföring eller negativ kostnad'),
  ],
  ["BUDGETAVVIKELSE.STATUS I.U", () => kalla("BUDGETAVVIKELSE.STATUS", ref("I.U"), ref(2), "±0"), varde(KEB)],
  [
    "BUDGETAVVIKELSE.STATUS procentmål på budget noll",
    () => kalla("BUDGETAVVIKELSE.STATUS", ref(1), ref(0), "±1 %"),
    varde(KEB),
  ],
  // KPI.SJUKFRANVARO.STATUS
  ["SJUKFRANVARO.STATUS noll timmar", () => kalla("SJUKFRANVARO.STATUS", ref(0), ref(0), 7), varde(KEB)],
  // KPI.MALUPPFYLLELSE and KPI.MOTIVERING
  [
    "MALUPPFYLLELSE okänd riktning",
    () => kalla("MALUPPFYLLELSE", 1, 2, "bättre"),
    fel(VALUE, 'Okänd riktning "bättre". Använd "högre är bättre" eller "lägre är bättre"'),
  ],
  [
    "MALUPPFYLLELSE negativt delvisband",
    () => kalla("MALUPPFYLLELSE", 1, 2, undefined, undefined, undefined, undefined, -0.1),
    fel(VALUE, "Delvisbandet kan inte vara negativt"),
  ],
  [
    "MALUPPFYLLELSE.KOLUMN negativt delvisband",
    () => kalla("MALUPPFYLLELSE.KOLUMN", kolumnref(1), ref(2), undefined, undefined, undefined, -0.1),
    fel(VALUE, "Delvisbandet kan inte vara negativt"),
  ],
  ["MALUPPFYLLELSE NaN-text", () => kalla("MOTIVERING", "NaN", 2), varde('Utfallet "NaN" är inget tal')],
  ["MALUPPFYLLELSE tomt utfall", () => kalla("MOTIVERING", "", 2), varde("Utfall saknas")],
  ["MALUPPFYLLELSE tomt målvärde", () => kalla("MOTIVERING", 1, ""), varde("Målvärde saknas")],
  ["MALUPPFYLLELSE två mål i en cell", () => kalla("MALUPPFYLLELSE", 1.7, "Öka mertid och minska övertid"), varde(KEB)],
  [
    "MALUPPFYLLELSE föregående som text",
    () => kalla("MOTIVERING", 1, "Ökar", undefined, undefined, "abc"),
    varde("Föregående värde är inget tal"),
  ],
  [
    "MALUPPFYLLELSE gränsvärde på fel sida",
    () => kalla("MOTIVERING", 5, "≤ 7", undefined, 6),
    varde("Gränsvärdet 6 ligger på fel sida om målvärdet 7"),
  ],
  [
    "MALUPPFYLLELSE trend utan föregående",
    () => kalla("MOTIVERING", 5, "Ökar"),
    varde("Föregående värde saknas: en trend kan inte bedömas"),
  ],
  [
    "MALUPPFYLLELSE belopp utan enhet mot ett mål i mnkr",
    () => kalla("MOTIVERING", 38000, "Högst 40 mnkr"),
    varde("Utfallet 38 000 saknar enhet men målvärdet 40 mnkr är ett belopp: skriv enheten (kr, tkr, mnkr eller mdkr)"),
  ],
  [
    "MALUPPFYLLELSE olika enheter som inte är pengar",
    () => kalla("MOTIVERING", "12 timmar", "minst 2 dagar"),
    varde("Olika enheter: utfallet 12 timmar, målvärdet 2 dagar"),
  ],
  [
    "MALUPPFYLLELSE jämförelse utan värden",
    () => kalla("MOTIVERING", 5, "Bättre än riket", undefined, undefined, undefined, ref("I.U")),
    varde("Jämförelsevärden saknas"),
  ],
  ["MALUPPFYLLELSE enormt utfall", () => kalla("MALUPPFYLLELSE", 1e300, 7), varde("Uppfyllt")],
  ["MALUPPFYLLELSE målvärde SANT", () => kalla("MOTIVERING", 1, true), varde('Kan inte läsa målvärdet "SANT"')],
  [
    "MALUPPFYLLELSE.KOLUMN målvärde FALSKT",
    () => kalla("MALUPPFYLLELSE.KOLUMN", kolumnref(1), ref(false)),
    varde([[KEB]]),
  ],
  ["BUDGETAVVIKELSE.STATUS målvärde SANT", () => kalla("BUDGETAVVIKELSE.STATUS", ref(1), ref(2), true), varde(KEB)],
  // Others
  ["AKTIVITETSSTATUS tal", () => kalla("AKTIVITETSSTATUS", 12), varde("Okänd")],
  [
    "SAMMANVAGD bara tal",
    () => kalla("SAMMANVAGD", omraderef([1, 2])),
    fel(VALUE, 'Okänd status "1": skriv en status, eller läs en aktivitet med KPI.AKTIVITETSSTATUS'),
  ],
];

describe("bad input", () => {
  it("has at least 60 cases", () => expect(FALL.length).toBeGreaterThanOrEqual(60));

  it.each(FALL)("%s", (_namn, anrop, forvantat) => {
    const svar = anrop();
    if ("varde" in forvantat) {
      expect(svar).toEqual(forvantat.varde);
    } else {
      expect(svar).toEqual({ code: forvantat.kod, message: forvantat.meddelande });
    }
  });
});
