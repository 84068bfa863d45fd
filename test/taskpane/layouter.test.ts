/**
 * Other kommuners' layouts, as Excel holds them (test/fixtures/layouter), through the adapter as the pane reads them
 * (jest, the fake Excel): Läs in from one cell of each table gives the fixture's table, columns and row statuses;
 * Färgmarkera writes formulas that Excel, calculating with the add-in's own functions, turns into the same status as
 * the preview on every row and every nämndmål; Ta bort leaves the workbook as it was.
 */
import * as adapter from "../../src/taskpane/excel/adapter";
import { AKTIVITETSFARG, type Aktivitetsstatus } from "../../src/core/bedomning/aktivitet";
import { ROLLER, type Roll } from "../../src/core/tabell/tabell";
import { STANDARDINSTALLNINGAR } from "../../src/core/skrivning/plan";
import { LAYOUTER, omrade } from "../fixtures/layouter";
import { bladspec } from "../helpers/arbetsbok";
import { installera, lasIn, ogonblick, tillaggsrester, varde } from "./hjalp";
import { adress } from "../fake";

const fall = LAYOUTER.flatMap((f) => f.tabeller.map((t, i) => ({ f, t, namn: `${f.id} ${t.adress}`, i })));

describe.each(fall)("$namn", ({ f, t }) => {
  it("reads, colours and removes as the fixture says", async () => {
    const o = omrade(t.adress);
    // The user selects a cell of the table's first data row, as one does.
    const vald = adress({ r: o.rad + 1, c: o.kolumn, rader: 1, kolumner: 1 });
    const { wb } = installera({ [f.utsnitt.blad]: bladspec(f.utsnitt) }, { blad: f.utsnitt.blad, adress: vald });
    const fore = ogonblick(wb);

    const { tabell, last, utv } = await lasIn();
    expect(tabell.placering).toMatchObject(o);
    expect(last.beskrivning).toBe(t.beskrivning);
    const rubrik = (k: number | undefined) => (k === undefined ? undefined : last.mappning.kolumner[k].rubrik);
    const roller = Object.fromEntries(
      ROLLER.filter((r) => last.mappning.val[r] !== undefined).map((r) => [r, rubrik(last.mappning.val[r])]),
    );
    expect(roller).toEqual(t.kolumner as Record<Roll, string>);
    if (!utv) throw new Error("ej bedömd");
    const fargAv = (r: { status: string; aktivitetsstatus?: string }) =>
      r.aktivitetsstatus ? AKTIVITETSFARG[r.aktivitetsstatus as Aktivitetsstatus] : r.status;
    expect(utv.rader.map((r) => [r.rad + 1, fargAv(r)])).toEqual(t.rader.map((r) => [r.rad, r.status]));
    expect(utv.mal.map((m) => [m.namndmal, m.status])).toEqual(t.mal.map((m) => [m.namndmal, m.status]));

    const { markering, meddelanden } = await adapter.farglagg(tabell, last, STANDARDINSTALLNINGAR);
    expect(meddelanden.join(" ")).not.toMatch(/fick ingen formel/);
    const kolumn = (a: string | undefined) => (a ?? "").replace(/\d.*$/, "");
    // The sheet's live formulas show what the preview shows: the status, or an activity's own word.
    for (const r of utv.rader)
      expect([r.rad + 1, varde(wb, f.utsnitt.blad, `${kolumn(markering.status)}${r.rad + 1}`)]).toEqual([
        r.rad + 1,
        r.aktivitetsstatus ?? r.status,
      ]);
    for (const m of utv.mal)
      expect([m.namndmal, varde(wb, f.utsnitt.blad, `${kolumn(markering.mal)}${o.rad + 2 + m.rader[0]}`)]).toEqual([
        m.namndmal,
        m.status,
      ]);

    await adapter.taBort({ markeringar: "alla", sammanstallningar: false });
    expect(tillaggsrester(wb)).toEqual([]);
    expect(ogonblick(wb)).toBe(fore);
  });
});
