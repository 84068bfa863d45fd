// Differential fuzz of the målvärde, number, status and activity readers: an older build against this one, on
// generated texts near the grammar, random texts and phrasings from real reports. Prints every kind of difference
// with counts and examples, so that each can be explained by a rule of the spec (docs/performance.md).
//
// Usage: build both with tsc to CommonJS, then
//   node scripts/differens.mjs <old build dir> <new build dir> [texts per generator]
// where each dir holds src/core/... as `tsc` writes it (tsconfig.bench.json writes .cache/bench).
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const [gammalDir, nyDir, antalArg] = process.argv.slice(2);
if (!gammalDir || !nyDir) {
  console.error("node scripts/differens.mjs <gammal bygg> <ny bygg> [antal]");
  process.exit(1);
}
const ladda = (dir, fil) => require(path.resolve(dir, "src/core", fil));
const gammal = {
  sammanvagd: ladda(gammalDir, "bedomning/sammanvagd.js"),
  malvarde: ladda(gammalDir, "malvarde/tolka.js"),
  bedom: ladda(gammalDir, "bedomning/bedomning.js"),
  tal: ladda(gammalDir, "tal/tal.js"),
  aktivitet: ladda(gammalDir, "bedomning/aktivitet.js"),
};
const nya = ladda(nyDir, "bedomning/aktivitet.js");
const ny = {
  sammanvagd: ladda(nyDir, "bedomning/sammanvagd.js"),
  malvarde: ladda(nyDir, "malvarde/tolka.js"),
  bedom: ladda(nyDir, "bedomning/bedomning.js"),
  tal: ladda(nyDir, "tal/tal.js"),
  aktivitet: ladda(nyDir, "bedomning/aktivitet.js"),
};
const ANTAL = Number(antalArg ?? 20000);

let fro = 4711;
const slump = () => (fro = (fro * 1103515245 + 12345) % 2147483648) / 2147483648;
const valj = (lista) => lista[Math.floor(slump() * lista.length)];

// ── Texts ──────────────────────────────────────────────────────────────────────────────────────────────────
const OPERATORER = [
  "",
  "max ",
  "Max ",
  "högst ",
  "maximalt ",
  "minst ",
  "Minst ",
  "lägst ",
  "≤ ",
  "<= ",
  "≥ ",
  ">= ",
  "=> ",
  "under ",
  "över ",
  "mer än ",
  "lägre än ",
  "högre än ",
  "mindre än ",
  "inte över ",
  "ej under ",
  "+/-",
  "±",
  "cirka ",
  "ca ",
  "ungefär ",
  "uppnå ",
  "nå ",
  "öka med ",
  "Minska med ",
  "ska öka med ",
  "mellan 5 och ",
  "inte överstiga ",
  "bör inte överstiga ",
  "uppgå till minst ",
  "minst uppgå till ",
  "understiga ",
  "överstiga ",
];
const TAL = () => {
  const x = valj([1, 2, 5, 7, 10, 42, 90, 100, 1700, 2020, 0, 0.5, 12.5, 85]);
  return String(x).replace(".", valj([",", "."]));
};
const ENHETER = [
  "",
  " %",
  "%",
  " procent",
  " mnkr",
  " tkr",
  " kr",
  " st",
  " st.",
  " timmar",
  " dagar",
  " ‰",
  " pct",
  " promille",
  " mkr",
  " msek",
];
const SLUT = [
  "",
  " budgetavvikelse",
  " avvikelse",
  " negativ budgetavvikelse",
  " underskott",
  " procentenheter",
  " pe",
  " mot budget",
  ".",
  " .",
  " per år",
  "–10",
  " - 15 %",
  " och 9 %",
];
const ORDMAL = [
  "Budget i balans",
  "i balans",
  "Ekonomi i balans",
  "balans",
  "Ökar",
  "ökar",
  "Ska öka",
  "ökning",
  "Minskar",
  "Ska minska",
  "minskning",
  "förbättras",
  "Bibehålla",
  "oförändrad",
  "samma nivå",
  "Högre än föregående år",
  "Lägre än föregående år",
  "positivt",
  "Positivt resultat",
  "överskott",
  "Bättre än riket",
  "≥ bästa resultatet för jämförelsekommunerna",
  "Lägre än rikssnittet",
  "I.U",
  "LK",
  "-",
  "–",
  "X",
  "..",
  "",
];
const MENINGAR = [
  (m) => `Nämnden ska ${m}`,
  (m) => `Målet är ${m} under perioden`,
  (m) => `${m} senast 2025`,
  (m) => `År 2024 ska andelen vara ${m}.`,
  (m) => `Utgångsvärde 2015: 51,6 mnkr, ${m}`,
  (m) => `Andelen får aldrig bli ${m}`,
  (m) => `Kostnaden ska inte ${m}`,
  (m) => `${m} jämfört med föregående år`,
  (m) => `Frigöra personalresurser med ${m}`,
  (m) => `Öka andelen till ${m}`,
  (m) => `Minska sjukfrånvaron med ${m}`,
  (m) => `120 tillsyner ska ske digitalt och ${m}`,
];
const OSYNLIGA = ["\u200b", "\u00ad", "\u00a0", "\u202f", "\u2060", "\ufeff", "\u2009", "\u2007"];

