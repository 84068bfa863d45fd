/**
 * The record of what Målkoll added to a workbook (spec §13.2): hidden workbook-scoped defined names, which Excel
 * itself moves when rows or columns are inserted or deleted and when the sheet is renamed, and which follow the
 * file through save and reopen. No Office here: the adapter reads the names (name, type, value, visible) and writes
 * the ones `namnFor` gives; this module turns them into records and checks them, since a workbook may come from
 * anyone (spec §13.4).
 *
 * One record per marked table, with an id; each Färgmarkera writes a new generation of names and removes the old
 * one only after the cells are written, so that a failure midway leaves names covering both. Per generation:
 *
 *   _Malkoll_<id>_<gen>_Tabell      the user's table, header row included
 *   _Malkoll_<id>_<gen>_Status      Målkoll's status column (header and data rows)
 *   _Malkoll_<id>_<gen>_Mal         Målkoll's goal column, when the table has nämndmål
 *   _Malkoll_<id>_<gen>_F0 … _F4    the legend's five cells
 *   _Malkoll_<id>_<gen>_K_<roll>    each table column the formulas read (utfall, malvarde, …)
 *   _Malkoll_<id>_<gen>_Info        ="malkoll;v=1;typ=indikatorer[;band=0.15]"
 *
 * and per summary sheet Målkoll created:
 *
 *   _Malkoll_S<id>_Blad             the area Målkoll wrote on it
 *   _Malkoll_S<id>_Info             ="malkoll;v=1;fa=<fingerprint of the values written>"
 *
 * Only hidden names count: Målkoll always hides its own, so a visible name that happens to look like one is the
 * user's and is never read or deleted.
 */
import { arGiltigAndel, type Cellpos, type Rekt, type Spar, tolkaBladomrade, ROLLER, type Roll } from "../core";

/** The namespace of the custom XML part an earlier version of Målkoll wrote its record to. */
export const ALDRE_NAMNRYMD = "urn:malkoll:markering:1";

export const PREFIX = "_Malkoll_";
export const FORKLARINGSDELAR = ["F0", "F1", "F2", "F3", "F4"] as const;

export type Postdel = "Tabell" | "Status" | "Mal" | "Info" | (typeof FORKLARINGSDELAR)[number] | `K_${Roll}`;

export const namnFor = (id: number, gen: number, del: Postdel): string => `${PREFIX}${id}_${gen}_${del}`;
export const sammanstallningsnamn = (id: number, del: "Blad" | "Info"): string => `${PREFIX}S${id}_${del}`;

/** A defined name as the adapter reads it (NamedItem name, type, value, visible). */
export interface Lastnamn {
  readonly name: string;
  readonly type: string;
  readonly value: unknown;
  readonly visible: boolean;
  /**
   * The sheet whose collection holds the name (Worksheet.names), for a name scoped to a sheet; undefined for the
   * workbook's (Workbook.names). Målkoll writes workbook-scoped names only; Excel makes sheet-scoped copies of them on
   * a copied sheet (Worksheet.copy), each referring to the copy's cells.
   */
  readonly omfang?: string;
}

export interface Generation {
  readonly gen: number;
  /** The sheet its ranges are on; undefined when every range was deleted. */
  readonly blad?: string;
  readonly spar: Spar;
  readonly typ: "indikatorer" | "aktiviteter";
}

/** One marked table. */
export interface Post {
  /**
   * Unique among the workbook's records: the number in its names for a workbook-scoped record; for the copy of a
   * record on a copied sheet (names scoped to that sheet), a number derived from the sheet's name and that number
   * (skopatId), since the copy's names carry the original's number.
   */
  readonly id: number;
  /** The sheet its names are scoped to: a copy Excel made with a copied sheet. Undefined: the workbook's names. */
  readonly omfang?: string;
  /** The sheet of its newest generation that still has one. */
  readonly blad?: string;
  /** Valid generations, oldest first. */
  readonly generationer: readonly Generation[];
  /** Every hidden name of this record, valid or not: Ta bort deletes them all. */
  readonly namn: readonly string[];
  /** The highest generation any of its names has, valid or not: the next one takes a higher number. */
  readonly hogstaGen: number;
}

