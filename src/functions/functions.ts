/* Målkoll's custom functions (namespace KPI). Thin wrappers: every rule lives in src/core. */
import {
  normaliseraAktivitet,
  arProcentmal,
  bedom,
  bedomTolkat,
  statusAv,
  type Underlag,
  budgetavvikelse as avvikelse,
  budgetavvikelseProcent as avvikelseProcent,
  iSammaEnhet,
  lasRadtyp,
  KpiFel,
  ogiltig,
  saknas,
  saknasText,
  tolkaMalvardeCell,
  kontrolleraAntal,
  personalomsattning as omsattning,
  lasRiktningCell,
  type Riktning,
  sammanvag,
  indikatorernasRader,
  malensStatusar,
  KAN_EJ_BEDOMAS,
  ALDER_FRAN,
  ALDER_TILL,
  lasAldersgrupp,
  lasKon,
  sjukfranvaro as nt1,
  sjukfranvaroLang as nt2,
  sjukfranvaroLangPerRad as nt2PerRad,
  sjukfranvaroPerRad as nt1PerRad,
  sjukfranvaroRedovisning as redovisning,
  type Plats,
  type Tal,
  arTom,
  lasCell,
  type Cellvarde,
} from "../core";
import {
  celler,
  excelfel,
  excelfelAv,
  kor,
  kravParade,
  Omrade,
  skalar,
  somExcelfel,
  summa,
  summaBelopp,
  talFranCell,
  valfri,
  valfriSummaBelopp,
  valfriText,
} from "./argument";

/**
 * Total sjukfrånvaro (NT1): summa sjukfrånvarotimmar delat med summa ordinarie arbetstimmar, som andel.
 * @customfunction SJUKFRANVARO
 * @helpurl https://localhost:3000/hjalp.html#kpi-sjukfranvaro
 * @param sjuktimmar Sjukfrånvarotimmar: tal, cell eller område (summeras). Ett område prövas rad för rad mot arbetstimmarna.
 * @param arbetstimmar Ordinarie arbetstimmar: tal, cell eller område lika stort som sjuktimmarna.
 * @returns Sjukfrånvaron som andel, t.ex. 0,105 (formatera cellen som procent).
 */
export function sjukfranvaro(sjuktimmar: any[][], arbetstimmar: any[][]): number {
  return kor(() => timkvot(sjuktimmar, arbetstimmar, "Sjuktimmar", "Arbetstimmar", nt1PerRad, nt1));
}

/**
 * Andel långtidssjukfrånvaro (NT2): sjuktimmar i sammanhängande sjukfrånvaro om 60 dagar eller mer, delat med alla sjuktimmar.
 * @customfunction SJUKFRANVARO.LANG
 * @helpurl https://localhost:3000/hjalp.html#kpi-sjukfranvaro-lang
 * @param langtidstimmar Sjuktimmar i frånvaro om 60 dagar eller mer: tal, cell eller område.
 * @param sjuktimmar Alla sjukfrånvarotimmar: tal, cell eller område lika stort som långtidstimmarna.
 * @returns Andel av sjukfrånvarotiden, t.ex. 0,42.
 */
export function sjukfranvaroLang(langtidstimmar: any[][], sjuktimmar: any[][]): number {
  return kor(() => timkvot(langtidstimmar, sjuktimmar, "Långtidstimmar", "Sjuktimmar", nt2PerRad, nt2));
}

/**
 * A share of hours (spec §3). Two ranges of several cells are paired row by row, so that an impossible row (negative
 * hours, more sick hours than ordinary hours) is named even when the sums look plausible; a blank cell beside a
 * number is 0 hours, a row blank in both is skipped. A single cell against a range is a total: sums only.
 */