/** Phrasings from other kommuners' årsredovisningar, delårsrapporter and plans. */
const VERKLIGA = [
  "Max 1 % budgetavvikelse",
  "Budget i balans",
  "Ökar",
  "Minska med 10%",
  "Öka mertid och minska övertid",
  "7,0 %",
  "Budgetavvikelsen ska vara liten, högst 1 procent avvikelse.",
  "Investeringarna ska hålla budget, högst 0 procent negativ avvikelse.",
  "Soliditeten ska vara oförändrad jämfört med föregående år",
  "Nämnden ska ha en ekonomi i balans.",
  "Andelen bör inte överstiga 8 %",
  "Resultatet ska minst uppgå till 2 %",
  "år 2024 nå 75 procent",
  "Minst index 70",
  "Resultatet ska vara positivt",
  "cirka 7 procent",
  "Minst 60 %",
  "Max 10 %",
  "Minst 100 %",
  "Öka med 2 procentenheter",
  "Högst 40 mnkr",
  "Andelen får aldrig bli högre än 10 %",
  "Kostnaden ska inte öka",
  "Resultatet ska uppgå till minst 2 % av skatteintäkterna",
  "Nettokostnadsutvecklingen ska inte överstiga skatteutvecklingen",
  "Sjukfrånvaron ska minska till högst 7 %",
  "Minst 90 % av brukarna ska vara nöjda",
  "Andelen elever med godkända betyg ska öka",
  "Väntetiden ska understiga 30 dagar",
  "Högst 14 dagars handläggningstid",
  "NKI minst 75",
  "Minst NKI 75",
  "Lägre än rikssnittet",
  "Bättre än jämförbara kommuner",
  "Självfinansieringsgraden av investeringar ska vara minst 100 %",
  "Skattesatsen ska vara högst 22:16",
  "Antalet anmälda brott ska vara under 855 st./100 000 inv",
  "Högst 12 per 1 000 invånare",
  "Max 2 ‰",
  "Ekonomiskt resultat minst 2 % av skatter och bidrag",
  "Senast 2025 ska 50 % av fordonen vara fossilfria",
  "Öka andelen heltidsanställda till 80 %",
  "Frisktalet ska öka",
  "Positivt resultat",
  "Överskott på 2 mnkr",
  "Ej över 5 %",
  "Inte under 90 %",
  "±0",
  "+/-0",
  "5–10 %",
  "mellan 5 och 10 %",
  "Ska vara oförändrat",
  "Samma nivå som 2023",
  "Bibehålla nivån",
  "Ökas med 2 procentenheter",
  "Minskas med 5 %",
  "Sänka kostnaderna med 3 %",
  "Höja andelen till 60 %",
  "Kan ej bedömas",
  "Ingen mätning 2024",
  "Mäts ej",
  "Nytt mål 2024",
  "Stor ökning av digitala möten",
  "Andelen ska vara minst 95 % varje år",
  "Utfallet ska vara bättre än riket",
  "≥ 90 %",
  "=> 80",
  "<=5",
  "Högst 2 mnkr negativ budgetavvikelse",
  "högst 3 mnkr underskott",
  "Maxbelopp 5 000 kr per elev",
  "90 % av alla chefer har gått UL",
  "120 tillsyner ska ske digitalt",
  "Frigöra personalresurser med minst 10 000 timmar",
  "Mellan 2019 och 2020 ska 5 projekt klaras",
  "Ska minska. Utgångsvärde 2015: 51,6 mnkr",
];

/** Marks a text of random characters, so that its differences are counted apart. */
const SLUMPTEXT = "\u0001";

