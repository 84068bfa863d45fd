/**
 * Målkoll's conditional formats, found by content (spec §13.3): never by a stored id, since ConditionalFormat.id is
 * documented as the format's priority and shifts when other formats are added or removed (@types/office-js,
 * ConditionalFormat.id; office-js issues #5222, #6835).
 *
 * Reading: the collection's items with their type first, then the rule, colours and range of the Custom ones only,
 * because loading `custom/...` over a collection that also holds other kinds fails (office-js issue #2180).
 * Deleting: in falling priority order within one request, so that deleting one never shifts the priority of another
 * still to be deleted. Adding comes after deleting (ConditionalFormatCollection.add puts a new format at the top
 * priority, which would shift the ones loaded before).
 */
import {
  tolkaAdress,
  arEgetVillkor,
  type LastVillkor,
  type Rekt,
  type Spar,
  type Villkorsformat,
  omradesAdress,
} from "../../core";
import type { Kommando } from "./kontext";

/** A conditional format as read, with the object to delete it by. */
export interface Villkorspost {
  readonly objekt: Excel.ConditionalFormat;
  readonly prioritet: number;
  readonly las: LastVillkor;
  readonly text?: string;
  readonly talformat?: string;
}

/** Queues loading the formats that overlap any of the rectangles; call the returned function after the next sync. */
export function koaVillkor(blad: Excel.Worksheet, rekt: readonly Rekt[]): () => Excel.ConditionalFormat[] {
  const r1 = Math.min(...rekt.map((r) => r.rad));
  const k1 = Math.min(...rekt.map((r) => r.kolumn));
  const r2 = Math.max(...rekt.map((r) => r.rad + r.rader - 1));
  const k2 = Math.max(...rekt.map((r) => r.kolumn + r.kolumner - 1));
  const samling = blad.getRange(omradesAdress(r1, k1, r2 - r1 + 1, k2 - k1 + 1)).conditionalFormats;
  samling.load("items/type,items/id");
  return () => samling.items;
}

/** The rule, colours and range of each Custom format. One sync. */
export async function lasVillkorsdetaljer(
  context: Excel.RequestContext,
  lista: readonly Excel.ConditionalFormat[],
): Promise<Villkorspost[]> {
  const egna = lista
    .filter((cf) => cf.type === "Custom")
    .map((cf) => {
      const regel = cf.custom.rule;
      regel.load("formula");
      const fyllning = cf.custom.format.fill;
      fyllning.load("color");
      const text = cf.custom.format.font;
      text.load("color");
      const format = cf.custom.format;
      format.load("numberFormat");
      const omrade = cf.getRangeOrNullObject();
      omrade.load("address");
      return { cf, regel, fyllning, text, format, omrade };
    });
  if (egna.length === 0) return lista.map((cf) => ({ objekt: cf, prioritet: Number(cf.id), las: { typ: cf.type } }));
  await context.sync();
  const detaljer = new Map(egna.map((e) => [e.cf, e]));
  return lista.map((cf) => {
    const e = detaljer.get(cf);
    if (!e) return { objekt: cf, prioritet: Number(cf.id), las: { typ: cf.type } };
    let omrade: Rekt | undefined;
    if (!e.omrade.isNullObject) {
      const a = tolkaAdress(e.omrade.address);
      omrade = { rad: a.rad, kolumn: a.kolumn, rader: a.rader, kolumner: a.kolumner };
    }
    return {
      objekt: cf,
      prioritet: Number(cf.id),
      las: { typ: cf.type, omrade, formel: e.regel.formula, fyllning: e.fyllning.color },
      text: e.text.color,
      talformat: e.format.numberFormat,
    };
  });
}

/** Commands that delete Målkoll's formats among `lasta`, highest priority number first. */
export function taBortEgna(lasta: readonly Villkorspost[], spar: readonly Spar[]): Kommando[] {
  return lasta
    .filter((v) => arEgetVillkor(v.las, spar))
    .sort((a, b) => b.prioritet - a.prioritet)
    .map((v) => ({ storlek: 200, utfor: () => v.objekt.delete() }));
}

/**
 * Commands that make Målkoll's formats exactly `plan`: none when they already are, else delete Målkoll's and add
 * the plan's. A person's own formats are never touched.
 */
export function ersattVillkor(
  blad: Excel.Worksheet,
  lasta: readonly Villkorspost[],
  spar: readonly Spar[],
  plan: readonly Villkorsformat[],
): Kommando[] {
  const egna = lasta.filter((v) => arEgetVillkor(v.las, spar));
  const nyckel = (omrade: string, formel: string, fyllning: string, text: string, talformat: string) =>
    [omrade, formel, fyllning.toUpperCase(), text.toUpperCase(), talformat === "General" ? "" : talformat].join(
      "\u0000",
    );
  const nu = egna
    .map((v) => {
      const o = v.las.omrade as Rekt;
      return nyckel(
        omradesAdress(o.rad, o.kolumn, o.rader, o.kolumner),
        v.las.formel ?? "",
        v.las.fyllning ?? "",
        v.text ?? "",
        v.talformat ?? "",
      );
    })
    .sort();
  const onskat = plan.map((v) => nyckel(v.omrade, v.formel, v.fyllning, v.text, v.talformat ?? "")).sort();
  if (nu.length === onskat.length && nu.every((x, i) => x === onskat[i])) return [];
  const laggTill: Kommando[] = plan.map((v) => ({
    storlek: 600 + v.formel.length,
    utfor: () => {
      const cf = blad.getRange(v.omrade).conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = v.formel;
      cf.custom.format.fill.color = v.fyllning;
      cf.custom.format.font.color = v.text;
      if (v.talformat) cf.custom.format.numberFormat = v.talformat;
    },
  }));
  return [...taBortEgna(lasta, spar), ...laggTill];
}