function timkvot(
  del: unknown,
  hel: unknown,
  delNamn: string,
  helNamn: string,
  perRad: (del: number[], hel: number[], plats: Plats) => number,
  total: (del: number, hel: number) => number,
): number {
  const d = Omrade.av(del);
  const h = Omrade.av(hel);
  if (d.antal <= 1 || h.antal <= 1) return total(summa(del, delNamn), summa(hel, helNamn));
  kravParade([d, h]);
  const delar: number[] = [];
  const hela: number[] = [];
  const rader: number[] = [];
  for (let i = 0; i < d.antal; i++) {
    const a = d.cell(i);
    const b = h.cell(i);
    if (arTom(a) && arTom(b)) continue;
    delar.push(timmar(a, delNamn, d, i));
    hela.push(timmar(b, helNamn, d, i));
    rader.push(i);
  }
  if (delar.length === 0) throw saknas("");
  for (const [varden, namn] of [
    [delar, delNamn],
    [hela, helNamn],
  ] as const) {
    if (!Number.isFinite(varden.reduce((x, y) => x + y, 0))) throw ogiltig(`${namn}: summan är för stor`);
  }
  return perRad(delar, hela, (k) => d.plats(rader[k]));
}

/** Hours in one cell of a row: blank is 0, text is read the Swedish way. */
const timmar = (v: Cellvarde, namn: string, omrade: Omrade, i: number): number =>
  typeof v === "number" ? v : arTom(v) ? 0 : talFranCell(v, `${namn} ${omrade.plats(i)}`);

/**
 * Sjukfrånvaron som den redovisas i förvaltningsberättelsen: totalt, per kön och åldersgrupp. Grupper med högst tio personer visas som "..".
 * @customfunction SJUKFRANVARO.REDOVISNING
 * @helpurl https://localhost:3000/hjalp.html#kpi-sjukfranvaro-redovisning
 * @param sjuktimmar Sjukfrånvarotimmar, en rad per anställd.
 * @param arbetstimmar Ordinarie arbetstimmar, samma form som sjuktimmar.
 * @param kon Kön per anställd: K/Kvinna eller M/Man.
 * @param alder Ålder i hela år (15–100), eller åldersgrupp som rapporterna skriver den ("29 år eller yngre", "30–49 år", "50+").
 * @param [langtidstimmar] Sjuktimmar i frånvaro om 60 dagar eller mer, samma form (valfritt).
 * @returns En tabell med två kolumner: rubrik och andel.
 */
export function sjukfranvaroRedovisning(
  sjuktimmar: any[][],
  arbetstimmar: any[][],
  kon: any[][],
  alder: any[][],
  langtidstimmar?: any[][],
): any[][] {
  return kor(() => {
    const s = Omrade.av(sjuktimmar);
    const o = Omrade.av(arbetstimmar);
    const k = Omrade.av(kon);
    const a = Omrade.av(alder);
    const l = langtidstimmar === undefined || langtidstimmar === null ? undefined : Omrade.av(langtidstimmar);
    const harLang = l !== undefined && !l.arTomt();
    kravParade(harLang ? [s, o, k, a, l] : [s, o, k, a]);
    const data = lasAnstallda(s, o, k, a, harLang ? l : undefined);
    return redovisning(data).map(([etikett, varde]) => [etikett, varde instanceof KpiFel ? excelfel(varde) : varde]);
  });
}

/** Employee rows into typed columns; fully blank rows are skipped, and every message names the row. */
function lasAnstallda(s: Omrade, o: Omrade, k: Omrade, a: Omrade, l: Omrade | undefined) {
  const n = s.antal;
  const sjuk = new Float64Array(n);
  const ord = new Float64Array(n);
  const konKoder = new Uint8Array(n);
  const grupper = new Uint8Array(n);
  const lang = new Float64Array(n);
  const rader: number[] = [];
  let m = 0;
  for (let i = 0; i < n; i++) {
    const sv = s.cell(i);
    const ov = o.cell(i);
    const kv = k.cell(i);
    const av = a.cell(i);
    if (arTom(sv) && arTom(ov) && arTom(kv) && arTom(av)) continue;
    const kod = typeof kv === "string" ? lasKon(kv) : undefined;
    if (kod === undefined) throw ogiltig(`Okänt kön på ${s.plats(i)}: ange K eller M`);
    const alder = typeof av === "number" || typeof av === "string" ? lasAldersgrupp(av) : undefined;
    if (alder === undefined) {
      const skrivet = arTom(av) ? "tom" : `"${String(av).trim()}"`;
      throw ogiltig(
        `Ålder ${skrivet} på ${s.plats(i)} är ingen ålder: ange ålder i hela år (${ALDER_FRAN}–${ALDER_TILL}) ` +
          `eller en åldersgrupp som "30–49 år"`,
      );
    }
    sjuk[m] = timmar(sv, "Sjuktimmar", s, i);
    ord[m] = timmar(ov, "Arbetstimmar", s, i);
    konKoder[m] = kod;
    grupper[m] = alder;
    if (l) lang[m] = timmar(l.cell(i), "Långtidstimmar", s, i);
    rader.push(i);
    m++;
  }
  return {
    sjuktimmar: sjuk.subarray(0, m),
    arbetstimmar: ord.subarray(0, m),
    kon: konKoder.subarray(0, m),
    aldersgrupp: grupper.subarray(0, m),
    langtidstimmar: l ? lang.subarray(0, m) : undefined,
    plats: (j: number) => s.plats(rader[j]),
  };
}