function* texter() {
  for (const t of VERKLIGA) yield t;
  for (let i = 0; i < ANTAL; i++) yield `${valj(OPERATORER)}${TAL()}${valj(ENHETER)}${valj(SLUT)}`;
  for (let i = 0; i < ANTAL / 4; i++) yield valj(ORDMAL);
  for (let i = 0; i < ANTAL; i++) yield valj(MENINGAR)(`${valj(OPERATORER)}${TAL()}${valj(ENHETER)}`);
  for (let i = 0; i < ANTAL / 2; i++) yield valj(MENINGAR)(valj(ORDMAL));
  for (let i = 0; i < ANTAL / 2; i++) {
    const t = `${valj(OPERATORER)}${TAL()}${valj(ENHETER)}`;
    const k = Math.floor(slump() * (t.length + 1));
    yield t.slice(0, k) + valj(OSYNLIGA) + t.slice(k);
  }
  for (let i = 0; i < ANTAL / 2; i++) {
    yield (
      SLUMPTEXT +
      Array.from({ length: 1 + Math.floor(slump() * 12) }, () =>
        String.fromCharCode(
          valj([32, 37, 44, 45, 46, 48 + Math.floor(slump() * 10), 97 + Math.floor(slump() * 26), 229, 246, 8804]),
        ),
      ).join("")
    );
  }
}

/** Activity statuses as follow-ups write them (§9), and statuses as people type them (§8). */
const AKTIVITETSORD = [
  "Genomförd",
  "genomfört",
  "Klart",
  "klar",
  "Slutförd",
  "Avslutad",
  "Pågår",
  "pågående",
  "Påbörjad",
  "påbörjats",
  "Startad",
  "Enligt plan",
  "Planerad",
  "Planering",
  "Pausad",
  "Pausat",
  "pausats",
  "Försenad",
  "Försening",
  "Inställd",
  "ställdes in",
  "Utgår",
  "Utgått",
  "Avförd",
  "Ej relevant",
  "Ej aktuell",
  "Färdigställd",
  "Okänd",
  "Anpassats",
];
const AKTIVITETSFORE = [
  "",
  "",
  "Ej ",
  "Inte ",
  "Delvis ",
  "inte helt ",
  "förväntas inte bli ",
  "Aktiviteten blir inte ",
  "Helt eller i huvudsak ",
  "Icke ",
];
const AKTIVITETSEFTER = [
  "",
  "",
  " till hälften",
  " pga. Corona",
  ", pågår",
  ". Pågår.",
  " efter viss försening",
  " enligt plan",
  " delvis",
  ", inte försenad",
];
const STATUSFRASER = [
  "Uppfyllt",
  "uppfylld",
  "Uppfyllda",
  "uppnått",
  "Nått",
  "Ja",
  "Nej",
  "Delvis uppfyllt",
  "Delvis",
  "Ej uppfyllt",
  "Inte uppfyllt",
  "Inte helt uppnått",
  "har inte uppnåtts",
  "Kan ej bedömas",
  "Ej bedömt",
  "Ej tillämpligt",
  "Ej mätt",
  "Oklart",
  "Saknas",
  "Går ej att bedöma",
  "Bra",
  "Okänd",
  "Pågår",
  "Genomförd",
];
const STATUSFORE = ["", "", "Målet ", "Målet är ", "Målet har ", "✔ ", "🟢 ", "UPPER:"];
const STATUSEFTER = ["", "", ". Detta beror på …", " – se analysen", ", man kan …", " enligt plan"];

function* statustexter() {
  for (let i = 0; i < ANTAL / 2; i++) {
    let t = `${valj(STATUSFORE)}${valj(STATUSFRASER)}${valj(STATUSEFTER)}`;
    if (t.startsWith("UPPER:")) t = t.slice(6).toUpperCase();
    yield t;
  }
}

function* aktivitetstexter() {
  for (let i = 0; i < ANTAL / 2; i++) {
    let t = `${valj(AKTIVITETSFORE)}${valj(AKTIVITETSORD)}${valj(AKTIVITETSEFTER)}`;
    if (slump() < 0.2) {
      // A word broken across lines as pasted text has it.
      const k = 1 + Math.floor(slump() * (t.length - 1));
      t = t.slice(0, k) + valj(["-", "- ", "-\n", "\n-", "\u00ad"]) + t.slice(k);
    }
    yield t;
  }
}

