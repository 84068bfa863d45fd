/**
 * Judging a mapped table row by row (spec §7, §9) and its nämndmål (spec §8): section heading rows give the rows
 * below their målområde, nämndmål or kommunövergripande mål and are not judged; breakdown rows belong to the
 * indicator above; every value cell goes to the core through its cell reading (omvandling.ts), exactly as the
 * live formula passes it.
 */
import { AKTIVITETSFARG, normaliseraAktivitet, type Aktivitetsstatus } from "../bedomning/aktivitet";
import { bedomTolkat } from "../bedomning/bedomning";
import {
  lasRiktningCell,
  RIKTNING_TEXT,
  riktningFranNamn,
  type Riktning,
  type Riktningscell,
} from "../bedomning/riktning";
import { lasStatuspost, malmotivering, sammanvag, type Malpost } from "../bedomning/sammanvagd";
import { STATUSAR, type Status } from "../bedomning/status";
import type { TolkatMalvarde } from "../malvarde/malvarde";
import { tolkaMalvardeCell } from "../malvarde/tolka";
import { lasAldersgrupp, lasKon } from "../nyckeltal/sjukfranvaro";
import { arTom, lasCell, type Cellvarde } from "../tal/cell";
import type { Tal } from "../tal/tal";
import { normaliseraText, rensaText } from "../tal/text";
import { avsnittstext, lasRubriktext, slagUtanPrefix, type Avsnittsslag } from "./avsnitt";
import { arSkriven, arTomRad, type Cellplats, type Cellrad, type Tabellceller } from "./celler";
import type { Mappning, Tabelltyp } from "./mappning";
import { karnvarde, omvandlingFor, type Omvandling, type Rubrikenhet } from "./omvandling";
import { VARDROLLER, type Roll, type Vardroll } from "./roller";
import { lasRubrik } from "./rubrik";

/** One judged row: an indicator, a breakdown of one, or an activity. */
export interface Tabellrad {
  /** Index among the data rows (0 = the row under the header; blank and heading rows count). */
  readonly index: number;
  /** The row in the sheet, 0-based. */
  readonly rad: number;
  /** The indicator's (or activity's) name as written. */
  readonly namn: string;
  /** A breakdown row (Kvinnor, Män, an age group) of the indicator above (spec §8). */
  readonly brytrad: boolean;
  /** For a breakdown row, the name of the indicator it belongs to. */
  readonly indikator?: string;
  readonly namndmal?: string;
  readonly malomrade?: string;
  readonly kommunmal?: string;
  readonly riktning: Riktning;
  readonly status: Status;
  readonly motivering: string;
  /** An activity's status in the core's words (normaliseraAktivitet, spec §9), in activity tables. */
  readonly aktivitetsstatus?: Aktivitetsstatus;
  /** The values the core judged (after each cell's reading), per value role the table has. */
  readonly varden: Readonly<Partial<Record<Vardroll, Cellvarde>>>;
  /** How each value cell was read: the same reading gives the formula argument (formelargument). */
  readonly omvandling: Readonly<Partial<Record<Vardroll, Omvandling>>>;
  /**
   * The sheet cell each value was read from: the row's own cell, or the top-left cell of a merged area over it.
   * A formula refers to this cell (a cell merged away is empty to Excel).
   */
  readonly kallor: Readonly<Partial<Record<Vardroll, Cellplats>>>;
  /**
   * The value roles a breakdown row took from its indicator's row because its own cells are blank (a Kvinnor/Män row
   * under `Total sjukfrånvaro` with no målvärde of its own: spec §8, it belongs to that indicator). Its `kallor`
   * then point at the indicator's cells.
   */
  readonly arvda?: readonly Vardroll[];
  /**
   * In an indicator table with a Status/Bedömning/Måluppfyllelse column: the controller's own judgement as typed
   * (spec §8: read by its leading status phrase). Målkoll never writes that column (spec §13.1).
   */
  readonly egenBedomning?: string;
  /** `egenBedomning` read as a status; undefined when it reads as none (then `anmarkning` says so). */
  readonly egenStatus?: Status;
  /**
   * A note for the user beside the reason: where the controller's own judgement differs from Målkoll's
   * (`Er bedömning: Uppfyllt; Målkoll: Delvis uppfyllt – Utfallet …`), or where it cannot be read as a status.
   */
  readonly anmarkning?: string;
}