/**
 * Bedömer total sjukfrånvaro mot ett målvärde. Lägre är bättre; ett målvärde som 7 läses som 7 %.
 * @customfunction SJUKFRANVARO.STATUS
 * @helpurl https://localhost:3000/hjalp.html#kpi-sjukfranvaro-status
 * @param sjuktimmar Sjukfrånvarotimmar: tal, cell eller område.
 * @param arbetstimmar Ordinarie arbetstimmar: tal, cell eller område.
 * @param malvarde Målvärdet, t.ex. "Max 7 %", "7,0 %" eller "Minska med 10 %".
 * @param [gransvarde] Gränsvärde för Delvis uppfyllt, t.ex. 8 %. Utan gränsvärde gäller 10 % av målvärdet.
 * @param [foregaende] Föregående periods sjukfrånvaro, för trender och relativa mål.
 * @returns Uppfyllt, Delvis uppfyllt, Ej uppfyllt eller Kan ej bedömas.
 */
export function sjukfranvaroStatus(
  sjuktimmar: any[][],
  arbetstimmar: any[][],
  malvarde: any,
  gransvarde?: any,
  foregaende?: any,
): string {
  return statusAvBeraknat(
    () => timkvot(sjuktimmar, arbetstimmar, "Sjuktimmar", "Arbetstimmar", nt1PerRad, nt1),
    malvarde,
    gransvarde,
    foregaende,
  );
}

/**
 * Extern personalomsättning: avgångar delat med medelantalet anställda.
 * @customfunction PERSONALOMSATTNING
 * @helpurl https://localhost:3000/hjalp.html#kpi-personalomsattning
 * @param avgangar Externa avgångar bland tillsvidareanställda: tal, cell eller område (summeras).
 * @param antal_start Antal anställda vid periodens början, eller ett område med antal per månad.
 * @param [antal_slut] Antal anställda vid periodens slut (valfritt).
 * @returns Personalomsättningen som andel, t.ex. 0,104.
 */
export function personalomsattning(avgangar: any[][], antal_start: any[][], antal_slut?: any[][]): number {
  return kor(() => beraknaOmsattning(avgangar, antal_start, antal_slut));
}

/** The numbers of a range, blanks skipped, each checked: a negative count names its cell (spec §4). */
function antalIOmrade(arg: unknown, namn: string, vad: "avgångar" | "anställda"): number[] {
  const o = Omrade.av(arg);
  const varden: number[] = [];
  const platser: string[] = [];
  for (let i = 0; i < o.antal; i++) {
    const v = o.cell(i);
    if (arTom(v)) continue;
    varden.push(talFranCell(v, namn));
    platser.push(o.plats(i));
  }
  kontrolleraAntal(varden, vad, o.antal > 1 ? (k) => platser[k] : undefined);
  return varden;
}

const summan = (varden: readonly number[]): number => {
  if (varden.length === 0) throw saknas("");
  return varden.reduce((a, b) => a + b, 0);
};

function beraknaOmsattning(avgangar: unknown, start: unknown, slut: unknown): number {
  const avg = summan(antalIOmrade(avgangar, "Avgångar", "avgångar"));
  if (!Omrade.av(slut).arTomt()) {
    const vidStart = summan(antalIOmrade(start, "Antal vid start", "anställda"));
    return omsattning(avg, [vidStart, summan(antalIOmrade(slut, "Antal vid slut", "anställda"))]);
  }
  const antal = antalIOmrade(start, "Antal anställda", "anställda");
  if (antal.length === 0) throw saknas("");
  return omsattning(avg, antal);
}