/** A summary sheet Målkoll created. */
export interface Sammanstallningspost {
  readonly id: number;
  readonly blad?: string;
  readonly omrade?: Rekt;
  readonly fingeravtryck?: string;
  readonly namn: readonly string[];
}

export interface Poster {
  readonly poster: readonly Post[];
  readonly sammanstallningar: readonly Sammanstallningspost[];
  /** Swedish sentences about parts of the record that were ignored. */
  readonly varningar: readonly string[];
  /** Every record id and summary id a name in Målkoll's scheme uses, hidden or not: a new record takes another. */
  readonly upptagnaId: readonly number[];
  readonly upptagnaSammanstallningsId: readonly number[];
}

const POSTNAMN = /^_Malkoll_(\d{1,6})_(\d{1,6})_(Tabell|Status|Mal|Info|F[0-4]|K_[a-z]+)$/i;
const SAMMANSTALLNINGSNAMN = /^_Malkoll_S(\d{1,6})_(Blad|Info)$/i;

/**
 * A name's range: sheet and rectangle (tolkaBladomrade: quoted sheet names with commas, spaces and apostrophes); null
 * for #REF!; undefined for anything else (not Målkoll's shape: several areas, no sheet).
 */
function omrade(n: Lastnamn): { blad: string; rekt: Rekt } | null | undefined {
  if (n.type === "Error") return String(n.value).includes("#REF!") ? null : undefined;
  if (n.type !== "Range" || typeof n.value !== "string") return undefined;
  const a = tolkaBladomrade(n.value);
  return a && { blad: a.blad, rekt: { rad: a.rad, kolumn: a.kolumn, rader: a.rader, kolumner: a.kolumner } };
}

/** `malkoll;v=1;typ=…;band=…` → its fields; undefined when it is not that. */
function tolkaInfo(n: Lastnamn | undefined): Map<string, string> | undefined {
  if (!n || n.type !== "String" || typeof n.value !== "string" || n.value.length > 250) return undefined;
  const delar = n.value.split(";");
  if (delar[0] !== "malkoll") return undefined;
  const falt = new Map<string, string>();
  for (const d of delar.slice(1)) {
    const m = /^([a-z]{1,8})=([A-Za-z0-9.]{0,40})$/.exec(d);
    if (!m) return undefined;
    falt.set(m[1], m[2]);
  }
  return falt.get("v") === "1" ? falt : undefined;
}

export function infotext(typ: "indikatorer" | "aktiviteter", band: number | undefined): string {
  return `malkoll;v=1;typ=${typ}${band === undefined ? "" : `;band=${String(Number(band.toFixed(6)))}`}`;
}

export const sammanstallningsinfo = (fingeravtryck: string): string => `malkoll;v=1;fa=${fingeravtryck}`;

