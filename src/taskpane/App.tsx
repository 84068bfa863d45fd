import { useEffect, useMemo, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Riktning } from "../core/bedomning/riktning";
import {
  hittaKolumner,
  rakna,
  sammanfattadeMal,
  utvardera,
  type Kolumnval as Val,
  type Roll,
} from "../core/tabell/tabell";
import {
  Anvandarfel,
  type Borttagningsval,
  type ExcelTjanst,
  type InlastTabell,
  type Markeringsoversikt,
} from "./excel/tjanst";
import { STANDARDINSTALLNINGAR, type Installningar as Inst } from "../core/skrivning/plan";
import { Forhandsvisning } from "./components/Forhandsvisning";
import { Installningar } from "./components/Installningar";
import { Kolumnval } from "./components/Kolumnval";
import { Sammanfattning } from "./components/Sammanfattning";
import { TaBortVal } from "./components/TaBortVal";

const useStyles = makeStyles({
  rot: { display: "grid", gap: "12px", padding: "12px", minWidth: "280px", maxWidth: "720px", boxSizing: "border-box" },
  huvud: { display: "flex", alignItems: "center", gap: "8px" },
  sektion: { display: "grid", gap: "8px" },
  knappar: { display: "flex", flexWrap: "wrap", gap: "8px" },
  stilla: { color: tokens.colorNeutralForeground3 },
});

interface Meddelande {
  typ: "success" | "warning" | "error" | "info";
  titel: string;
  text: string;
}

type Arbete = "lasIn" | "farglagg" | "taBort" | "sammanstallning" | "las" | undefined;

/** A failure as plain Swedish, with what to do next. */
function felmeddelande(e: unknown): Meddelande {
  if (e instanceof Anvandarfel) return { typ: "warning", titel: "Kontrollera markeringen", text: e.message };
  const detalj = e instanceof Error ? e.message : String(e);
  return {
    typ: "error",
    titel: "Excel kunde inte slutföra åtgärden",
    text: `Avsluta eventuell redigering i en cell (Enter eller Esc) och försök igen. Tekniskt fel: ${detalj}`,
  };
}