/**
 * Bedömer extern personalomsättning mot ett målvärde. Lägre är bättre; ett målvärde som 7 läses som 7 %.
 * @customfunction PERSONALOMSATTNING.STATUS
 * @helpurl https://localhost:3000/hjalp.html#kpi-personalomsattning-status
 * @param avgangar Externa avgångar: tal, cell eller område.
 * @param antal_start Antal anställda vid periodens början.
 * @param antal_slut Antal anställda vid periodens slut (lämna tomt för att använda antal_start).
 * @param malvarde Målvärdet, t.ex. "Högst 7 %".
 * @param [gransvarde] Gränsvärde för Delvis uppfyllt.
 * @param [foregaende] Föregående periods personalomsättning.
 * @returns Uppfyllt, Delvis uppfyllt, Ej uppfyllt eller Kan ej bedömas.
 */
export function personalomsattningStatus(
  avgangar: any[][],
  antal_start: any[][],
  antal_slut: any[][],
  malvarde: any,
  gransvarde?: any,
  foregaende?: any,
): string {
  return statusAvBeraknat(() => beraknaOmsattning(avgangar, antal_start, antal_slut), malvarde, gransvarde, foregaende);
}

/**
 * Status of a computed percentage (spec §7). Missing data, division by zero and unreadable text are Kan ej
 * bedömas; an impossible value (a negative count, a row with more sick hours than ordinary hours) is #VALUE!
 * naming the row, since a status would hide an error the user must fix there.
 */
function statusAvBeraknat(berakna: () => number, malvarde: unknown, gransvarde: unknown, foregaende: unknown): string {
  const argument = kor(() => ({
    malvarde: valfri(malvarde, "Målvärde"),
    gransvarde: valfri(gransvarde, "Gränsvärde"),
    foregaende: valfri(foregaende, "Föregående"),
  }));
  const utfall = avData(berakna);
  if (utfall === undefined) return KAN_EJ_BEDOMAS;
  return bedom({ ...argument, utfall: { varde: utfall, procent: true }, riktning: "lagre", procentindikator: true })
    .status;
}

/**
 * A computation on the user's data: a data problem gives undefined (judged Kan ej bedömas), an impossible value
 * becomes its Excel error, a bug is rethrown.
 */
function avData<T>(berakna: () => T): T | undefined {
  try {
    return berakna();
  } catch (e) {
    if (e instanceof KpiFel && e.typ !== "omojlig") return undefined;
    throw somExcelfel(e);
  }
}

/**
 * Budgetavvikelse med kommunernas teckenregel: positivt är bättre än budget.
 * @customfunction BUDGETAVVIKELSE
 * @helpurl https://localhost:3000/hjalp.html#kpi-budgetavvikelse
 * @param utfall Utfall (bokslut eller prognos): tal, cell eller område (summeras). Belopp som "4,2 mnkr" räknas om exakt.
 * @param budget Budget: tal, cell eller område (summeras). Avvikelsen ges i budgetens enhet.
 * @param [typ] kostnad (standard: budget − utfall; negativa nettokostnader: utfall − budget), intäkt, resultat, bokföring eller negativ kostnad.
 * @returns Avvikelsen i budgetens enhet.
 */
export function budgetavvikelse(utfall: any[][], budget: any[][], typ?: any): number {
  return kor(() => {
    const belopp = iSammaEnhet(summaBelopp(utfall, "Utfall"), summaBelopp(budget, "Budget"));
    return avvikelse(belopp.utfall, belopp.budget, lasRadtyp(valfriText(typ, "Typ")));
  });
}

/**
 * Budgetavvikelse i procent av en bas (standard: budgetens belopp), t.ex. nämndens omsättning.
 * @customfunction BUDGETAVVIKELSE.PROCENT
 * @helpurl https://localhost:3000/hjalp.html#kpi-budgetavvikelse-procent
 * @param utfall Utfall: tal, cell eller område.
 * @param budget Budget: tal, cell eller område.
 * @param [typ] kostnad (standard), intäkt, resultat, bokföring eller negativ kostnad.
 * @param [bas] Beloppet procenten räknas på, t.ex. omsättning eller nettobudget (standard: budget).
 * @returns Avvikelsen som andel, t.ex. 0,013.
 */
