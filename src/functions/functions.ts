/* Målkoll's custom functions (namespace KPI). Thin wrappers: every rule lives in src/core. */
import { normaliseraAktivitet } from "../core/bedomning/aktivitet";
import { arProcentmal, bedom, bedomTolkat, statusAv, statusTolkat, type Underlag } from "../core/bedomning/bedomning";
import {
  budgetavvikelse as avvikelse,
  budgetavvikelseProcent as avvikelseProcent,
  lasRadtyp,
} from "../core/nyckeltal/budget";
import { KpiFel, ogiltig, saknas, saknasText } from "../core/fel";
import { tolkaMalvardeCell } from "../core/malvarde/tolka";
import type { TolkatMalvarde } from "../core/malvarde/malvarde";
import { personalomsattning as omsattning } from "../core/nyckeltal/personalomsattning";
import { lasRiktning, type Riktning } from "../core/bedomning/riktning";
import { sammanvag } from "../core/bedomning/sammanvagd";
import { malensStatusar } from "../core/skrivning/malrader";
import { KAN_EJ_BEDOMAS } from "../core/bedomning/status";
import {
  lasAldersgrupp,
  lasKon,
  sjukfranvaro as nt1,
  sjukfranvaroLang as nt2,
  sjukfranvaroRedovisning as redovisning,
} from "../core/nyckeltal/sjukfranvaro";
import { arTom, lasCell, type Cellvarde } from "../core/tal/cell";
import {
  celler,
  excelfel,
  excelfelAv,
  kor,
  Omrade,
  skalar,
  somExcelfel,
  summa,
  talFranCell,
  talLista,
  valfri,
  valfriSumma,
  valfriText,
} from "./argument";

/**
 * Total sjukfrånvaro (NT1): summa sjukfrånvarotimmar delat med summa ordinarie arbetstimmar, som andel.
 * @customfunction SJUKFRANVARO
 * @param sjuktimmar Sjukfrånvarotimmar: tal, cell eller område (summeras).
 * @param arbetstimmar Ordinarie arbetstimmar: tal, cell eller område (summeras).
 * @returns Sjukfrånvaron som andel, t.ex. 0,105 (formatera cellen som procent).
 */
export function sjukfranvaro(sjuktimmar: any[][], arbetstimmar: any[][]): number {
  return kor(() => nt1(summa(sjuktimmar, "Sjuktimmar"), summa(arbetstimmar, "Arbetstimmar")));
}

/**
 * Andel långtidssjukfrånvaro (NT2): sjuktimmar i sammanhängande sjukfrånvaro om 60 dagar eller mer, delat med alla sjuktimmar.
 * @customfunction SJUKFRANVARO.LANG
 * @param langtidstimmar Sjuktimmar i frånvaro om 60 dagar eller mer: tal, cell eller område.
 * @param sjuktimmar Alla sjukfrånvarotimmar: tal, cell eller område.
 * @returns Andel av sjukfrånvarotiden, t.ex. 0,42.
 */
export function sjukfranvaroLang(langtidstimmar: any[][], sjuktimmar: any[][]): number {
  return kor(() => nt2(summa(langtidstimmar, "Långtidstimmar"), summa(sjuktimmar, "Sjuktimmar")));
}

/**
 * Sjukfrånvaron som den redovisas i förvaltningsberättelsen: totalt, per kön och åldersgrupp. Grupper med högst tio personer visas som "..".
 * @customfunction SJUKFRANVARO.REDOVISNING
 * @param sjuktimmar Sjukfrånvarotimmar, en rad per anställd.
 * @param arbetstimmar Ordinarie arbetstimmar, samma storlek som sjuktimmar.
 * @param kon Kön per anställd: K/Kvinna eller M/Man.
 * @param alder Ålder i år, eller åldersgrupp (29 år eller yngre, 30–49 år, 50 år eller äldre).
 * @param [langtidstimmar] Sjuktimmar i frånvaro om 60 dagar eller mer, samma storlek (valfritt).
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
    const n = s.antal;
    if (o.antal !== n || k.antal !== n || a.antal !== n || (harLang && l.antal !== n)) {
      throw ogiltig("Områdena har olika storlek");
    }
    const data = lasAnstallda(s, o, k, a, harLang ? l : undefined);
    return redovisning(data).map(([etikett, varde]) => [etikett, varde instanceof KpiFel ? excelfel(varde) : varde]);
  });
}

/** Employee rows into typed columns; fully blank rows are skipped. Numbers take a direct path (100 000 rows). */
function lasAnstallda(s: Omrade, o: Omrade, k: Omrade, a: Omrade, l: Omrade | undefined) {
  const n = s.antal;
  const sjuk = new Float64Array(n);
  const ord = new Float64Array(n);
  const konKoder = new Uint8Array(n);
  const grupper = new Uint8Array(n);
  const lang = new Float64Array(n);
  const tal = (v: Cellvarde, namn: string, i: number) =>
    typeof v === "number" ? v : arTom(v) ? 0 : talFranCell(v, `${namn} rad ${i + 1}`);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const sv = s.cell(i);
    const ov = o.cell(i);
    const kv = k.cell(i);
    const av = a.cell(i);
    if (arTom(sv) && arTom(ov) && arTom(kv) && arTom(av)) continue;
    const kod = typeof kv === "string" ? lasKon(kv) : undefined;
    if (kod === undefined) throw ogiltig(`Okänt kön på rad ${i + 1}: ange K eller M`);
    const alder = typeof av === "number" || typeof av === "string" ? lasAldersgrupp(av) : undefined;
    if (alder === undefined) throw ogiltig(`Okänd ålder på rad ${i + 1}`);
    sjuk[m] = tal(sv, "Sjuktimmar", i);
    ord[m] = tal(ov, "Arbetstimmar", i);
    konKoder[m] = kod;
    grupper[m] = alder;
    if (l) lang[m] = tal(l.cell(i), "Långtidstimmar", i);
    m++;
  }
  return {
    sjuktimmar: sjuk.subarray(0, m),
    arbetstimmar: ord.subarray(0, m),
    kon: konKoder.subarray(0, m),
    aldersgrupp: grupper.subarray(0, m),
    langtidstimmar: l ? lang.subarray(0, m) : undefined,
  };
}

