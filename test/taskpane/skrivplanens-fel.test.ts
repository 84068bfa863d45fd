/**
 * Two bugs of the write plan that survived every test before issue 19 (docs/kvalitet.md): a status typed over the
 * goal formula (Målstatus) overwritten by Färgmarkera, and a changed symbol in the status format. Driven the way the
 * pane drives the adapter, over the fake Excel.
 */
import { STATUSAR } from "../../src/core/bedomning/status";
import { skapaPlan, STANDARDINSTALLNINGAR } from "../../src/core/skrivning/plan";
import { anvandare, farglagg, formel, indikatortabell, installera, lasIn, taBort, varde } from "./hjalp";

describe("the write plan", () => {
  it("keeps a status a person typed over a goal formula when colouring again, and leaves it on Ta bort (§8, §13.1)", async () => {
    const { wb } = installera({ Blad1: indikatortabell() }, { blad: "Blad1", adress: "A1" });
    await farglagg();
    // I10 is the goal formula of "Goda arbetsplatser"; the controller overrides the proposal, as reports do.
    expect(formel(wb, "Blad1", "I10")).toMatch(/^=KPI\.SAMMANVAGD\.OM\(/);
    for (const typad of ["Uppfyllt", "Ej uppfyllt"]) {
      anvandare.skriv(wb, "Blad1", "I10", typad);
      const { resultat } = await farglagg();
      expect(formel(wb, "Blad1", "I10")).toBe(typad);
      expect(resultat.lamnade.map((l) => [l.adress, l.typ])).toEqual([["I10", "skriven"]]);
    }
    await taBort();
    expect(formel(wb, "Blad1", "I10")).toBe("Ej uppfyllt");
    expect(varde(wb, "Blad1", "H10")).toBe("");
  });

  it("shows each status with its own symbol (✔ ◐ ✖ ○), so that colour is never the only signal (§10)", async () => {
    installera({ Blad1: indikatortabell() }, { blad: "Blad1", adress: "A1" });
    const { last } = await lasIn();
    const plan = skapaPlan(last, STANDARDINSTALLNINGAR, 7);
    const symbol = { Uppfyllt: "✔", "Delvis uppfyllt": "◐", "Ej uppfyllt": "✖", "Kan ej bedömas": "○" };
    expect(plan.villkor.map((v) => [v.status, v.talformat])).toEqual(
      STATUSAR.map((s) => [s, `General;-General;General;"${symbol[s]} "@`]),
    );
    // Without symbols, no number format at all: the user's own format stays.
    const utan = skapaPlan(last, { ...STANDARDINSTALLNINGAR, symboler: false }, 7);
    expect(utan.villkor.map((v) => v.talformat)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