export function budgetavvikelseProcent(utfall: any[][], budget: any[][], typ?: any, bas?: any[][]): number {
  return kor(() => {
    const belopp = iSammaEnhet(
      summaBelopp(utfall, "Utfall"),
      summaBelopp(budget, "Budget"),
      valfriSummaBelopp(bas, "Bas"),
    );
    return avvikelseProcent(
      belopp.utfall,
      belopp.budget,
      lasRadtyp(valfriText(typ, "Typ")),
      belopp.bas ?? belopp.budget,
    );
  });
}

/**
 * Bedömer budgetavvikelsen mot ett målvärde som "Max 1 % budgetavvikelse", "+/-1 %" eller "Budget i balans".
 * @customfunction BUDGETAVVIKELSE.STATUS
 * @helpurl https://localhost:3000/hjalp.html#kpi-budgetavvikelse-status
 * @param utfall Utfall: tal, cell eller område.
 * @param budget Budget: tal, cell eller område.
 * @param malvarde Målvärdet. Ett procentmål prövas mot avvikelsen i procent, annars mot beloppet.
 * @param [typ] kostnad (standard), intäkt, resultat, bokföring eller negativ kostnad.
 * @param [bas] Bas för procenten (standard: budget).
 * @param [gransvarde] Gränsvärde för Delvis uppfyllt.
 * @returns Uppfyllt, Delvis uppfyllt, Ej uppfyllt eller Kan ej bedömas.
 */
export function budgetavvikelseStatus(
  utfall: any[][],
  budget: any[][],
  malvarde: any,
  typ?: any,
  bas?: any[][],
  gransvarde?: any,
): string {
  const a = kor(() => ({
    typ: lasRadtyp(valfriText(typ, "Typ")),
    malvarde: valfri(malvarde, "Målvärde"),
    gransvarde: valfri(gransvarde, "Gränsvärde"),
  }));
  // The målvärde is parsed once: it decides both percent-or-amount and the judgement.
  const tolkat = tolkaMalvardeCell(a.malvarde);
  const procentmal = arProcentmal(tolkat.malvarde);
  const utfallet = avData((): Tal => {
    const belopp = iSammaEnhet(
      summaBelopp(utfall, "Utfall"),
      summaBelopp(budget, "Budget"),
      valfriSummaBelopp(bas, "Bas"),
    );
    if (procentmal) {
      const andel = avvikelseProcent(belopp.utfall, belopp.budget, a.typ, belopp.bas ?? belopp.budget);
      return { varde: andel, procent: true };
    }
    const avvikelsen = avvikelse(belopp.utfall, belopp.budget, a.typ);
    return belopp.enhet
      ? { varde: avvikelsen, procent: false, enhet: belopp.enhet }
      : { varde: avvikelsen, procent: false };
  });
  if (utfallet === undefined) return KAN_EJ_BEDOMAS;
  // The utfall is a deviation: an upper limit ("Max 1 %") is the band ±X (spec §5, §6).
  const underlag = { utfall: utfallet, malvarde: a.malvarde, gransvarde: a.gransvarde, riktning: "hogre" } as const;
  return bedomTolkat({ ...underlag, avvikelse: true }, tolkat).status;
}

function underlag(
  utfall: unknown,
  malvarde: unknown,
  riktning: unknown,
  gransvarde: unknown,
  foregaende: unknown,
  jamforelse: unknown,
  delvisband?: unknown,
): Underlag {
  // try/catch rather than `kor`: no closure per call on the one-call-per-row path.
  try {
    // Riktning is read first: of several bad arguments, it is the one reported.
    const r = lasRiktningArg(cell(riktning, "Riktning"));
    const jamf = jamforelse === undefined || jamforelse === null ? undefined : jamforelsevarden(jamforelse);
    return {
      delvisAndel: delvisband === undefined || delvisband === null ? undefined : lasDelvisband(delvisband),
      utfall: cell(utfall, "Värdet"),
      malvarde: cell(malvarde, "Värdet"),
      riktning: r,
      gransvarde: cell(gransvarde, "Gränsvärde"),
      foregaende: cell(foregaende, "Föregående"),
      jamforelse: jamf,
    };
  } catch (e) {
    throw somExcelfel(e);
  }
}