/**
 * Bedömer total sjukfrånvaro mot ett målvärde. Lägre är bättre; ett målvärde som 7 läses som 7 %.
 * @customfunction SJUKFRANVARO.STATUS
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
    () => nt1(summa(sjuktimmar, "Sjuktimmar"), summa(arbetstimmar, "Arbetstimmar")),
    malvarde,
    gransvarde,
    foregaende,
  );
}

/**
 * Extern personalomsättning: avgångar delat med medelantalet anställda.
 * @customfunction PERSONALOMSATTNING
 * @param avgangar Externa avgångar bland tillsvidareanställda: tal, cell eller område (summeras).
 * @param antal_start Antal anställda vid periodens början, eller ett område med antal per månad.
 * @param [antal_slut] Antal anställda vid periodens slut (valfritt).
 * @returns Personalomsättningen som andel, t.ex. 0,104.
 */
export function personalomsattning(avgangar: any[][], antal_start: any[][], antal_slut?: any[][]): number {
  return kor(() => beraknaOmsattning(avgangar, antal_start, antal_slut));
}

function beraknaOmsattning(avgangar: unknown, start: unknown, slut: unknown): number {
  const avg = summa(avgangar, "Avgångar");
  const slutSumma = valfriSumma(slut, "Antal vid slut");
  if (slutSumma !== undefined) return omsattning(avg, [summa(start, "Antal vid start"), slutSumma]);
  const antal = talLista(start, "Antal anställda");
  if (antal.length === 0) throw saknas("");
  return omsattning(avg, antal);
}

/**
 * Bedömer extern personalomsättning mot ett målvärde. Lägre är bättre; ett målvärde som 7 läses som 7 %.
 * @customfunction PERSONALOMSATTNING.STATUS
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

/** Status of a computed percentage: data problems are Kan ej bedömas, never an error. */
function statusAvBeraknat(berakna: () => number, malvarde: unknown, gransvarde: unknown, foregaende: unknown): string {
  const argument = kor(() => ({
    malvarde: valfri(malvarde, "Målvärde"),
    gransvarde: valfri(gransvarde, "Gränsvärde"),
    foregaende: valfri(foregaende, "Föregående"),
  }));
  const utfall = avData(berakna);
  if (utfall === undefined) return KAN_EJ_BEDOMAS;
  return bedom({ ...argument, utfall, riktning: "lagre", procentindikator: true }).status;
}

/** A computation on the user's data: a data problem gives undefined (judged Kan ej bedömas), a bug is rethrown. */
function avData(berakna: () => number): number | undefined {
  try {
    return berakna();
  } catch (e) {
    if (e instanceof KpiFel) return undefined;
    throw e;
  }
}

/**
 * Budgetavvikelse med kommunernas teckenregel: positivt är bättre än budget.
 * @customfunction BUDGETAVVIKELSE
 * @param utfall Utfall (bokslut eller prognos): tal, cell eller område (summeras).
 * @param budget Budget: tal, cell eller område (summeras).
 * @param [typ] kostnad (standard: budget − utfall), intäkt eller resultat (utfall − budget).
 * @returns Avvikelsen i samma enhet som utfall och budget.
 */
export function budgetavvikelse(utfall: any[][], budget: any[][], typ?: any): number {
  return kor(() => avvikelse(summa(utfall, "Utfall"), summa(budget, "Budget"), lasRadtyp(valfriText(typ, "Typ"))));
}

/**
 * Budgetavvikelse i procent av en bas (standard: budgetens belopp), t.ex. nämndens omsättning.
 * @customfunction BUDGETAVVIKELSE.PROCENT
 * @param utfall Utfall: tal, cell eller område.
 * @param budget Budget: tal, cell eller område.
 * @param [typ] kostnad (standard), intäkt eller resultat.
 * @param [bas] Beloppet procenten räknas på, t.ex. omsättning eller nettobudget (standard: budget).
 * @returns Avvikelsen som andel, t.ex. 0,013.
 */