export interface Malbedomning {
  readonly namndmal: string;
  readonly malomrade?: string;
  readonly kommunmal?: string;
  readonly status: Status;
  /** "2 av 4 indikatorer uppfyllt, …" or "3 av 3 aktiviteter genomförda", for the report (malmotivering). */
  readonly motivering: string;
  /** Data-row indices of the rows that count (indicators and activities, not breakdowns). */
  readonly rader: readonly number[];
  /**
   * Data-row indices of the counted rows whose controller's own judgement differs from Målkoll's status (or cannot
   * be read as one): what a summary lists as disagreements. Empty when the table has no such column.
   */
  readonly avvikelser: readonly number[];
}

/** A section heading row: not judged. */
export interface Avsnittsrad {
  readonly index: number;
  readonly rad: number;
  /** The row's text as written. */
  readonly text: string;
  /** The name it gives (the text after a prefix such as `Målområde:`). */
  readonly namn: string;
  /** What it names for the rows below; undefined when it only divides the table. */
  readonly slag?: Avsnittsslag;
}

/** A data row that was not judged, and why (in Swedish). */
export interface Hoppadrad {
  readonly index: number;
  readonly rad: number;
  readonly skal: string;
}

export interface Utvardering {
  readonly typ: Tabelltyp;
  /** Judged rows, top to bottom. */
  readonly rader: readonly Tabellrad[];
  /** Nämndmål in the order they first appear. */
  readonly mal: readonly Malbedomning[];
  readonly avsnitt: readonly Avsnittsrad[];
  /** Every data row that is not in `rader`: blank rows, heading rows, a repeated header. */
  readonly hoppade: readonly Hoppadrad[];
}

/** What the user can change about a judgement beyond the mapping. */
export interface Bedomningsval {
  /** Per data-row index, the riktning the user chose; a breakdown row follows its indicator's. */
  readonly riktningar?: ReadonlyMap<number, Riktning>;
  /** The delvis band without a gränsvärde, as a fraction of |målvärde| (spec §7; the core's default when omitted). */
  readonly delvisAndel?: number;
}

const BARN = /^(flickor|pojkar)$/;
/** A row named only as the whole of what its heading names (`Sjukfrånvaro (%)` above `Totalt`, `Kvinnor`, `Män`). */
const HELHET = /^(totalt?|samtliga|alla|hela kommunen|kommunen totalt)$/;

/**
 * The name that gives a row its riktning (spec §6, from the indicator's name): the row's own, or, where the row is
 * named only as a whole or a breakdown (`Totalt`, `Kvinnor`, `29 år eller yngre`) under a heading that names no
 * målområde or nämndmål, the heading's too (personalbokslut: `Sjukfrånvaro (%)` over `Totalt`, `Kvinnor`, `Män`).
 */
function riktningsnamn(namn: string, rubrik: string): string {
  if (rubrik === "") return namn;
  return HELHET.test(malnyckel(namn)) || arBrytrad(namn) ? `${rubrik} ${namn}` : namn;
}
/** Longer than any breakdown label (`upp till och med 29 år` has 22 characters). */
const LANGSTA_ETIKETT = 30;

/**
 * Is this the name of a breakdown row (spec §8): a kön or an age group as the core reads them (spec §3: Kvinnor,
 * Män, `29 år eller yngre`, `30–49 år`, `50+`…), or Flickor/Pojkar; also after `varav`/`därav`.
 */
export function arBrytrad(namn: string): boolean {
  const s = namn
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(varav|därav|[-–](?=\s))\s*/i, "");
  // Breakdown labels are short (`29 år eller yngre`); an indicator's name is not looked up.
  if (s === "" || s.length > LANGSTA_ETIKETT || /^\d+$/.test(s)) return false;
  return BARN.test(s.toLowerCase()) || lasKon(s) !== undefined || lasAldersgrupp(s) !== undefined;
}

const text = (v: Cellvarde): string => (arTom(v) ? "" : rensaText(String(v)));

/**
 * The key under which a målområde, nämndmål or kommunövergripande mål is grouped: invisible characters removed,
 * NBSP and runs of white space as one space, trimmed, lower case. `Trygg vård`, `trygg vård ` and `Trygg\u00a0vård`
 * are one goal (a typed or pasted goal name differs in such ways, never in meaning).
 */
export const malnyckel = (namn: string): string => normaliseraText(namn).replace(/\s+/g, " ").trim();

/** The comparison values of a row's jämförelse cell, as KPI.MALUPPFYLLELSE reads its `jamforelse` argument. */
function jamforelsevarden(v: Cellvarde): Tal[] {
  const t = lasCell(v);
  return t.typ === "tal" ? [t] : [];
}