/** The numbers of the jämförelse range, with their units (`0,09 mnkr`, spec §2); other cells are left out. */
function jamforelsevarden(arg: unknown): Tal[] {
  const omrade = Omrade.av(arg);
  const tal: Tal[] = [];
  for (let i = 0; i < omrade.antal; i++) {
    const t = lasCell(omrade.cell(i));
    if (t.typ === "tal") tal.push(t);
  }
  return tal;
}

/** One cell of a scalar argument. Blank text stays as it is: the core reads it as missing, like an empty cell. */
function cell(arg: unknown, namn: string): Cellvarde {
  // A formula per row passes plain values: the cheap test first.
  return typeof arg === "string" || typeof arg === "number" ? arg : skalar(arg, namn);
}

/**
 * Bedömer ett utfall mot ett målvärde skrivet som i rapporterna: "Max 1 % budgetavvikelse", "Minska med 10 %", "Ökar", "≥ 90 %".
 * @customfunction MALUPPFYLLELSE
 * @helpurl https://localhost:3000/hjalp.html#kpi-maluppfyllelse
 * @param utfall Periodens utfall.
 * @param malvarde Målvärdet: tal eller text.
 * @param [riktning] "högre är bättre" (standard) eller "lägre är bättre". Målvärdets egen text går före.
 * @param [gransvarde] Gränsvärde för Delvis uppfyllt. Utan gränsvärde gäller 10 % av målvärdet.
 * @param [foregaende] Föregående periods utfall, för trender och relativa mål.
 * @param [jamforelse] Jämförelsevärden, t.ex. jämförelsekommunernas resultat.
 * @param [delvisband] Delvis uppfyllt-bandet utan gränsvärde, som andel av målvärdet (standard 10 %).
 * @returns Uppfyllt, Delvis uppfyllt, Ej uppfyllt eller Kan ej bedömas.
 */
export function maluppfyllelse(
  utfall: any,
  malvarde: any,
  riktning?: any,
  gransvarde?: any,
  foregaende?: any,
  jamforelse?: any[][],
  delvisband?: any,
): string {
  return statusAv(underlag(utfall, malvarde, riktning, gransvarde, foregaende, jamforelse, delvisband));
}

/**
 * Bedömer en hel kolumn på en gång och spiller en status per rad: snabbare än en formel per rad i stora tabeller.
 * @customfunction MALUPPFYLLELSE.KOLUMN
 * @helpurl https://localhost:3000/hjalp.html#kpi-maluppfyllelse-kolumn
 * @param utfall Utfallen, en kolumn.
 * @param malvarde Målvärdena: en kolumn lika lång som utfallen, eller en cell för alla rader.
 * @param [riktning] "högre är bättre" eller "lägre är bättre": en kolumn eller en cell.
 * @param [gransvarde] Gränsvärden: en kolumn eller en cell.
 * @param [foregaende] Föregående periods utfall: en kolumn eller en cell.
 * @param [delvisband] Delvis uppfyllt-bandet utan gränsvärde, som andel av målvärdet (standard 10 %).
 * @returns En kolumn med Uppfyllt, Delvis uppfyllt, Ej uppfyllt eller Kan ej bedömas.
 */
export function maluppfyllelseKolumn(
  utfall: any[][],
  malvarde: any[][],
  riktning?: any[][],
  gransvarde?: any[][],
  foregaende?: any[][],
  delvisband?: any,
): any[][] {
  return kor(() => {
    const u = Omrade.av(utfall);
    const kolumn = (arg: unknown, namn: string): ((i: number) => Cellvarde) => {
      const v = Omrade.av(arg);
      if (v.antal === 1) {
        const enda = v.cell(0);
        return () => enda;
      }
      if (v.antal !== u.antal) throw ogiltig(`${namn} ska vara en cell eller lika många celler som utfallen`);
      return (i) => v.cell(i);
    };
    const mal = kolumn(malvarde, "Målvärde");
    const rikt = kolumn(riktning, "Riktning");
    const grans = kolumn(gransvarde, "Gränsvärde");
    const fore = kolumn(foregaende, "Föregående");
    const delvisAndel = lasDelvisband(delvisband);
    // Each distinct riktning is read once per call (målvärden are cached by the core).
    const riktningar = new Map<Cellvarde, Riktning | undefined>();
    const ut: [string][] = [];
    for (let i = 0; i < u.antal; i++) {
      const m = mal(i);
      const r = rikt(i);
      if (!riktningar.has(r)) riktningar.set(r, lasRiktningArg(r));
      // Blank cells pass as they are, as in KPI.MALUPPFYLLELSE: the core reads blank text as missing.
      const rad: Underlag = {
        utfall: u.cell(i),
        malvarde: m,
        riktning: riktningar.get(r),
        gransvarde: grans(i),
        foregaende: fore(i),
        delvisAndel,
      };
      ut.push([statusAv(rad)]);
    }
    return ut;
  });
}