/** One generation from its names, or a reason it is not valid. */
function tolkaGeneration(
  gen: number,
  delar: Map<string, Lastnamn>,
  kopia = false,
  reserv?: Lastnamn,
): Generation | string {
  let info = tolkaInfo(delar.get("info") ?? reserv);
  // A copy whose original is gone: the table's kind from the columns its formulas read (an activity's status
  // column, or an indicator's utfall); no delvis band, so a formula with one is not recognised and stays.
  if (!info && kopia && !delar.has("info")) {
    const typ = delar.has("k_status") ? "aktiviteter" : delar.has("k_utfall") ? "indikatorer" : undefined;
    if (typ) info = new Map([["typ", typ]]);
  }
  if (!info) return "uppgiftsraden saknas eller är ogiltig";
  const typ = info.get("typ");
  if (typ !== "indikatorer" && typ !== "aktiviteter") return "okänd tabelltyp";
  let band: number | undefined;
  if (info.has("band")) {
    const b = Number(info.get("band"));
    if (!arGiltigAndel(b)) return "ogiltigt delvisband";
    band = b;
  }
  let blad: string | undefined;
  const lasOmrade = (del: string, kolumn: boolean, cell: boolean): Rekt | null | undefined | false => {
    const n = delar.get(del.toLowerCase());
    if (!n) return undefined;
    const o = omrade(n);
    if (o === undefined) return false;
    if (o === null) return null;
    if (blad !== undefined && o.blad.toLowerCase() !== blad.toLowerCase()) return false;
    if ((kolumn || cell) && o.rekt.kolumner !== 1) return false;
    if (cell && o.rekt.rader !== 1) return false;
    blad = o.blad;
    return o.rekt;
  };
  const tabell = lasOmrade("Tabell", false, false);
  const status = lasOmrade("Status", true, false);
  const mal = lasOmrade("Mal", true, false);
  if (tabell === false || status === false || mal === false) return "ett område har fel form eller ligger på fel blad";
  if (status === undefined) return "statuskolumnen saknas";
  const forklaring: (Cellpos | null | undefined)[] = [];
  for (const f of FORKLARINGSDELAR) {
    const p = lasOmrade(f, false, true);
    if (p === false) return "förklaringen har fel form";
    forklaring.push(p ? { rad: p.rad, kolumn: p.kolumn } : p);
  }
  const roller: Partial<Record<Roll, number | null>> = {};
  for (const [nyckel] of delar) {
    if (!nyckel.startsWith("k_")) continue;
    const roll = ROLLER.find((r) => `k_${r}` === nyckel);
    if (!roll) return `okänd kolumnroll ${nyckel}`;
    const k = lasOmrade(`K_${roll}`, true, false);
    if (k === false) return "en kolumn har fel form";
    roller[roll] = k === null ? null : (k as Rekt).kolumn;
  }
  return { gen, blad, typ, spar: { tabell, status, mal, forklaring, roller, band } };
}

/**
 * The records in a workbook's names. Hidden names in Målkoll's scheme that do not make a valid generation are kept
 * in the record's `namn` (Ta bort deletes them) but never used to decide which cells are Målkoll's.
 */