/**
 * An activity row's reason (spec §9): its status word, or for a status Målkoll cannot read, what was written and the
 * words it reads.
 */
function aktivitetsmotivering(status: Aktivitetsstatus, skrivet: string): string {
  if (status !== "Okänd") return `Aktiviteten: ${status}`;
  const vad = skrivet === "" ? "Statusen är tom" : `Statusen "${skrivet}" känns inte igen`;
  const ord = Object.keys(AKTIVITETSFARG).filter((a) => a !== "Okänd");
  return `${vad}: skriv ${ord.slice(0, -1).join(", ")} eller ${ord[ord.length - 1]}`;
}

const OKAND_RIKTNING = (text: string, riktning: Riktning): string =>
  `Okänd riktning "${text}" i kolumnen Riktning: raden bedömdes med riktningen "${RIKTNING_TEXT[riktning]}" (från målvärdet eller indikatorns namn). Skriv "högre är bättre" eller "lägre är bättre" (eller Högre/Lägre, Öka/Minska), eller välj riktningen för raden här`;

/** Is every written cell of the row its header's cell (a header repeated under a page break)? */
function arUpprepadRubrik(rad: Cellrad, rubriker: readonly Cellvarde[]): boolean {
  let skrivna = 0;
  for (let k = 0; k < rad.varden.length; k++) {
    if (!arSkriven(rad, k)) continue;
    skrivna++;
    if (rad.varden[k] !== rubriker[k]) return false;
  }
  return skrivna >= 2;
}

/**
 * Judges every data row of `celler` with `mappning` (which must be judgeable: `mappning.kanBedomas`). Rows are
 * classified as blank, section heading (indicator tables: any row of one text cell; activity tables: only when
 * merged across, prefixed, or outside the activity column), a repeated header, or a row to judge.
 */