/** The optional delvis band: a fraction of the målvärde, never negative; blank is the default. */
function lasDelvisband(arg: unknown): number | undefined {
  const band = valfri(arg, "Delvisband");
  if (band === undefined) return undefined;
  const andel = talFranCell(band, "Delvisband");
  if (andel < 0) throw ogiltig("Delvisbandet kan inte vara negativt");
  return andel;
}

/** A riktning cell: blank is "not given", an unknown word is #VALUE!. */
function lasRiktningArg(v: Cellvarde): Riktning | undefined {
  const r = lasRiktningCell(v);
  if (r.typ === "tom") return undefined;
  if (r.typ === "riktning") return r.riktning;
  throw ogiltig(`Okänd riktning "${r.text}". Använd "högre är bättre" eller "lägre är bättre"`);
}

/**
 * Motiveringen bakom KPI.MALUPPFYLLELSE: en mening på svenska, klar att klistra in i rapporten.
 * @customfunction MOTIVERING
 * @helpurl https://localhost:3000/hjalp.html#kpi-motivering
 * @param utfall Periodens utfall.
 * @param malvarde Målvärdet: tal eller text.
 * @param [riktning] "högre är bättre" (standard) eller "lägre är bättre".
 * @param [gransvarde] Gränsvärde för Delvis uppfyllt.
 * @param [foregaende] Föregående periods utfall.
 * @param [jamforelse] Jämförelsevärden.
 * @param [delvisband] Delvis uppfyllt-bandet utan gränsvärde, som andel av målvärdet (standard 10 %).
 * @returns Till exempel "Utfallet 10,5 är högre än målvärdet 7 (gränsvärde 7,7)".
 */
export function motivering(
  utfall: any,
  malvarde: any,
  riktning?: any,
  gransvarde?: any,
  foregaende?: any,
  jamforelse?: any[][],
  delvisband?: any,
): string {
  return bedom(underlag(utfall, malvarde, riktning, gransvarde, foregaende, jamforelse, delvisband)).motivering;
}

/**
 * Sammanvägd bedömning av ett nämndmål från indikatorernas och aktiviteternas statusar.
 * @customfunction SAMMANVAGD
 * @helpurl https://localhost:3000/hjalp.html#kpi-sammanvagd
 * @param statusar Ett eller flera områden med statusar. Tomma celler och Kan ej bedömas räknas inte.
 * @returns Uppfyllt, Delvis uppfyllt, Ej uppfyllt eller Kan ej bedömas.
 */
export function sammanvagd(statusar: any[][][]): string {
  // Excel passes a repeating parameter as ONE argument, an array of its values, each range a 2-D array (spec §13.6,
  // custom-functions-parameter-options). A single 2-D range is still accepted, as a call from code may pass one.
  const omraden = Array.isArray(statusar?.[0]?.[0]) ? statusar : [statusar as unknown as any[][]];
  return kor(() => sammanvag(omraden.flatMap((omrade) => statustexter(celler(omrade)))));
}

/**
 * Sammanvägd bedömning av ett nämndmål ur en hel tabell, som ANTAL.OM: statusarna på de rader där målkolumnen har målet. En tom målcell hör till målet ovanför; med indikatorkolumnen räknas inte uppdelningsrader (Kvinnor, Män, åldersgrupper).
 * @customfunction SAMMANVAGD.OM
 * @helpurl https://localhost:3000/hjalp.html#kpi-sammanvagd-om
 * @param statuskolumn Statusarna, en rad per indikator eller aktivitet.
 * @param malkolumn Nämndmålen, lika många rader som statuskolumnen.
 * @param mal Nämndmålet som bedöms: en cell i målkolumnen eller målets text.
 * @param [indikatorkolumn] Indikatorernas namn, lika många rader: uppdelningsrader räknas då inte.
 * @returns Uppfyllt, Delvis uppfyllt, Ej uppfyllt eller Kan ej bedömas.
 */