export function budgetavvikelseProcent(utfall: any[][], budget: any[][], typ?: any, bas?: any[][]): number {
  return kor(() => {
    const b = summa(budget, "Budget");
    return avvikelseProcent(
      summa(utfall, "Utfall"),
      b,
      lasRadtyp(valfriText(typ, "Typ")),
      valfriSumma(bas, "Bas") ?? b,
    );
  });
}

/**
 * Bedömer budgetavvikelsen mot ett målvärde som "Max 1 % budgetavvikelse", "+/-1 %" eller "Budget i balans".
 * @customfunction BUDGETAVVIKELSE.STATUS
 * @param utfall Utfall: tal, cell eller område.
 * @param budget Budget: tal, cell eller område.
 * @param malvarde Målvärdet. Ett procentmål prövas mot avvikelsen i procent, annars mot beloppet.
 * @param [typ] kostnad (standard), intäkt eller resultat.
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
  const utfallet = avData(() => {
    const u = summa(utfall, "Utfall");
    const b = summa(budget, "Budget");
    return procentmal ? avvikelseProcent(u, b, a.typ, valfriSumma(bas, "Bas") ?? b) : avvikelse(u, b, a.typ);
  });
  if (utfallet === undefined) return KAN_EJ_BEDOMAS;
  return bedomTolkat({ utfall: utfallet, malvarde: a.malvarde, gransvarde: a.gransvarde, riktning: "hogre" }, tolkat)
    .status;
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

/** The numbers of the jämförelse range; other cells are left out. */
function jamforelsevarden(arg: unknown): number[] {
  const omrade = Omrade.av(arg);
  const tal: number[] = [];
  for (let i = 0; i < omrade.antal; i++) {
    const t = lasCell(omrade.cell(i));
    if (t.typ === "tal") tal.push(t.varde);
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
    // Each distinct målvärde is parsed once per call; the map lives only for this call.
    const tolkade = new Map<Cellvarde, TolkatMalvarde>();
    const riktningar = new Map<Cellvarde, Riktning | undefined>();
    const ut: [string][] = [];
    for (let i = 0; i < u.antal; i++) {
      const m = mal(i);
      let tolkat = tolkade.get(m);
      if (!tolkat) {
        tolkat = tolkaMalvardeCell(m);
        tolkade.set(m, tolkat);
      }
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
      ut.push([statusTolkat(rad, tolkat)]);
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
  // The usual words first; only a cell that is none of them is tested for blank.
  const r = v === null || v === undefined ? undefined : lasRiktning(typeof v === "string" ? v : String(v));
  if (r || arTom(v)) return r;
  throw ogiltig(`Okänd riktning "${String(v)}". Använd "högre är bättre" eller "lägre är bättre"`);
}

/**
 * Motiveringen bakom KPI.MALUPPFYLLELSE: en mening på svenska, klar att klistra in i rapporten.
 * @customfunction MOTIVERING
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
 * @param statusar Ett eller flera områden med statusar. Tomma celler och Kan ej bedömas räknas inte.
 * @returns Uppfyllt, Delvis uppfyllt, Ej uppfyllt eller Kan ej bedömas.
 */
export function sammanvagd(statusar: any[][][]): string {
  // Excel passes a repeating parameter as ONE argument, an array of its values, each range a 2-D array (spec §13.6,
  // custom-functions-parameter-options). A single 2-D range is still accepted, as a call from code may pass one.
  const omraden = Array.isArray(statusar?.[0]?.[0]) ? statusar : [statusar as unknown as any[][]];
  return kor(() => {
    const texter: string[] = [];
    for (const omrade of omraden) for (const v of celler(omrade)) if (typeof v === "string") texter.push(v);
    return sammanvag(texter);
  });
}

/**
 * Sammanvägd bedömning av ett nämndmål ur en hel tabell, som ANTAL.OM: statusarna på de rader där målkolumnen har målet. En tom målcell hör till målet ovanför; med indikatorkolumnen räknas inte uppdelningsrader (Kvinnor, Män, åldersgrupper).
 * @customfunction SAMMANVAGD.OM
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
    return sammanvag(rader.filter((v): v is string => typeof v === "string"));
  });
}

/**
 * Normaliserar en aktivitets status: "Pausat pga. Corona" blir Pausad, "Genom-förd" blir Genomförd.
 * @customfunction AKTIVITETSSTATUS
 * @param text Statusen som den är skriven.
 * @returns Genomförd, Pågår, Planerad, Delvis genomförd, Ej påbörjad, Pausad, Försenad, Inställd eller Okänd.
 */
export function aktivitetsstatus(text: any): string {
  const v = kor(() => skalar(text, "Texten"));
  return arTom(v) ? "Okänd" : normaliseraAktivitet(String(v));
}

/**
 * Talet som en svensk text betyder: "10,5 %" blir 0,105 och "−7 972" blir -7972.
 * @customfunction TAL
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