export function App({ excel }: { excel: ExcelTjanst }) {
  const styles = useStyles();
  const saknade = useMemo(() => excel.saknadeFunktioner(), [excel]);
  const [sparat] = useState(() => excel.lasInstallningar(STANDARDINSTALLNINGAR));
  const [installningar, setInstallningar] = useState<Inst>(sparat.installningar);
  const [borttagning, setBorttagning] = useState<Markeringsoversikt>();
  const [tabell, setTabell] = useState<InlastTabell>();
  const [val, setVal] = useState<Val>({});
  const [riktningar, setRiktningar] = useState<ReadonlyMap<number, Riktning>>(new Map());
  const [arbete, setArbete] = useState<Arbete>();
  const [meddelande, setMeddelande] = useState<Meddelande>();

  const utv = useMemo(
    () => (tabell ? utvardera(tabell.data, val, riktningar, installningar.delvisAndel) : undefined),
    [tabell, val, riktningar, installningar.delvisAndel],
  );
  const kanBedoma = val.status !== undefined || (val.utfall !== undefined && val.malvarde !== undefined);

  useEffect(() => {
    if (saknade.length > 0)
      setMeddelande({ typ: "warning", titel: "Excel saknar funktioner", text: saknade.join(" ") });
    else if (sparat.varning)
      setMeddelande({ typ: "warning", titel: "Inställningarna i arbetsboken", text: sparat.varning });
  }, [saknade, sparat]);

  async function kor(namn: Arbete, uppgift: () => Promise<Meddelande | undefined>) {
    setArbete(namn);
    setMeddelande(undefined);
    try {
      setMeddelande(await uppgift());
    } catch (e) {
      setMeddelande(felmeddelande(e));
    } finally {
      setArbete(undefined);
    }
  }

  const lasIn = () =>
    kor("lasIn", async () => {
      const t = await excel.lasTabell();
      setTabell(t);
      setVal(hittaKolumner(t.rubriker));
      setRiktningar(new Map());
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
      if (!tabell || !utv) return undefined;
      const resultat = await excel.farglagg(tabell, val, utv, installningar);
      setTabell({ ...tabell, markering: resultat.markering });
      return {
        typ: resultat.lamnade.length > 0 ? "warning" : "success",
        titel: "Målen är färgmarkerade",
        text: [
          ...resultat.meddelanden,
          "Den som öppnar filen utan Målkoll ser #NAMN? i levande formler: välj Lås statusar innan du skickar filen vidare.",
        ].join(" "),
      };
    });

  const taBortMed = (valt: Borttagningsval) =>
    kor("taBort", async () => {
      setBorttagning(undefined);
      const resultat = await excel.taBort(valt);
      const kvar = resultat.lamnade.length > 0 || resultat.bladKvar.length > 0;
      if (tabell && (valt.markeringar === "alla" || valt.markeringar.includes(tabell.markering?.id ?? -1)))
        setTabell({ ...tabell, markering: undefined });
      return {
        typ: kvar ? "warning" : "success",
        titel: "Färgmarkeringen är borttagen",
        text: resultat.meddelanden.join(" "),
      };
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
        if (tabell) setTabell({ ...tabell, markering: undefined });
        const kvar = resultat.lamnade.length > 0;
        return {
          typ: kvar ? "warning" : "success",
          titel: "Färgmarkeringen är borttagen",
          text: resultat.meddelanden.join(" "),
        };
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
      if (!tabell?.markering) return undefined;
      const resultat = await excel.statusarSomVarden(tabell);
      setTabell({ ...tabell, markering: resultat.markering });
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
    excel.sparaInstallningar(nya).catch((e) => setMeddelande(felmeddelande(e)));
  };

  const andraKolumn = (roll: Roll, kolumn: number | undefined) => setVal({ ...val, [roll]: kolumn });
  const andraRiktning = (index: number, riktning: Riktning) => setRiktningar(new Map(riktningar).set(index, riktning));
  const upptagen = arbete !== undefined;
  const saknarFormat = saknade.length > 0;

  return (
    <main className={styles.rot} aria-busy={upptagen}>
      <header className={styles.huvud}>
        <img src="assets/icon-32.png" alt="" width={24} height={24} />
        <div>
          <Title3 as="h1">Målkoll</Title3>
          <Caption1 className={styles.stilla}> Måluppföljning av nämndmål</Caption1>
        </div>
      </header>

      <div aria-live="polite">
        {meddelande && (
          <MessageBar intent={meddelande.typ} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{meddelande.titel}</MessageBarTitle>
              {meddelande.text}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>

      <section className={styles.sektion} aria-labelledby="steg-las">
        <Subtitle2 as="h2" id="steg-las">
          1. Läs in måltabellen
        </Subtitle2>
        <Body1>Markera tabellen, eller en cell i den, och välj Läs in.</Body1>
        <div className={styles.knappar}>
          <Button appearance="primary" onClick={lasIn} disabled={upptagen}>
            Läs in
          </Button>
          {arbete && <Spinner size="tiny" label="Arbetar…" />}
        </div>
        {tabell && (
          <Caption1>
            Tabell: {tabell.adress} ({tabell.data.length} rader)
          </Caption1>
        )}
      </section>

      {tabell && (
        <Accordion collapsible defaultOpenItems={kanBedoma ? [] : ["kolumner"]}>
          <AccordionItem value="kolumner">
            <AccordionHeader as="h2">Kolumner</AccordionHeader>
            <AccordionPanel>
              <Kolumnval rubriker={tabell.rubriker} val={val} onAndra={andraKolumn} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}

      {tabell && !kanBedoma && (
        <MessageBar intent="warning">
          <MessageBarBody>
            Välj vilka kolumner som är utfall och målvärde (eller status för aktiviteter).
          </MessageBarBody>
        </MessageBar>
      )}

      {utv && kanBedoma && (
        <section className={styles.sektion} aria-labelledby="steg-granska">
          <Subtitle2 as="h2" id="steg-granska">
            2. Granska bedömningen
          </Subtitle2>
          <Sammanfattning
            rubrik={utv.mal.length > 0 ? "Nämndens måluppfyllelse" : "Indikatorernas status"}
            antal={rakna(sammanfattadeMal(utv).map((m) => m.status))}
          />
          <Forhandsvisning utv={utv} onRiktning={andraRiktning} />
        </section>
      )}

      <section className={styles.sektion} aria-labelledby="steg-markera">
        <Subtitle2 as="h2" id="steg-markera">
          3. Markera i arket
        </Subtitle2>
        <div className={styles.knappar}>
          <Button appearance="primary" onClick={farglagg} disabled={upptagen || !utv || !kanBedoma || saknarFormat}>
            Färgmarkera
          </Button>
          <Button onClick={taBort} disabled={upptagen || saknarFormat}>
            Ta bort färgmarkering
          </Button>
          <Button onClick={sammanstallning} disabled={upptagen || !utv || !kanBedoma}>
            Skapa sammanställning
          </Button>
          <Button onClick={las} disabled={upptagen || !tabell?.markering}>
            Lås statusar
          </Button>
        </div>
        {borttagning && (
          <TaBortVal
            oversikt={borttagning}
            aktuell={tabell?.markering?.id}
            onValj={taBortMed}
            onAvbryt={() => setBorttagning(undefined)}
          />
        )}
      </section>

      <Accordion collapsible>
        <AccordionItem value="installningar">
          <AccordionHeader as="h2">Inställningar</AccordionHeader>
          <AccordionPanel>
            <Installningar installningar={installningar} onAndra={andraInstallningar} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </main>
  );
}
