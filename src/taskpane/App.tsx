import { useDeferredValue, useEffect, useMemo, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  type Riktning,
  bedomIgen,
  rakna,
  sammanfattadeMal,
  type Kolumnval as Val,
  type Roll,
  STANDARDINSTALLNINGAR,
  type Installningar as Inst,
} from "../core";
import {
  type Borttagning,
  type Borttagningsval,
  type ExcelTjanst,
  type InlastTabell,
  type Markeringsoversikt,
} from "./excel/tjanst";
import { Atgarder, type Atgard, type Meddelande } from "./components/Atgarder";
import { Forhandsvisning, OPPNA_UPP_TILL } from "./components/Forhandsvisning";
import { Installningar } from "./components/Installningar";
import { Kolumnval } from "./components/Kolumnval";
import { antal as antalText, felmeddelande, tabelltext, valjRoll, type Atgardsnamn } from "./visning";
import { Sammanfattning } from "./components/Sammanfattning";
import { TaBortVal } from "./components/TaBortVal";
import { Valkommen } from "./components/Valkommen";

const useStyles = makeStyles({
  rot: {
    display: "grid",
    gap: "12px",
    padding: "0 12px 12px",
    maxWidth: "720px",
    boxSizing: "border-box",
    // Grid items default to min-width auto: one long word would widen the whole pane past 320 px.
    "& > *": { minWidth: 0 },
  },
  huvud: { display: "flex", alignItems: "center", gap: "8px", paddingTop: "12px" },
  sektion: { display: "grid", gap: "8px", minWidth: 0 },
  stilla: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  // A problem names columns by their headers, which can be long words without a place to break.
  bryt: { overflowWrap: "anywhere", minWidth: 0 },
});

/** The User Timing mark set when a read table has arrived in the pane; `npm run bench` measures from it. */
export const TABELL_INLAST = "malkoll:tabell-inlast";

type Arbete = Exclude<Atgardsnamn, "installningar">;

/** What the action bar says while an action runs. */
const ARBETAR: Readonly<Record<Arbete, string>> = {
  lasIn: "Läser tabellen i Excel…",
  farglagg: "Färgmarkerar…",
  taBort: "Tar bort färgmarkeringen…",
  sammanstallning: "Skapar sammanställningen…",
  las: "Låser statusarna…",
};

/**
 * What Ta bort says it did: what it removed and what it left (the adapter's sentences), titled by the outcome, also
 * when it found nothing of Målkoll's to remove.
 */
function borttagningsmeddelande(r: Borttagning): Meddelande {
  const inget =
    r.markeringar === 0 &&
    r.celler === 0 &&
    r.villkor === 0 &&
    r.namn === 0 &&
    r.delar === 0 &&
    r.bladBorttagna.length === 0;
  const kvar = r.lamnade.length > 0 || r.bladKvar.length > 0;
  return {
    typ: kvar ? "warning" : inget ? "info" : "success",
    titel: inget
      ? "Inget togs bort"
      : kvar
        ? "Färgmarkeringen är borttagen, utom det du har ändrat"
        : "Färgmarkeringen är borttagen",
    text: r.meddelanden.join(" ") || (inget ? "Arbetsboken hade inget kvar från Målkoll att ta bort." : ""),
  };
}

/** Lets the browser paint (a progress text set just before) before the next long synchronous step. */
const lamnaTillWebblasaren = () => new Promise<void>((klar) => requestAnimationFrame(() => setTimeout(klar, 0)));

/**
 * The task pane: the action bar, then the first-run text or the read table (column mapping, summary, rows per
 * nämndmål), then the settings. Every Excel call goes through `excel` (src/taskpane/excel/tjanst.ts); each action runs
 * through `kor`, which shows its progress and its result message in the action bar.
 */