export function bedomRader(celler: Tabellceller, mappning: Mappning, val: Bedomningsval = {}): Utvardering {
  const kol = mappning.val;
  const aktiviteter = mappning.typ === "aktiviteter";
  const rubrikenheter: (Rubrikenhet | undefined)[] = celler.rubriker.map((r) => lasRubrik(r).enhet);
  const tolkade = new Map<Cellvarde, TolkatMalvarde>();
  const tolka = (v: Cellvarde): TolkatMalvarde => {
    let t = tolkade.get(v);
    if (!t) {
      t = tolkaMalvardeCell(v);
      tolkade.set(v, t);
    }
    return t;
  };
  const cell = (rad: Cellrad, roll: Roll): Cellvarde => (kol[roll] === undefined ? undefined : rad.varden[kol[roll]]);

  const rader: Tabellrad[] = [];
  const avsnitt: Avsnittsrad[] = [];
  const hoppade: Hoppadrad[] = [];
  const forsta = celler.omrade.rad + 1;

  // Each goal, målområde and kommunövergripande mål under its first spelling (malnyckel), so that every reader of
  // the rows (the goals below, the pane's grouping, the batch report) sees one name for one goal.
  const stavningar = new Map<string, string>();
  const kanonisk = (namn: string): string => {
    if (namn === "") return namn;
    const nyckel = malnyckel(namn);
    const forsta = stavningar.get(nyckel);
    if (forsta !== undefined) return forsta;
    const ren = namn.replace(/\s+/g, " ").trim();
    stavningar.set(nyckel, ren);
    return ren;
  };

  // What headings and cells have said so far for the rows below.
  let kommunmal = "";
  let malomrade = "";
  let namndmal = "";
  /** The målområde and the nämndmål were named by headings with no row of data since. */
  let malomradeFranRubrik = false;
  let namndmalFranRubrik = false;
  const satt = (slag: Avsnittsslag, rubrikensNamn: string) => {
    const namn = kanonisk(rubrikensNamn);
    if (slag === "kommunmal") {
      kommunmal = namn;
      malomrade = "";
      namndmal = "";
    } else if (slag === "malomrade") {
      malomrade = namn;
      namndmal = "";
    } else namndmal = namn;
  };
  /**
   * A heading row, or a title above the header, that names a `slag` (undefined: it only divides the table) for the
   * rows below. Until the next row of data, a KF-mål or målområde in that row's cells does not end the målområde and
   * nämndmål such rows just named.
   */
  const rubrikrad = (slag: Avsnittsslag | undefined, namn: string) => {
    if (slag) satt(slag, namn);
    malomradeFranRubrik = slag === "malomrade" || (slag === "namndmal" && malomradeFranRubrik);
    namndmalFranRubrik = slag === "namndmal";
  };
  // A title names only with its prefix (`Målområde: Medarbetare`; a prefix always has a name after it). One without
  // (the report's own title, `Personalbokslut 2024`) names nothing and ends nothing.
  for (const titel of celler.ovanfor) {
    const r = lasRubriktext(titel);
    if (r.slag) rubrikrad(r.slag, r.text);
  }
  const utanPrefix = slagUtanPrefix(kol.malomrade !== undefined, kol.namndmal !== undefined);

  let foralder = "";
  let foralderIndex = -1;
  let indikatorrubrik = "";
  /** What a breakdown row without cells of its own takes from the indicator row above it. */
  let foralderArv: Arv | undefined;
  for (const rad of celler.rader) {
    const index = rad.rad - forsta;
    if (arTomRad(rad)) {
      hoppade.push({ index, rad: rad.rad, skal: "Tom rad" });
      continue;
    }
    // A lone text in a value column (a målvärde with no utfall yet) is a row waiting for data, not a heading.
    const rubrik = avsnittstext(rad);
    if (rubrik && !VARDROLLER.some((roll) => kol[roll] === rubrik.kolumn)) {
      const r = lasRubriktext(rubrik.text);
      const arRubrik = !aktiviteter || rad.sammanfogadOver || r.slag !== undefined || rubrik.kolumn !== kol.aktivitet;
      if (arRubrik) {
        const slag = r.slag ?? utanPrefix;
        const namn = r.text || rubrik.text;
        rubrikrad(slag, namn);
        // A heading that names no målområde or nämndmål may name the indicator of the rows under it.
        indikatorrubrik = r.slag === undefined ? rubrik.text : "";
        // A breakdown row right under a heading has no indicator to belong to.
        foralder = "";
        foralderIndex = -1;
        foralderArv = undefined;
        avsnitt.push({ index, rad: rad.rad, text: rubrik.text, namn, slag });
        hoppade.push({ index, rad: rad.rad, skal: `Rubrikrad: ${rubrik.text}` });
        continue;
      }
    }
    if (arUpprepadRubrik(rad, celler.rubriker)) {
      hoppade.push({ index, rad: rad.rad, skal: "Rubrikraden upprepas" });
      continue;
    }

    const kommunCell = kanonisk(text(cell(rad, "kommunmal")));
    if (kommunCell && kommunCell !== kommunmal) {
      // A new kommunövergripande mål ends the målområde and nämndmål above it, unless headings just named those of
      // these rows (`Nämndmål: …` right above the first row of a KF-mål).
      const omradeFranRubrik = malomradeFranRubrik ? malomrade : "";
      const malFranRubrik = namndmalFranRubrik ? namndmal : "";
      satt("kommunmal", kommunCell);
      malomrade = omradeFranRubrik;
      namndmal = malFranRubrik;
    }
    const omradeCell = kanonisk(text(cell(rad, "malomrade")));
    if (omradeCell && omradeCell !== malomrade) {
      // A new målområde ends the nämndmål above it, unless a heading just named the nämndmål of these rows.
      const franRubrik = namndmalFranRubrik ? namndmal : "";
      satt("malomrade", omradeCell);
      namndmal = franRubrik;
    }
    const malCell = kanonisk(text(cell(rad, "namndmal")));
    if (malCell) namndmal = malCell;
    malomradeFranRubrik = false;
    namndmalFranRubrik = false;

    const namn = text(cell(rad, aktiviteter ? "aktivitet" : kol.indikator !== undefined ? "indikator" : "aktivitet"));
    const brytrad = !aktiviteter && foralderIndex >= 0 && arBrytrad(namn);
    if (!brytrad) {
      foralder = namn;
      foralderIndex = index;
    }
    const ny = (
      riktning: Riktning,
      status: Status,
      motivering: string,
      aktivitetsstatus: Aktivitetsstatus | undefined,
      varden: Tabellrad["varden"],
      omvandling: Tabellrad["omvandling"],
      kallor: Tabellrad["kallor"],
      extra: Pick<Tabellrad, "arvda" | "egenBedomning" | "egenStatus" | "anmarkning"> = {},
    ): Tabellrad => ({
      index,
      rad: rad.rad,
      namn,
      brytrad,
      indikator: brytrad ? foralder : undefined,
      namndmal: namndmal || undefined,
      malomrade: malomrade || undefined,
      kommunmal: kommunmal || undefined,
      riktning,
      status,
      motivering,
      aktivitetsstatus,
      varden,
      omvandling,
      kallor,
      ...extra,
    });

    if (aktiviteter) {
      const skrivet = text(cell(rad, "status"));
      const aktivitetsstatus = normaliseraAktivitet(skrivet);
      rader.push(
        ny(
          "hogre",
          AKTIVITETSFARG[aktivitetsstatus],
          aktivitetsmotivering(aktivitetsstatus, skrivet),
          aktivitetsstatus,
          {},
          {},
          {},
        ),
      );
      continue;
    }

    const varden: Partial<Record<Vardroll, Cellvarde>> = {};
    const omvandling: Partial<Record<Vardroll, Omvandling>> = {};
    const kallor: Partial<Record<Vardroll, Cellplats>> = {};
    for (const roll of VARDROLLER) {
      const k = kol[roll];
      if (k === undefined) continue;
      const o = omvandlingFor(rad.format[k], rubrikenheter[k]);
      omvandling[roll] = o;
      varden[roll] = karnvarde(o, rad.varden[k]);
      kallor[roll] = rad.kallor[k] ?? { rad: rad.rad, kolumn: celler.omrade.kolumn + k };
    }
    // A breakdown row (Kvinnor, Män) with no målvärde of its own is judged against its indicator's target (spec §8:
    // it belongs to that indicator), gränsvärde included, rather than listed as a row that cannot be judged.
    const arvda: Vardroll[] = [];
    if (brytrad && foralderArv && arTom(varden.malvarde) && !arTom(foralderArv.varden.malvarde)) {
      const roller: Vardroll[] = arTom(varden.gransvarde) ? ["malvarde", "gransvarde"] : ["malvarde"];
      for (const roll of roller) {
        if (foralderArv.varden[roll] === undefined) continue;
        varden[roll] = foralderArv.varden[roll];
        omvandling[roll] = foralderArv.omvandling[roll];
        kallor[roll] = foralderArv.kallor[roll];
        arvda.push(roll);
      }
    }
    // The riktning: the user's choice in the pane; else the row's riktning cell (a breakdown row with a blank one
    // follows its indicator's); else the indicator's name (spec §6). A word the cell holds that is no riktning is
    // never passed over in silence: the row is judged as the sheet's formula judges it (the målvärde's own riktning,
    // else the name's) and its note names the word.
    let riktningscell = kol.riktning === undefined ? TOM_RIKTNING : lasRiktningCell(cell(rad, "riktning"));
    if (brytrad && riktningscell.typ === "tom" && foralderArv) riktningscell = foralderArv.riktningscell;
    const vald = val.riktningar?.get(brytrad ? foralderIndex : index);
    const riktning =
      vald ??
      (riktningscell.typ === "riktning"
        ? riktningscell.riktning
        : riktningFranNamn(riktningsnamn(foralder, indikatorrubrik)));
    const r: { readonly status: Status; readonly motivering: string; readonly riktning: Riktning } = bedomTolkat(
      {
        utfall: varden.utfall,
        malvarde: varden.malvarde,
        foregaende: varden.foregaende,
        gransvarde: varden.gransvarde,
        jamforelse: varden.jamforelse === undefined ? undefined : jamforelsevarden(varden.jamforelse),
        riktning,
        delvisAndel: val.delvisAndel,
      },
      tolka(varden.malvarde),
    );
    const okand =
      vald === undefined && riktningscell.typ === "okand" ? OKAND_RIKTNING(riktningscell.text, r.riktning) : undefined;
    if (!brytrad) foralderArv = { varden, omvandling, kallor, riktningscell };
    rader.push(
      ny(r.riktning, r.status, r.motivering, undefined, varden, omvandling, kallor, {
        ...(arvda.length > 0 ? { arvda } : {}),
        ...medAnmarkning(egenBedomning(text(cell(rad, "status")), r), okand),
      }),
    );
  }
  return { typ: mappning.typ, rader, mal: bedomMal(rader), avsnitt, hoppade };
}