export function sammanvagdOm(statuskolumn: any[][], malkolumn: any[][], mal: any, indikatorkolumn?: any[][]): string {
  return kor(() => {
    const sokt = skalar(mal, "Målet");
    if (arTom(sokt)) throw ogiltig("Målet är tomt: ange nämndmålets cell");
    const namn = indikatorkolumn === undefined || indikatorkolumn === null ? undefined : celler(indikatorkolumn);
    let rader: Cellvarde[];
    try {
      rader = malensStatusar(celler(statuskolumn), celler(malkolumn), String(sokt), namn);
    } catch (e) {
      if (e instanceof RangeError)
        throw ogiltig("Statuskolumnen, målkolumnen och indikatorkolumnen ska ha lika många rader");
      throw e;
    }
    return sammanvag(statustexter(rader));
  });
}

/**
 * Sammanvägd bedömning av ett nämndmål ur raderna i ett område, som KPI.SAMMANVAGD, men uppdelningsrader (Kvinnor, Män, åldersgrupper) under en indikator räknas inte. För mål som står som rubrikrader i tabellen.
 * @customfunction SAMMANVAGD.INDIKATORER
 * @helpurl https://localhost:3000/hjalp.html#kpi-sammanvagd-indikatorer
 * @param statusar Statusarna, en rad per indikator eller uppdelning.
 * @param indikatorer Indikatorernas namn, lika många rader som statusarna.
 * @returns Uppfyllt, Delvis uppfyllt, Ej uppfyllt eller Kan ej bedömas.
 */
export function sammanvagdIndikatorer(statusar: any[][], indikatorer: any[][]): string {
  return kor(() => {
    const s = celler(statusar);
    let rader: number[];
    try {
      rader = indikatorernasRader(s, celler(indikatorer));
    } catch (e) {
      if (e instanceof RangeError) throw ogiltig("Statusarna och indikatorerna ska ha lika många rader");
      throw e;
    }
    return sammanvag(statustexter(rader.map((i) => s[i])));
  });
}

/**
 * The entries of status cells as text for the core (spec §8): blank cells are left out; any other value (a number,
 * SANT/FALSKT) is passed on as text, so that the core names it in its #VALUE! instead of dropping it silently.
 */
function statustexter(varden: readonly Cellvarde[]): string[] {
  const texter: string[] = [];
  for (const v of varden) {
    if (arTom(v)) continue;
    texter.push(typeof v === "boolean" ? (v ? "SANT" : "FALSKT") : String(v));
  }
  return texter;
}

/**
 * Normaliserar en aktivitets status: "Pausat pga. Corona" blir Pausad, "Genom-förd" blir Genomförd.
 * @customfunction AKTIVITETSSTATUS
 * @helpurl https://localhost:3000/hjalp.html#kpi-aktivitetsstatus
 * @param text Statusen som den är skriven.
 * @returns Genomförd, Pågår, Planerad, Delvis genomförd, Ej påbörjad, Pausad, Försenad, Inställd, Ej genomförd, Utgår eller Okänd.
 */
export function aktivitetsstatus(text: any): string {
  const v = kor(() => skalar(text, "Texten"));
  return arTom(v) ? "Okänd" : normaliseraAktivitet(String(v));
}

/**
 * Talet som en svensk text betyder: "10,5 %" blir 0,105 och "−7 972" blir -7972.
 * @customfunction TAL
 * @helpurl https://localhost:3000/hjalp.html#kpi-tal
 * @param text Text eller tal.
 * @returns Talet. Saknat värde (I.U, X, –) ger #N/A.
 */
export function tal(text: any): number {
  if (typeof text === "number") return text;
  const last = lasCell(typeof text === "string" ? text : kor(() => skalar(text, "Texten")));
  if (last.typ === "tal") return last.varde;
  // Straight to Excel, without a KpiFel: missing values are common in real tables.
  throw last.typ === "saknas"
    ? excelfelAv("saknas", saknasText(last.markor))
    : excelfelAv("ogiltig", `Texten: ${last.orsak}`);
}