export function tolkaPoster(namn: readonly Lastnamn[]): Poster {
  type Namnpost = { id: number; omfang?: string; namn: string[]; gen: Map<number, Map<string, Lastnamn>> };
  type Sammanstallningsnamn = { namn: string[]; delar: Map<string, Lastnamn> };
  const perPost = new Map<string, Namnpost>();
  const perSammanstallning = new Map<number, Sammanstallningsnamn>();
  const varningar: string[] = [];
  const upptagnaId = new Set<number>();
  const upptagnaSammanstallningsId = new Set<number>();
  for (const n of namn) {
    const id = /^_Malkoll_(S?)(\d{1,9})_/i.exec(n.name);
    if (id) (id[1] ? upptagnaSammanstallningsId : upptagnaId).add(Number(id[2]));
    if (n.visible) continue;
    const p = POSTNAMN.exec(n.name);
    if (p) {
      const id = Number(p[1]);
      const nyckel = `${n.omfang?.toLowerCase() ?? ""}\u0000${id}`;
      const post: Namnpost = perPost.get(nyckel) ?? { id, omfang: n.omfang, namn: [], gen: new Map() };
      perPost.set(nyckel, post);
      post.namn.push(n.name);
      const gen = post.gen.get(Number(p[2])) ?? new Map<string, Lastnamn>();
      post.gen.set(Number(p[2]), gen);
      gen.set(p[3].toLowerCase(), n);
      continue;
    }
    const s = n.omfang === undefined ? SAMMANSTALLNINGSNAMN.exec(n.name) : null;
    if (s) {
      const id = Number(s[1]);
      const post: Sammanstallningsnamn = perSammanstallning.get(id) ?? { namn: [], delar: new Map() };
      perSammanstallning.set(id, post);
      post.namn.push(n.name);
      post.delar.set(s[2].toLowerCase(), n);
    }
  }
  const poster: Post[] = [];
  const ordning = (p: Namnpost) => [p.omfang === undefined ? 0 : 1, p.omfang?.toLowerCase() ?? "", p.id] as const;
  const jamfor = (a: Namnpost, b: Namnpost) => {
    const [x, y] = [ordning(a), ordning(b)];
    return x[0] - y[0] || x[1].localeCompare(y[1]) || x[2] - y[2];
  };
  for (const p of [...perPost.values()].sort(jamfor)) {
    const generationer: Generation[] = [];
    const id = p.omfang === undefined ? p.id : skopatId(p.omfang, p.id);
    for (const [gen, delar] of [...p.gen].sort(([a], [b]) => a - b)) {
      // Excel copies with a sheet only the names that refer to it, not the info text: a copy reads the original's.
      const reserv = p.omfang === undefined ? undefined : perPost.get(`\u0000${p.id}`)?.gen.get(gen)?.get("info");
      const g = tolkaGeneration(gen, delar, p.omfang !== undefined, reserv);
      // A sheet-scoped copy refers to its own sheet's cells; one that names another sheet is not Målkoll's shape.
      const fel =
        typeof g === "string"
          ? g
          : p.omfang !== undefined && g.blad !== undefined && g.blad.toLowerCase() !== p.omfang.toLowerCase()
            ? "ett område ligger på ett annat blad än namnens"
            : undefined;
      if (fel !== undefined) varningar.push(`En del av Målkolls markering ${p.id} kunde inte användas (${fel}).`);
      else generationer.push(g as Generation);
    }
    const blad = [...generationer].reverse().find((g) => g.blad !== undefined)?.blad;
    poster.push({
      id,
      omfang: p.omfang,
      blad,
      generationer,
      namn: p.namn,
      hogstaGen: Math.max(0, ...p.gen.keys()),
    });
  }
  const sammanstallningar: Sammanstallningspost[] = [];
  for (const [id, s] of [...perSammanstallning].sort(([a], [b]) => a - b)) {
    const bladnamn = s.delar.get("blad");
    const o = bladnamn ? omrade(bladnamn) : undefined;
    const info = tolkaInfo(s.delar.get("info"));
    const fa = info?.get("fa");
    sammanstallningar.push({
      id,
      blad: o ? o.blad : undefined,
      omrade: o ? o.rekt : undefined,
      fingeravtryck: fa && /^[0-9a-f]{8}$/.test(fa) ? fa : undefined,
      namn: s.namn,
    });
  }
  return {
    poster,
    sammanstallningar,
    varningar,
    upptagnaId: [...upptagnaId],
    upptagnaSammanstallningsId: [...upptagnaSammanstallningsId],
  };
}

/**
 * The id of a record copied with a sheet (names scoped to `blad` that carry record number `id`): above every number a
 * name can carry (at most six digits), from the sheet's name, so that it differs from the original's and is the same
 * on every read while the sheet keeps its name.
 */
export const skopatId = (blad: string, id: number): number =>
  (1 + (parseInt(fingeravtryck([[blad.toLowerCase()]]), 16) % 1_000_000)) * 1_000_000 + id;

/** The next free record id, or summary id. */
export const nastaId = (ids: readonly number[]): number => ids.reduce((m, x) => Math.max(m, x), 0) + 1;

/** The record's newest generation. */
export const senaste = (p: Post): Generation | undefined => p.generationer[p.generationer.length - 1];

/**
 * A short fingerprint of a rectangle of values (FNV-1a, 32 bits, over their JSON): enough to tell whether a summary
 * sheet still holds exactly what Målkoll wrote, without storing the values.
 */
export function fingeravtryck(varden: readonly (readonly unknown[])[]): string {
  const text = JSON.stringify(varden);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