/**
 * A row as its goal counts it (spec §8, §9): an activity by its own status word, an indicator by its status. Used by
 * every goal judgement over table rows (the table's own goals, the batch command's goals over several tables).
 */
export function malpost(rad: Tabellrad): Malpost {
  return rad.aktivitetsstatus === undefined
    ? { status: rad.status }
    : { status: rad.status, aktivitet: rad.aktivitetsstatus };
}

/** A row's values as read, for a breakdown row under it that has none of its own. */
interface Arv {
  readonly varden: Readonly<Partial<Record<Vardroll, Cellvarde>>>;
  readonly omvandling: Readonly<Partial<Record<Vardroll, Omvandling>>>;
  readonly kallor: Readonly<Partial<Record<Vardroll, Cellplats>>>;
  readonly riktningscell: Riktningscell;
}

const TOM_RIKTNING: Riktningscell = { typ: "tom" };

/** A row's notes, the riktning's first: each says something the user should fix or know. */
function medAnmarkning<T extends { readonly anmarkning?: string }>(egen: T, okand: string | undefined): T {
  if (okand === undefined) return egen;
  return { ...egen, anmarkning: egen.anmarkning === undefined ? okand : `${okand}. ${egen.anmarkning}` };
}

/**
 * The controller's own judgement in an indicator table's Status/Bedömning/Måluppfyllelse column, beside Målkoll's
 * (spec §8: a status as people type it; §13.1: a typed status is the user's, never overwritten). Where they differ,
 * or the text reads as no status, the note says so; the same judgement gives no note.
 */