/** The rule of §9 that explains a difference in an activity status. */
function forklaraAktivitet(text, ny) {
  const s = nya.skarvaOrd(text);
  if (/\n-/.test(text)) return "§9 radbrytning före bindestrecket skarvas";
  if (/(inte|ej|icke)/.test(s) && !/(inte|ej|icke)/.test(text.toLowerCase()))
    return "§9 avstavning och mjukt bindestreck skarvas (här inne i negationen)";
  if (ny === "Utgår") return "§9 Utgår (även Avförd, Utgått, Ej relevant, Ej aktuell)";
  if (ny === "Ej genomförd" || (ny === "Ej påbörjad" && /(inte|icke)/.test(s)))
    return "§9 negation upp till tre ord före ett statusord";
  if (/(inte|ej|icke)/.test(s))
    return "§9 ett annat negerat statusord hoppas över, och negationen når inte över ett komma";
  if (ny === "Delvis genomförd") return "§9 till hälften / delvis: Delvis genomförd";
  if (/enligt plan/.test(s)) return "§9 Enligt plan är Pågår";
  if (/färdig/.test(s)) return "§9 färdig som stam för Genomförd (vald)";
  if (/-\s*\n|- /.test(text)) return "§9 avstavning vid radslut skarvas";
  return "oförklarad";
}

/** The rule of §8 that explains a difference in how one entry counts in KPI.SAMMANVAGD. */
function forklaraStatuspost(text, ny) {
  if (ny === "fel") return "§8 text som inte är en status ger #VALUE!, tappas aldrig";
  if (nya.lasAktivitet(text) !== undefined && nya.lasAktivitet(text) !== gammal.aktivitet.normaliseraAktivitet(text))
    return "§8 en aktivitetsstatus räknas efter sin färg, läst enligt §9";
  if (/^[^a-zåäö]/i.test(text)) return "§8 emoji eller symbol före statusen";
  if (/^mål/i.test(text)) return "§8 Målet, Målet är, Målet har före statusen";
  if (
    /^(ja|nej|uppnått|nått|uppfylld|uppfyllda|ej bedömt|ej tillämpligt|ej mätt|oklart|saknas|går ej|har inte|inte|delvis\b(?! uppfyllt))/i.test(
      text,
    )
  )
    return "§8 statusord som folk skriver dem";
  return "§8 statusfrasen först, resten är en kommentar";
}

// ── Comparison ─────────────────────────────────────────────────────────────────────────────────────────────
/** A target as comparable text: its kind and numbers, not the object's layout. */
function beskriv(t) {
  const m = t.malvarde;
  const x = (v) => (v ? `${+v.varde.toPrecision(12)}${v.procent ? "%" : ""}${v.enhet ?? ""}` : "");
  switch (m.typ) {
    case "grans":
      return `grans ${m.op ?? "nivå"} ${x(m.x)}`;
    case "intervall":
      return `intervall ${x(m.fran)}..${x(m.till)}`;
    case "band":
      return `band ${x(m.x)}`;
    case "trend":
      return `trend ${m.upp ? "upp" : "ned"}${m.inklusive ? " inkl" : ""}`;
    case "forandring":
      return `forandring ${m.upp ? "upp" : "ned"} ${x(m.x)} ${m.satt}`;
    case "jamforelse":
      return `jamforelse ${m.satt}${m.strikt ? " strikt" : ""}`;
    case "olasbar":
      return "olasbar";
    default:
      return m.typ;
  }
}

const OSYNLIGT = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;

/**
 * The rule of the revised spec that explains a difference in how a målvärde is read, found from the text and the
 * two readings; "oförklarad" when none does (each of those is looked at by hand).
 */
