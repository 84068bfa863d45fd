/**
 * What the pane tells the user after an action, in Swedish: which cells Målkoll left alone (spec §13.1), and which
 * statuses are live formulas and which locked values (spec §12).
 */

/** A cell Målkoll did not write or clear because it is the user's. */
export interface Lamnad {
  /** `H10`, or `'Mål 2020'!H10` when the sheet matters. */
  readonly adress: string;
  /** The sheet, and the column letters: the sentences group by them. */
  readonly blad: string;
  readonly kolumn: string;
  /** A status a person typed (kept, and counted in the goal, spec §8), or any other change. */
  readonly typ: "skriven" | "andrad";
}

/** How the statuses of one marked table stand now. */
export interface Lage {
  /** Live KPI formulas. */
  readonly levande: number;
  /** Statuses Lås statusar turned into values. */
  readonly lasta: number;
  /** Statuses a person typed over Målkoll's. */
  readonly forHand: number;
}

const antal = (n: number, en: string, flera: string) => `${n} ${n === 1 ? en : flera}`;

/** "3 celler i H har ändrats av dig och lämnades kvar", one sentence per column and kind. */
export function beskrivLamnade(lamnade: readonly Lamnad[]): string[] {
  const grupper = new Map<string, { blad: string; kolumn: string; typ: Lamnad["typ"]; n: number }>();
  for (const l of lamnade) {
    const nyckel = `${l.blad}\u0000${l.kolumn}\u0000${l.typ}`;
    const g = grupper.get(nyckel) ?? { blad: l.blad, kolumn: l.kolumn, typ: l.typ, n: 0 };
    g.n++;
    grupper.set(nyckel, g);
  }
  const flera = new Set(lamnade.map((l) => l.blad)).size > 1;
  return [...grupper.values()].map((g) => {
    const plats = flera ? `${g.kolumn} på bladet ${g.blad}` : g.kolumn;
    return g.typ === "skriven"
      ? `${antal(g.n, "status", "statusar")} i ${plats} är ${g.n === 1 ? "skriven" : "skrivna"} för hand och behölls; ${g.n === 1 ? "den räknas" : "de räknas"} i målens bedömning.`
      : `${antal(g.n, "cell", "celler")} i ${plats} har ändrats av dig och lämnades kvar.`;
  });
}

/** Which statuses are live and which locked, for the pane. `omrade` is the status column's address. */
export function beskrivLage(lage: Lage, omrade: string): string {
  const delar: string[] = [];
  if (lage.lasta === 0 && lage.levande > 0)
    delar.push(
      lage.levande === 1
        ? `Statusen i ${omrade} är en levande KPI-formel som följer ändringar i tabellen.`
        : `Alla ${lage.levande} statusar i ${omrade} är levande KPI-formler som följer ändringar i tabellen.`,
    );
  else if (lage.levande === 0 && lage.lasta > 0)
    delar.push(
      lage.lasta === 1
        ? `Statusen i ${omrade} är ett låst värde: det ändras inte när tabellen ändras. Färgmarkera igen för att göra det levande.`
        : `Alla ${lage.lasta} statusar i ${omrade} är låsta värden: de ändras inte när tabellen ändras. Färgmarkera igen för att göra dem levande.`,
    );
  else if (lage.levande > 0 || lage.lasta > 0)
    delar.push(
      `I ${omrade} är ${antal(lage.levande, "status en levande KPI-formel", "statusar levande KPI-formler")} och ${antal(
        lage.lasta,
        "ett låst värde",
        "låsta värden",
      )}.`,
    );
  if (lage.forHand > 0)
    delar.push(`${antal(lage.forHand, "status är skriven", "statusar är skrivna")} för hand och behålls.`);
  return delar.join(" ");
}
