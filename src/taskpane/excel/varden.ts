/**
 * Lås statusar (spec §12): Målkoll's live KPI formulas become their current values, so a colleague without Målkoll
 * sees statuses instead of #NAMN?. The value is written as a string formula, `="Uppfyllt"`: it shows the same text,
 * keeps the colours (the conditional formats compare the text), and stays recognisably Målkoll's through sorts and
 * inserted rows, so Färgmarkera refreshes it and Ta bort removes it, while a status a person types (plain text) is
 * still theirs.
 */
import { kolumnbokstav, klassa, lastVarde, type Rekt, beskrivLage, STATUSORD, STATUSAR } from "../../core";
import { senaste } from "../markering";
import {
  Anvandarfel,
  korIBitar,
  lasOmraden,
  skrivKommandon,
  somAnvandarfel,
  type Kommando,
  type Lasning,
} from "./kontext";
import { forbered, postenFor } from "./farglagg";
import { adressAv, koaPostensSammanfogade, spar } from "./poster";
import type { InlastTabell, Statusvarden } from "./typer";

/** Locks the statuses of a marked table read by lasTabell. Cells showing an error stay live and are listed. */
export async function statusarSomVarden(tabell: InlastTabell): Promise<Statusvarden> {
  return Excel.run(async (context) => {
    try {
      const { blad, bladnamn, poster } = await forbered(context, tabell);
      const post = postenFor(poster.poster, bladnamn, tabell);
      const g = post && senaste(post);
      if (!post || !g || !g.spar.status)
        throw new Anvandarfel("Tabellen är inte färgmarkerad av Målkoll. Välj Färgmarkera först.");
      const ytor = koaPostensSammanfogade(blad, post, bladnamn);
      const delar: { rekt: Rekt; ord: readonly string[] }[] = [];
      for (const gen of post.generationer) {
        if (gen.blad?.toLowerCase() !== bladnamn.toLowerCase()) continue;
        if (gen.spar.status) delar.push({ rekt: gen.spar.status, ord: STATUSORD });
        if (gen.spar.mal) delar.push({ rekt: gen.spar.mal, ord: STATUSAR });
      }
      const lasningar: Lasning[] = delar.flatMap((d) => [
        { blad, rekt: d.rekt, egenskap: "formulas" as const },
        { blad, rekt: d.rekt, egenskap: "values" as const },
      ]);
      const lasta = await lasOmraden(context, lasningar);
      const sparen = spar(post, [...tabell.kontroll.sammanfogade, ...ytor()]);
      const kommandon: Kommando[] = [];
      const ejLasta: string[] = [];
      const gjorda = new Set<string>();
      let nyaVarden = 0;
      let varden = 0;
      let levande = 0;
      let forHand = 0;
      delar.forEach((d, i) => {
        const formler = lasta[2 * i];
        const v = lasta[2 * i + 1];
        let korning: { rad: number; innehall: string[] } | undefined;
        const avsluta = () => {
          if (korning) kommandon.push(...skrivKommandon(blad, korning.rad, d.rekt.kolumn, korning.innehall));
          korning = undefined;
        };
        for (let j = 0; j < d.rekt.rader; j++) {
          const rad = d.rekt.rad + j;
          const nyckel = `${rad},${d.rekt.kolumn}`;
          if (gjorda.has(nyckel)) continue;
          gjorda.add(nyckel);
          const klass = klassa(formler[j][0], rad, d.rekt.kolumn, sparen);
          const varde = v[j][0];
          if (klass === "formel" && typeof varde === "string" && d.ord.includes(varde)) {
            if (korning && korning.rad + korning.innehall.length === rad) korning.innehall.push(lastVarde(varde));
            else {
              avsluta();
              korning = { rad, innehall: [lastVarde(varde)] };
            }
            nyaVarden++;
            continue;
          }
          avsluta();
          if (klass === "formel") {
            levande++;
            ejLasta.push(`${kolumnbokstav(d.rekt.kolumn)}${rad + 1}`);
          } else if (klass === "varde") varden++;
          else if (klass === "anvandare" && j > 0) forHand++;
        }
        avsluta();
      });
      await korIBitar(context, kommandon);
      const lage = { levande, lasta: varden + nyaVarden, forHand };
      const status = g.spar.status;
      const meddelanden = [beskrivLage(lage, adressAv({ ...status, rad: status.rad + 1, rader: status.rader - 1 }))];
      if (ejLasta.length > 0)
        meddelanden.push(
          `${ejLasta.length === 1 ? "1 status" : `${ejLasta.length} statusar`} (${ejLasta.slice(0, 5).join(", ")}${
            ejLasta.length > 5 ? " …" : ""
          }) visar ett fel och låstes inte. Vänta tills KPI-funktionerna har räknat klart och välj Lås statusar igen.`,
        );
      return {
        markering: {
          id: post.id,
          blad: bladnamn,
          tabell: g.spar.tabell ? adressAv(g.spar.tabell) : undefined,
          status: adressAv(status),
          mal: g.spar.mal ? adressAv(g.spar.mal) : undefined,
          lage,
        },
        lasta: nyaVarden,
        ejLasta,
        meddelanden,
      };
    } catch (e) {
      throw somAnvandarfel(e, "låsa statusarna");
    }
  });
}