export function App({ excel }: { excel: ExcelTjanst }) {
  const styles = useStyles();
  const saknade = useMemo(() => excel.saknadeFunktioner(), [excel]);
  const [sparat] = useState(() => excel.lasInstallningar(STANDARDINSTALLNINGAR));
  const [installningar, setInstallningar] = useState<Inst>(sparat.installningar);
  const [borttagning, setBorttagning] = useState<Markeringsoversikt>();
  // What Läs in read, and the delvis band it was judged with.
  const [inlast, setInlast] = useState<{ tabell: InlastTabell; band: number }>();
  // Counts reads, so that the preview starts afresh (goals closed or open by size) for every table read.
  const [lasning, setLasning] = useState(0);
  // The user's column mapping; undefined while the rules' stands.
  const [kolumnval, setKolumnval] = useState<Val>();
  const [riktningar, setRiktningar] = useState<ReadonlyMap<number, Riktning>>(new Map());
  const [arbete, setArbete] = useState<{ namn: Arbete; text: string }>();
  const [meddelande, setMeddelande] = useState<Meddelande>();

  // The table as the pane judges it now: as read, or judged again with the user's mapping, riktningar and band.
  // Judging 5 000 rows takes 60–90 ms in Chromium; the preview renders only what is open, so the summary is on
  // screen within 300 ms of the table arriving (npm run bench measures it).
  const tabell = useMemo(() => {
    if (!inlast) return undefined;
    const somLast = kolumnval === undefined && riktningar.size === 0 && installningar.delvisAndel === inlast.band;
    return somLast
      ? inlast.tabell.tabell
      : bedomIgen(inlast.tabell.tabell, { kolumnval, riktningar, delvisAndel: installningar.delvisAndel });
  }, [inlast, kolumnval, riktningar, installningar.delvisAndel]);
  const utv = tabell?.utvardering;
  const kanBedoma = utv !== undefined;
  const antal = useMemo(() => utv && rakna(sammanfattadeMal(utv).map((m) => m.status)), [utv]);
  // A large table: the summary is painted first and the rows follow in a render of their own (React's deferred
  // value), shown only once they belong to the judgement on screen.
  const uppskjuten = useDeferredValue(utv);
  const radvisning = utv !== undefined && utv.rader.length > OPPNA_UPP_TILL ? uppskjuten : utv;

  useEffect(() => {
    if (saknade.length > 0)
      setMeddelande({ typ: "warning", titel: "Excel saknar funktioner", text: saknade.join(" ") });
    else if (sparat.varning)
      setMeddelande({ typ: "warning", titel: "Inställningarna i arbetsboken", text: sparat.varning });
  }, [saknade, sparat]);

  /** Runs one action: progress while it runs, then its result (or its failure) where the user is looking. */
  async function kor(namn: Arbete, uppgift: () => Promise<Meddelande | undefined>) {
    setArbete({ namn, text: ARBETAR[namn] });
    setMeddelande(undefined);
    try {
      setMeddelande(await uppgift());
    } catch (e) {
      setMeddelande(felmeddelande(e, namn));
    } finally {
      setArbete(undefined);
    }
  }

  const lasIn = () =>
    kor("lasIn", async () => {
      const band = installningar.delvisAndel;
      const t = await excel.lasTabell({ delvisAndel: band }, async (rader) => {
        performance.mark(TABELL_INLAST);
        // Judging a large table blocks the page for a moment: say so first, and let the browser show it.
        if (rader > 1000) {
          setArbete({ namn: "lasIn", text: `Bedömer ${antalText(rader, "rad", "rader")}…` });
          await lamnaTillWebblasaren();
        }
      });
      setInlast({ tabell: t, band });
      setLasning((n) => n + 1);
      setKolumnval(undefined);
      // The riktningar chosen at the last Färgmarkera, as Målkoll's formulas in the sheet hold them.
      setRiktningar(t.riktningar);
      if (t.markering)
        return {
          typ: "info",
          titel: "Tabellen är redan färgmarkerad",
          text: [...t.meddelanden, "Färgmarkera igen för att uppdatera; statusar som skrivits för hand behålls."].join(
            " ",
          ),
        };
      return t.meddelanden.length > 0
        ? { typ: "info", titel: "Tabellen är inläst", text: t.meddelanden.join(" ") }
        : undefined;
    });

  const farglagg = () =>
    kor("farglagg", async () => {
      if (!inlast || !tabell) return undefined;
      const resultat = await excel.farglagg(inlast.tabell, tabell, installningar);
      setInlast({ ...inlast, tabell: { ...inlast.tabell, markering: resultat.markering } });
      return {
        typ: resultat.lamnade.length > 0 ? "warning" : "success",
        titel: "Målen är färgmarkerade",
        text: [
          ...resultat.meddelanden,
          "Den som öppnar filen utan Målkoll ser #NAMN? i levande formler: välj Lås statusar innan du skickar filen vidare.",
        ].join(" "),
      };
    });

  const utanMarkering = (ids: "alla" | readonly number[]) => {
    if (inlast && (ids === "alla" || ids.includes(inlast.tabell.markering?.id ?? -1)))
      setInlast({ ...inlast, tabell: { ...inlast.tabell, markering: undefined } });
  };

  const taBortMed = (valt: Borttagningsval) =>
    kor("taBort", async () => {
      setBorttagning(undefined);
      const resultat = await excel.taBort(valt);
      utanMarkering(valt.markeringar);
      return borttagningsmeddelande(resultat);
    });

  // Ta bort asks only when there is a choice: several tables, or summary sheets.
  const taBort = () =>
    kor("taBort", async () => {
      const oversikt = await excel.markeringar();
      const ingenting =
        oversikt.markeringar.length === 0 && oversikt.sammanstallningar.length === 0 && oversikt.aldreDelar === 0;
      if (ingenting)
        return { typ: "info", titel: "Inget att ta bort", text: "Arbetsboken har ingen färgmarkering från Målkoll." };
      if (oversikt.markeringar.length <= 1 && oversikt.sammanstallningar.length === 0) {
        const resultat = await excel.taBort({ markeringar: "alla", sammanstallningar: false });
        utanMarkering("alla");
        return borttagningsmeddelande(resultat);
      }
      setBorttagning(oversikt);
      return undefined;
    });

  const sammanstallning = () =>
    kor("sammanstallning", async () => {
      if (!utv) return undefined;
      const namn = await excel.skapaSammanstallning(utv);
      return {
        typ: "success",
        titel: "Sammanställningen är klar",
        text: `Bladet ${namn} har måltabellen och ett diagram, klara att klistra in i rapporten.`,
      };
    });

  const las = () =>
    kor("las", async () => {
      if (!inlast?.tabell.markering) return undefined;
      const resultat = await excel.statusarSomVarden(inlast.tabell);
      setInlast({ ...inlast, tabell: { ...inlast.tabell, markering: resultat.markering } });
      return {
        typ: resultat.ejLasta.length > 0 ? "warning" : "success",
        titel: "Statusarna är låsta",
        text: [
          "KPI-formlerna är ersatta med sina värden. Färgerna finns kvar och syns för alla.",
          ...resultat.meddelanden,
        ].join(" "),
      };
    });

  const andraInstallningar = (nya: Inst) => {
    setInstallningar(nya);
    excel.sparaInstallningar(nya).catch((e) => setMeddelande(felmeddelande(e, "installningar")));
  };

  // A role goes to one column only, and a column holds one role.
  const andraKolumn = (kolumn: number, roll: Roll | undefined) => {
    if (tabell) setKolumnval(valjRoll(tabell.mappning.val, kolumn, roll));
  };
  const andraRiktning = (index: number, riktning: Riktning) => setRiktningar(new Map(riktningar).set(index, riktning));
  const saknarFormat = saknade.length > 0;
  const problem = tabell?.mappning.problem ?? [];
  const blockerande = problem.filter((p) => p.blockerar);
  const ovriga = problem.filter((p) => !p.blockerar);

  // In the order of the work: Läs in, then Färgmarkera one Tab press away, then the rest.
  const atgarder: Atgard[] = [
    { namn: "Läs in", primar: true, tillganglig: true, onClick: lasIn },
    { namn: "Färgmarkera", primar: true, tillganglig: kanBedoma && !saknarFormat, onClick: farglagg },
    { namn: "Skapa sammanställning", kort: "Sammanställning", tillganglig: kanBedoma, onClick: sammanstallning },
    { namn: "Lås statusar", tillganglig: inlast?.tabell.markering !== undefined, onClick: las },
    { namn: "Ta bort färgmarkering", kort: "Ta bort", tillganglig: !saknarFormat, onClick: taBort },
  ];

  return (
    <div className={styles.rot}>
      <header className={styles.huvud}>
        <img src="assets/icon-32.png" alt="" width={24} height={24} />
        <div>
          <Title3 as="h1">Målkoll</Title3>
          <Caption1 className={styles.stilla}> Måluppföljning av nämndmål</Caption1>
        </div>
      </header>

      <main className={styles.sektion}>
        <Atgarder
          atgarder={atgarder}
          tabell={tabell && tabelltext(tabell)}
          arbete={arbete?.text}
          meddelande={meddelande}
          onStang={() => setMeddelande(undefined)}
        >
          {borttagning && (
            <TaBortVal
              oversikt={borttagning}
              aktuell={inlast?.tabell.markering?.id}
              onValj={taBortMed}
              onAvbryt={() => setBorttagning(undefined)}
            />
          )}
        </Atgarder>

        {/* Busy is said of the content, not of the bar: a live region inside a busy subtree may stay silent. */}
        <div className={styles.sektion} aria-busy={arbete !== undefined}>
          {!tabell && <Valkommen />}

          {tabell && !kanBedoma && (
            <MessageBar intent="warning" layout="multiline" className={styles.bryt}>
              <MessageBarBody>
                <MessageBarTitle>Välj kolumner under Kolumner innan tabellen kan bedömas</MessageBarTitle>
                {blockerande.map((p) => p.text).join(" ") ||
                  "Välj vilka kolumner som är utfall och målvärde (eller status för aktiviteter)."}
              </MessageBarBody>
            </MessageBar>
          )}

          {tabell && inlast && (
            <Accordion key={lasning} collapsible defaultOpenItems={kanBedoma ? [] : ["kolumner"]}>
              <AccordionItem value="kolumner">
                <AccordionHeader as="h2">Kolumner</AccordionHeader>
                <AccordionPanel className={styles.sektion}>
                  {ovriga.map((p) => (
                    <Caption1 key={`${p.roll}-${p.slag}`} className={styles.stilla}>
                      {p.text}
                    </Caption1>
                  ))}
                  <Kolumnval
                    mappning={tabell.mappning}
                    franReglerna={inlast.tabell.tabell.mappning}
                    onAndra={andraKolumn}
                  />
                </AccordionPanel>
              </AccordionItem>
            </Accordion>
          )}

          {utv && antal && (
            <section className={styles.sektion} aria-labelledby="granska">
              <Subtitle2 as="h2" id="granska">
                Bedömning
              </Subtitle2>
              <Sammanfattning
                rubrik={
                  utv.mal.length > 0
                    ? "Nämndens måluppfyllelse"
                    : utv.typ === "aktiviteter"
                      ? "Aktiviteternas status"
                      : "Indikatorernas status"
                }
                antal={antal}
              />
              {radvisning === utv && <Forhandsvisning key={lasning} utv={utv} onRiktning={andraRiktning} />}
            </section>
          )}
        </div>

        <Accordion collapsible>
          <AccordionItem value="installningar">
            <AccordionHeader as="h2">Inställningar</AccordionHeader>
            <AccordionPanel>
              <Installningar installningar={installningar} onAndra={andraInstallningar} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </main>
    </div>
  );
}