function forklaraTolkning(text, g, n) {
  if (text.startsWith(SLUMPTEXT)) return "slumptext: varje fras räknas i meningar (§6), tecken före siffror enligt §2";
  const s = text.toLowerCase().replace(OSYNLIGT, "").replace(/\s+/g, " ");
  const ng = beskriv(g);
  const nn = beskriv(n);
  if (/\d ?, \d|\d , ?\d/.test(s)) return "§2 ett decimaltecken står mellan siffror, utan mellanslag";
  if (OSYNLIGT.test(text) || /\u2007/.test(text)) {
    OSYNLIGT.lastIndex = 0;
    const rentGammal = beskriv(gammal.malvarde.tolkaMalvarde(text.replace(OSYNLIGT, "").replace(/\u2007/g, " ")));
    if (rentGammal === nn) return "§2 osynliga tecken och siffermellanslag tas bort före läsning";
  }
  if (/‰|promille|\bpct\b/.test(s)) return "§2 ‰, promille och pct är andelar";
  if (/\bmsek\b/.test(s)) return "§2 msek är mnkr";
  if (/\d:\d\d\b/.test(s)) return "§2 kronor:öre (22:16)";
  if (/\d (dag|timme|kronor|mn kr|tusen kronor|miljoner kr|miljoner kronor|miljarder kronor|styck)( |$|\.)/.test(s))
    return "§2 fler enhetsord (dag, timme, kronor, mn kr …) (vald)";
  if (g.malvarde.typ === "intervall" && n.malvarde.typ === "intervall")
    return "§6 X–Y: en procent eller enhet vid ena änden gäller båda (vald; förut bara den andras för den första)";
  if (/(^| |\/)[-–]\d/.test(s) && n.malvarde.typ === "grans" && /-/.test(nn))
    return "§2 bindestreck eller tankstreck direkt före en siffra är minustecken";
  if (/(st\.\/|\bper )\d/.test(s)) return "§2 enhet per invånare är en enhet, inget andra tal";
  const negerad = /(^| )(inte|ej|icke|aldrig|ingen|inget|inga)( |$)/.test(s);
  if (negerad && (/inkl/.test(nn) || n.malvarde.typ === "olasbar" || /grans (<|>)/.test(nn)) && ng !== nn) {
    if (n.malvarde.typ === "olasbar" && /vända på|gör målet oklart/.test(n.malvarde.orsak))
      return "§6 negation: det som inte kan vändas (nivå, band, förändring, balans) eller ett ensamt tal med negation kan ej bedömas";
    if (/inte (över|under|mer än|lägre än|högre än|mindre än)|ej (över|under)/.test(s) && /flera|inkl/.test(ng + nn))
      return "§6 negation före en fras vänder den";
    return "§6 negation före en fras vänder den";
  }
  if (/(^|\s)(år|till|senast|inför|under|från) (19|20)\d\d\b|\b(19|20)\d\d:/.test(s))
    return "§6 årtal hoppas över i meningar";
  if (/(avvikelse|underskott|procentenhet|\bpe\b)/.test(s) && /band|>= -|>= 0|forandring.*procentenheter/.test(nn))
    return "§6 en fras läses hel, med orden efter talet";
  if (n.malvarde.typ === "positivt") return "§6 positivt, positivt resultat, överskott: v > 0";
  if (/överskott på/.test(s)) return "§6 överskott på X: v ≥ X";
  if (/\bmellan\b/.test(s) && n.malvarde.typ === "intervall")
    return "§6 varje fras räknas i meningar (här mellan X och Y), och en fras går före lösa tal";
  if (/\s[-–]\s|\d[-–]\d/.test(s) && n.malvarde.typ === "olasbar" && g.malvarde.typ === "intervall")
    return "§2 ett intervall med olika enheter i ändarna jämför ingenting";
  if (/(överstiga|understiga|överskrida|uppgå till)/.test(s)) return "§6 operatorverb (överstiga, uppgå till minst …)";
  if (/(^| )(cirka|ca|ungefär|uppnå|nå)( |$)/.test(s) && /nivå/.test(nn))
    return "§6 cirka, ca, ungefär, uppnå, nå: en nivå (och en fras går före lösa tal)";
  if (/(^| )(minst|högst|max|lägst|maximalt|under|över) [a-zåäö]+( [a-zåäö]+)? -?\d/.test(s) && /grans/.test(nn))
    return "§6 etikettord mellan operator och tal i en hel text";
  if (/\b(höja|höjer|höjas|höjs|sänka|sänker|sänkas|sänks|ökat|minskat)\b/.test(s))
    return "§6 verbformer: höja/sänka (och ökat/minskat) som öka/minska (vald)";
  if (/(öka|ökar|ökas|minska|minskar|minskas)\b.*\b(med|till)\b/.test(s) && /forandring|grans|trend/.test(nn))
    return "§6 öka/minska inom tre ord före med X / till X";
  if (
    /(balans|ökar|öka|ökning|minskar|minska|minskning|förbättras|förbättra|bibehåll|oförändra|samma nivå|föregående år)/.test(
      s,
    )
  )
    return "§6 ordmål räknas även i meningar; samma mål två gånger är ett mål";
  return "oförklarad";
}