function egenBedomning(
  skrivet: string,
  malkoll: { readonly status: Status; readonly motivering: string },
): Pick<Tabellrad, "egenBedomning" | "egenStatus" | "anmarkning"> {
  const post = lasStatuspost(skrivet);
  if (post.typ === "tom") return {};
  if (post.typ === "okand") {
    return {
      egenBedomning: skrivet,
      anmarkning: `Er bedömning "${post.text}" läses inte som en status (Uppfyllt, Delvis uppfyllt, Ej uppfyllt eller Kan ej bedömas); Målkoll: ${malkoll.status} – ${malkoll.motivering}`,
    };
  }
  if (post.status === malkoll.status) return { egenBedomning: skrivet, egenStatus: post.status };
  return {
    egenBedomning: skrivet,
    egenStatus: post.status,
    anmarkning: `Er bedömning: ${post.status}; Målkoll: ${malkoll.status} – ${malkoll.motivering}`,
  };
}

/** Each nämndmål from its rows' statuses (spec §8): breakdown rows do not count; activities count by their word. */
function bedomMal(rader: readonly Tabellrad[]): Malbedomning[] {
  interface Mal {
    readonly namndmal: string;
    readonly malomrade?: string;
    readonly kommunmal?: string;
    readonly ord: string[];
    readonly poster: Malpost[];
    readonly rader: number[];
    readonly avvikelser: number[];
  }
  // A goal is its nämndmål within its målområde and kommunövergripande mål: looked up by each in turn (no joined
  // key to build and hash per row), listed in order of appearance.
  const alla: Mal[] = [];
  const index = new Map<string, Map<string, Map<string, Mal>>>();
  const hamta = <V>(karta: Map<string, V>, nyckel: string, ny: () => V): V => {
    let v = karta.get(nyckel);
    if (v === undefined) karta.set(nyckel, (v = ny()));
    return v;
  };
  for (const rad of rader) {
    const namndmal = rad.namndmal;
    if (!namndmal || rad.brytrad) continue;
    const omraden = hamta(index, rad.kommunmal ?? "", () => new Map<string, Map<string, Mal>>());
    const malen = hamta(omraden, rad.malomrade ?? "", () => new Map<string, Mal>());
    const m = hamta(malen, namndmal, () => {
      const nytt: Mal = {
        namndmal,
        malomrade: rad.malomrade,
        kommunmal: rad.kommunmal,
        ord: [],
        poster: [],
        rader: [],
        avvikelser: [],
      };
      alla.push(nytt);
      return nytt;
    });
    // The core weighs an activity by its own word (an activity that no longer applies is not counted, spec §9).
    m.ord.push(rad.aktivitetsstatus ?? rad.status);
    m.poster.push(malpost(rad));
    m.rader.push(rad.index);
    if (rad.egenBedomning !== undefined && rad.egenStatus !== rad.status) m.avvikelser.push(rad.index);
  }
  return alla.map((m) => ({
    namndmal: m.namndmal,
    malomrade: m.malomrade,
    kommunmal: m.kommunmal,
    status: sammanvag(m.ord),
    motivering: malmotivering(m.poster),
    rader: m.rader,
    avvikelser: m.avvikelser,
  }));
}

/** How many of each status. */
export function rakna(statusar: readonly Status[]): Record<Status, number> {
  const antal = Object.fromEntries(STATUSAR.map((s) => [s, 0])) as Record<Status, number>;
  for (const s of statusar) antal[s]++;
  return antal;
}
