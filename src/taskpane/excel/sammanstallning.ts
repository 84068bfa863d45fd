/**
 * Skapa sammanställning: a new sheet with the goal table and a native chart of the counts, ready for the report.
 * The sheet is recorded (markering.ts, `_Malkoll_S<id>_…`) with a fingerprint of the values written, so that Ta bort
 * can offer to delete it and does so only while it still holds exactly that.
 */
import { omradesAdress, statusregler, STATUSAR, rakna, sammanfattadeMal, type Utvardering } from "../../core";
import { fingeravtryck, nastaId, sammanstallningsinfo, sammanstallningsnamn } from "../markering";
import { koaPoster } from "./poster";
import { somAnvandarfel } from "./kontext";

/** The word a summary row shows: an activity's own status word (KPI.AKTIVITETSSTATUS), else the status. */
const ordFor = (m: { status: string; aktivitetsstatus?: string }): string => m.aktivitetsstatus ?? m.status;

function ledigtNamn(finns: readonly string[]): string {
  const bas = "Måluppfyllelse";
  const upptagna = new Set(finns.map((f) => f.toLowerCase()));
  if (!upptagna.has(bas.toLowerCase())) return bas;
  for (let i = 2; ; i++) if (!upptagna.has(`${bas} ${i}`.toLowerCase())) return `${bas} ${i}`;
}

/** Creates the summary sheet and returns its name. Three syncs. */
export async function skapaSammanstallning(utv: Utvardering): Promise<string> {
  return Excel.run(async (context) => {
    try {
      const blad = context.workbook.worksheets;
      blad.load("items/name");
      const poster = koaPoster(context);
      await context.sync();
      const namn = ledigtNamn(blad.items.map((b) => b.name));
      const ark = blad.add(namn);
      const mal = sammanfattadeMal(utv);
      const tabell = [
        ["Målområde", "Nämndmål", "Status", "Motivering"],
        // An activity without a goal shows its own word, as its status cell in the table does (spec §9).
        ...mal.map((m) => [m.malomrade ?? "", m.namndmal, ordFor(m), m.motivering]),
      ];
      ark.getRange(omradesAdress(0, 0, tabell.length, 4)).values = tabell;
      const antal = rakna(mal.map((m) => m.status));
      const start = tabell.length + 1;
      const rakning = [["Status", "Antal"], ...STATUSAR.map((s) => [s, antal[s]])];
      const rakningsomrade = ark.getRange(omradesAdress(start, 0, rakning.length, 2));
      rakningsomrade.values = rakning;
      for (const v of statusregler(omradesAdress(1, 2, tabell.length - 1, 1), "C2")) {
        const cf = ark.getRange(v.omrade).conditionalFormats.add(Excel.ConditionalFormatType.custom);
        cf.custom.rule.formula = v.formel;
        cf.custom.format.fill.color = v.fyllning;
        cf.custom.format.font.color = v.text;
      }
      const diagram = ark.charts.add(Excel.ChartType.columnClustered, rakningsomrade, Excel.ChartSeriesBy.columns);
      diagram.title.text = "Nämndens måluppfyllelse";
      diagram.legend.visible = false;
      ark.activate();
      // The values as Excel holds them (a goal named "2020" is a number there), for the fingerprint.
      const omrade = { rad: 0, kolumn: 0, rader: start + rakning.length, kolumner: 4 };
      const skrivet = ark.getRange(omradesAdress(omrade.rad, omrade.kolumn, omrade.rader, omrade.kolumner));
      skrivet.load("values");
      await context.sync();
      const id = nastaId(poster().upptagnaSammanstallningsId);
      const bladnamn = context.workbook.names.add(sammanstallningsnamn(id, "Blad"), skrivet);
      bladnamn.visible = false;
      const info = context.workbook.names.add(
        sammanstallningsnamn(id, "Info"),
        `="${sammanstallningsinfo(fingeravtryck(skrivet.values))}"`,
      );
      info.visible = false;
      await context.sync();
      return namn;
    } catch (e) {
      throw somAnvandarfel(e, "skapa sammanställningen");
    }
  });
}