/** The rule that explains a difference in status where both read the målvärde alike, from the new reason. */
function forklaraStatus(motivering) {
  if (/saknar enhet|Olika enheter|är ett belopp/.test(motivering))
    return "§2 belopp jämförs aldrig med tal utan enhet eller med andra enheter";
  if (/läst som/.test(motivering)) return "§2 procentskalan: ett vanligt tal bredvid ett procentmål";
  if (/\(\d[\d ,]* (tkr|mnkr|mdkr|kr)\)/.test(motivering)) return "§2 pengar räknas om exakt";
  if (/gränsvärdet 0 lästes/.test(motivering)) return "§6 gränsvärde 0 på fel sida läses som inget gränsvärde";
  return "oförklarad";
}

const grupper = new Map();
function notera(kategori, exempel) {
  const g = grupper.get(kategori) ?? { antal: 0, exempel: [] };
  g.antal++;
  if (g.exempel.length < (kategori.includes("oförklarad") ? 60 : 4)) g.exempel.push(exempel);
  grupper.set(kategori, g);
}

const UTFALL = [
  ["8 %", "7 %"],
  [55, 50],
  ["3 mnkr", "2 mnkr"],
];

let antal = 0;
for (const text of texter()) {
  antal++;
  const tg = gammal.malvarde.tolkaMalvarde(text);
  const tn = ny.malvarde.tolkaMalvarde(text);
  const bg = `${beskriv(tg)} ${tg.riktning ?? ""}`.trim();
  const bn = `${beskriv(tn)} ${tn.riktning ?? ""}`.trim();
  if (bg !== bn) notera(`målvärde — ${forklaraTolkning(text, tg, tn)}`, `${JSON.stringify(text)}: ${bg} → ${bn}`);
  else {
    for (const [utfall, foregaende] of UTFALL) {
      const sg = gammal.bedom.bedom({ utfall, malvarde: text, foregaende });
      const sn = ny.bedom.bedom({ utfall, malvarde: text, foregaende });
      if (sg.status !== sn.status) {
        notera(
          `status — ${forklaraStatus(sn.motivering)}`,
          `${JSON.stringify(text)} (utfall ${utfall}): ${sg.status} → ${sn.status}: ${sn.motivering}`,
        );
      }
    }
  }
  const lg = gammal.tal.lasTal(text);
  const ln = ny.tal.lasTal(text);
  const tg2 = lg.typ === "tal" ? `${+lg.varde.toPrecision(12)}${lg.enhet ?? ""}` : lg.typ;
  const tn2 = ln.typ === "tal" ? `${+ln.varde.toPrecision(12)}${ln.enhet ?? ""}` : ln.typ;
  if (tg2 !== tn2) {
    const forklaring = /[\u200b\u00ad\u2060\ufeff\u200c\u200d]/.test(text)
      ? "§2 osynliga tecken tas bort"
      : /‰|promille|\bpct\b|msek/i.test(text)
        ? "§2 ‰, promille, pct, msek"
        : /\d:\d\d/.test(text)
          ? "§2 kronor:öre"
          : "oförklarad";
    notera(`tal — ${forklaring}`, `${JSON.stringify(text)}: ${tg2} → ${tn2}`);
  }
  const ag = gammal.aktivitet.normaliseraAktivitet(text);
  const an = ny.aktivitet.normaliseraAktivitet(text);
  if (ag !== an) notera("aktivitet — oförklarad", `${JSON.stringify(text)}: ${ag} → ${an}`);
}

for (const text of aktivitetstexter()) {
  antal++;
  const ag = gammal.aktivitet.normaliseraAktivitet(text);
  const an = ny.aktivitet.normaliseraAktivitet(text);
  if (ag !== an) notera(`aktivitet — ${forklaraAktivitet(text, an)}`, `${JSON.stringify(text)}: ${ag} → ${an}`);
}

/** How one entry counts in a goal: its status, or "fel" when it stops KPI.SAMMANVAGD. */
function statuspost(las, text) {
  try {
    return las.sammanvag([text]);
  } catch {
    return "fel";
  }
}
for (const text of [...statustexter(), ...aktivitetstexter()]) {
  antal++;
  const sg = statuspost(gammal.sammanvagd, text);
  const sn = statuspost(ny.sammanvagd, text);
  if (sg !== sn) notera(`sammanvägd — ${forklaraStatuspost(text, sn)}`, `${JSON.stringify(text)}: ${sg} → ${sn}`);
}

console.log(`${antal} texter\n`);
for (const [kategori, g] of [...grupper].sort((a, b) => b[1].antal - a[1].antal)) {
  console.log(`${String(g.antal).padStart(6)}  ${kategori}`);
  for (const e of g.exempel) console.log(`        ${e}`);
}
