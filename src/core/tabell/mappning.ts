/**
 * Which column of a follow-up table has which role, from its header and, where a header can mean two things, its
 * content. The mapping never goes wrong silently: every column says why it got its role (or none), a role is held
 * by at most one column, and a required role that is missing or ambiguous is a problem that stops the judgement
 * until the user sets it.
 */
import { tolkaMalvardeCell } from "../malvarde/tolka";
import { arTom, lasCell, type Cellvarde } from "../tal/cell";
import type { Cellrad } from "./celler";
import { beskrivOmvandling, omvandlingFor, OFORANDRAD, type Omvandling } from "./omvandling";
import { ROLLER, ROLLNAMN, VARDROLLER, rollFor, type Kolumnval, type Roll } from "./roller";
import { lasRubrik, type Rubrik } from "./rubrik";

/** How a column's numbers are read, for the mapping to show (omvandling.ts). */
export interface Kolumnskala {
  /** The reading of most of the column's number cells (OFORANDRAD when it has none). */
  readonly vanligast: Omvandling;
  /** Number cells read in more than one way (each row by its own cell format, as in a table of mixed units). */
  readonly blandad: boolean;
  /** "procent (cellformat)", "procentenheter (rubriken)", "tkr (cellformat)", "tal", "blandat: procent, mnkr (cellformat)". */
  readonly text: string;
}

export interface Kolumninfo {
  /** 0 = the table's first column. */
  readonly index: number;
  /** The header as written. */
  readonly rubrik: string;
  readonly roll?: Roll;
  /** Recognised and left alone (Kommentar, Analys, Åtgärd, Trend, an older year…): never judged, never a role. */
  readonly lamnas: boolean;
  /** Why the column got its role, or none, in Swedish: `rubriken "Bokslut 2020": det senaste året`. */
  readonly skal: string;
  /** The year its header names. */
  readonly ar?: number;
  readonly skala: Kolumnskala;
}

export interface Mappningsproblem {
  readonly roll: Roll;
  /** "saknas": no column has the role; "tvetydig": several could have it, and none got it. */
  readonly slag: "saknas" | "tvetydig";
  /** The candidate columns of an ambiguous role. */
  readonly kolumner: readonly number[];
  /** In Swedish, with what to do: `Två kolumner kan vara Utfall: "Delår 2024" och "Prognos helår 2024". Välj en under Kolumner.` */
  readonly text: string;
  /** A required role: the table is not judged until it is set. */
  readonly blockerar: boolean;
}

export type Tabelltyp = "indikatorer" | "aktiviteter";

/** A problem before the kind of table, and so whether it blocks, is known. */
type Utkastproblem = Omit<Mappningsproblem, "blockerar">;

/** The roles each kind of table cannot be judged without (spec §7: utfall and målvärde; §9: the status). */
const KRAVDA: Readonly<Record<Tabelltyp, readonly Roll[]>> = {
  indikatorer: ["utfall", "malvarde"],
  aktiviteter: ["status"],
};

export interface Mappning {
  readonly kolumner: readonly Kolumninfo[];
  readonly val: Kolumnval;
  /** An activity table has a status column and lacks utfall or målvärde (spec §9); any other is an indicator table. */
  readonly typ: Tabelltyp;
  readonly problem: readonly Mappningsproblem[];
  /** True when every required role is set and no problem blocks: the rows can be judged. */
  readonly kanBedomas: boolean;
}

/** At most this many cells of a column are read to judge its content. */
const PROV = 200;

/** The written cells of column `k` (blank ones left out), at most PROV of them. */
function prov(rader: readonly Cellrad[], k: number): Cellvarde[] {
  const ut: Cellvarde[] = [];
  for (const rad of rader) {
    const v = rad.varden[k];
    if (!arTom(v)) ut.push(v);
    if (ut.length >= PROV) break;
  }
  return ut;
}

/** Most of the cells read as a target by the core's målvärde reader (spec §6), whole and not found inside a sentence. */
function arMalvarden(celler: readonly Cellvarde[]): boolean {
  const mal = celler.filter((v) => {
    if (typeof v === "number") return true;
    const t = tolkaMalvardeCell(v);
    return t.malvarde.typ !== "olasbar" && t.kalla === undefined;
  }).length;
  return celler.length > 0 && mal * 2 > celler.length;
}

/** Some cell reads as a target, also inside a sentence (`120 tillsyner ska ske digitalt`). */
const harNagotMal = (celler: readonly Cellvarde[]): boolean =>
  celler.some((v) => tolkaMalvardeCell(v).malvarde.typ !== "olasbar");

/** Most of the cells are numbers or missing markers (spec §1, §2), as an utfall column's are. */
function arTalkolumn(celler: readonly Cellvarde[]): boolean {
  const tal = celler.filter((v) => typeof v === "number" || lasCell(v).typ !== "fel").length;
  return celler.length > 0 && tal * 2 > celler.length;
}

/** Most of the cells are text that is not a number: names, sentences. */
function arTextkolumn(celler: readonly Cellvarde[]): boolean {
  const text = celler.filter((v) => typeof v === "string" && lasCell(v).typ === "fel").length;
  return celler.length > 0 && text * 2 > celler.length;
}

/** How column `k` reads its numbers, for the mapping to show. */
function skalaFor(rader: readonly Cellrad[], k: number, rubrik: Rubrik): Kolumnskala {
  const antal = new Map<Omvandling, number>();
  let lasta = 0;
  for (const rad of rader) {
    if (typeof rad.varden[k] !== "number") continue;
    const o = omvandlingFor(rad.format[k], rubrik.enhet);
    antal.set(o, (antal.get(o) ?? 0) + 1);
    if (++lasta >= PROV) break;
  }
  if (antal.size === 0) {
    const o = omvandlingFor(undefined, rubrik.enhet);
    return { vanligast: o, blandad: false, text: rubrik.enhet ? beskrivOmvandling(o) : "text, läses som skriven" };
  }
  const sorterade = [...antal].sort((a, b) => b[1] - a[1]).map(([o]) => o);
  if (sorterade.length === 1) return { vanligast: sorterade[0], blandad: false, text: beskrivOmvandling(sorterade[0]) };
  const delar = sorterade.map((o) => beskrivOmvandling(o).replace(/ \(.*\)$/, ""));
  return { vanligast: sorterade[0], blandad: true, text: `blandat per cell: ${delar.join(", ")}` };
}

const citat = (k: Kolumninfoutkast): string => (k.rubrik ? `"${k.rubrik}"` : `kolumn ${k.index + 1}`);

const lista = (kolumner: readonly Kolumninfoutkast[]): string => {
  const namn = kolumner.map(citat);
  return namn.length <= 1 ? (namn[0] ?? "") : `${namn.slice(0, -1).join(", ")} och ${namn[namn.length - 1]}`;
};

interface Kolumninfoutkast {
  index: number;
  rubrik: string;
  las: Rubrik;
  roll?: Roll;
  lamnas: boolean;
  skal: string;
}

/**
 * Maps a table's columns. `rubriker` is the header row; `rader` the data rows (section heading rows may be left
 * out, they only weaken the content tests). With `manuellt` the user's choice is the mapping (checked: a column
 * holds at most one role, indices in range); without it, the rules of docs/atgardsfonstret.md:
 * - a header that names a role outright (Indikator, Nämndmål, Gränsvärde, Status…) has it;
 * - periods (Utfall, Bokslut, Resultat, Delår, T1, T2, Prognos helår, bare years): the latest year is utfall,
 *   the year immediately before is föregående; a gap in the years gives no föregående;
 * - Målvärde, Målnivå, `Mål 2024` are målvärde; with several, the one of the utfall's year, else the next year;
 *   a bare `Mål` is målvärde when most of its cells read as targets, otherwise a column of goal sentences: nämndmål;
 * - Riket, Länet, Jämförelse, Liknande kommuner are jämförelse (one column; of several, the utfall's year);
 * - Kommentar, Analys, Åtgärd, Trend, Budget and older years are left alone;
 * - an utfall no header names is the only unmapped column of numbers; an indicator, the first unmapped text column.
 */
export function mappa(rubriker: readonly Cellvarde[], rader: readonly Cellrad[], manuellt?: Kolumnval): Mappning {
  const utkast: Kolumninfoutkast[] = rubriker.map((r, index) => {
    const las = lasRubrik(r);
    return { index, rubrik: las.text, las, lamnas: false, skal: "" };
  });
  const problem: Utkastproblem[] = [];
  const val: Kolumnval = manuellt
    ? kontrolleraManuellt(manuellt, utkast, problem)
    : automatiskt(utkast, rader, problem);

  for (const k of utkast) {
    k.roll = rollFor(val, k.index);
    if (k.roll) k.lamnas = false;
  }
  const harStatus = val.status !== undefined || problem.some((p) => p.roll === "status");
  const typ: Tabelltyp =
    harStatus && (val.utfall === undefined || val.malvarde === undefined) ? "aktiviteter" : "indikatorer";
  if (typ === "aktiviteter" && val.aktivitet === undefined && !manuellt) {
    // An activity table often heads its activities Åtgärd.
    const atgard = utkast.find((k) => !k.roll && k.las.slag.typ === "lamnas" && k.las.slag.ord.startsWith("atgard"));
    if (atgard) {
      val.aktivitet = atgard.index;
      atgard.roll = "aktivitet";
      atgard.lamnas = false;
      atgard.skal = `rubriken ${citat(atgard)}: aktiviteterna i en aktivitetstabell`;
    }
  }
  krav(typ, val, utkast, problem);
  // Only a role the kind of table needs stops the judgement: two Status columns beside Utfall and Målvärde do not.
  const kravda = KRAVDA[typ];
  const alla = problem.map((p) => ({ ...p, blockerar: kravda.includes(p.roll) }));

  const kolumner: Kolumninfo[] = utkast.map((k) => ({
    index: k.index,
    rubrik: k.rubrik,
    roll: k.roll,
    lamnas: k.lamnas && !k.roll,
    skal: k.skal,
    ar: k.las.ar,
    skala:
      k.roll && (VARDROLLER as readonly Roll[]).includes(k.roll)
        ? skalaFor(rader, k.index, k.las)
        : { vanligast: OFORANDRAD, blandad: false, text: "" },
  }));
  return { kolumner, val, typ, problem: alla, kanBedomas: !alla.some((p) => p.blockerar) };
}

/** The user's mapping, checked: indices in range and one role per column (a second role on a column is dropped). */
function kontrolleraManuellt(manuellt: Kolumnval, utkast: Kolumninfoutkast[], problem: Utkastproblem[]): Kolumnval {
  const val: Kolumnval = {};
  const tagna = new Map<number, Roll>();
  for (const roll of ROLLER) {
    const k = manuellt[roll];
    if (k === undefined) continue;
    if (!Number.isInteger(k) || k < 0 || k >= utkast.length) continue;
    const forst = tagna.get(k);
    if (forst) {
      problem.push({
        roll,
        slag: "tvetydig",
        kolumner: [k],
        text: `${citat(utkast[k])} är redan vald som ${ROLLNAMN[forst]} och kan inte också vara ${ROLLNAMN[roll]}. Välj en annan kolumn för ${ROLLNAMN[roll]}.`,
      });
      continue;
    }
    tagna.set(k, roll);
    val[roll] = k;
    utkast[k].skal = "vald av dig";
  }
  for (const k of utkast) if (!tagna.has(k.index)) klassaLamnad(k);
  return val;
}

/** A column without a role: left alone when its header is a known word or an older period, with why. */
function klassaLamnad(k: Kolumninfoutkast): void {
  const s = k.las.slag;
  if (s.typ === "lamnas") {
    k.lamnas = true;
    k.skal = `rubriken ${citat(k)}: lämnas orörd`;
  } else if (s.typ === "period" || s.typ === "foregaende" || s.typ === "malvarde") {
    k.lamnas = true;
    k.skal ||= `rubriken ${citat(k)}: ${s.typ === "malvarde" ? "ett annat års målvärde" : "ett annat år eller en annan period"}, lämnas orörd`;
  } else if (!k.skal) {
    k.skal = k.rubrik ? "rubriken känns inte igen" : "ingen rubrik";
  }
}

function automatiskt(utkast: Kolumninfoutkast[], rader: readonly Cellrad[], problem: Utkastproblem[]): Kolumnval {
  const val: Kolumnval = {};
  const tilldela = (k: Kolumninfoutkast, roll: Roll, skal: string) => {
    val[roll] = k.index;
    k.roll = roll;
    k.skal = skal;
  };
  const tvetydig = (roll: Roll, kandidater: readonly Kolumninfoutkast[], varfor: string) => {
    for (const k of kandidater) k.skal = `kan vara ${ROLLNAMN[roll]} (${varfor})`;
    problem.push({
      roll,
      slag: "tvetydig",
      kolumner: kandidater.map((k) => k.index),
      text: `${kandidater.length === 2 ? "Två" : "Flera"} kolumner kan vara ${ROLLNAMN[roll]}: ${lista(kandidater)} (${varfor}). Välj en under Kolumner.`,
    });
  };
  // A column whose header names a role (two Riket columns, two Status columns) is never taken for another one.
  const fria = () => utkast.filter((k) => !k.roll && k.las.slag.typ !== "egen" && k.las.slag.typ !== "roll");

  // Roles named outright (comparison columns below, once the utfall's year is known).
  for (const roll of ROLLER) {
    if (roll === "jamforelse") continue;
    const kandidater = utkast.filter((k) => k.las.slag.typ === "roll" && k.las.slag.roll === roll);
    if (kandidater.length === 1) tilldela(kandidater[0], roll, `rubriken ${citat(kandidater[0])}`);
    else if (kandidater.length > 1) tvetydig(roll, kandidater, "samma slags rubrik");
  }
  const foregaende = utkast.filter((k) => k.las.slag.typ === "foregaende");
  if (foregaende.length === 1) tilldela(foregaende[0], "foregaende", `rubriken ${citat(foregaende[0])}`);
  else if (foregaende.length > 1) tvetydig("foregaende", foregaende, "samma slags rubrik");

  // Periods: the latest is utfall, the year immediately before föregående.
  const perioder = utkast.filter((k) => k.las.slag.typ === "period");
  const utanAr = perioder.filter((k) => k.las.ar === undefined);
  const medAr = perioder.filter((k) => k.las.ar !== undefined);
  const senasteAr = Math.max(...medAr.map((k) => k.las.ar as number));
  const utfallskandidater = utanAr.length > 0 ? utanAr : medAr.filter((k) => k.las.ar === senasteAr);
  const utfall = valjPeriod(utfallskandidater);
  if (utfall.vald) {
    const ar = utfall.vald.las.ar;
    const skal =
      ar === undefined || medAr.length === 1
        ? ""
        : utfallskandidater.length > 1
          ? `: den senaste perioden av ${ar}`
          : ": det senaste året";
    tilldela(utfall.vald, "utfall", `rubriken ${citat(utfall.vald)}${skal}`);
    if (ar !== undefined && val.foregaende === undefined) {
      const aretFore = medAr.filter((k) => k.las.ar === ar - 1);
      // The same period a year earlier, where the table has it, compares like with like (`Delår 2023` beside
      // `Delår 2024`, not `Bokslut 2023`); otherwise the latest period of that year.
      const utfallsrang = periodrang(utfall.vald);
      const sammaPeriod = aretFore.filter((k) => periodrang(k) === utfallsrang);
      const fore = valjPeriod(sammaPeriod.length > 0 ? sammaPeriod : aretFore);
      if (fore.vald) tilldela(fore.vald, "foregaende", `rubriken ${citat(fore.vald)}: året före utfallets (${ar})`);
      else if (medAr.some((k) => (k.las.ar as number) < ar - 1)) {
        utfall.vald.skal += `; ingen kolumn för ${ar - 1}, så ingen föregående`;
      }
    }
  } else if (utfall.varfor) {
    tvetydig("utfall", utfallskandidater, utfall.varfor);
  }

  // Comparison values (Riket, Länet, Liknande kommuner: spec §6 `bättre än riket`): one column; of several, the one
  // of the utfall's year. Never utfall or målvärde, also when no target in the table compares.
  const jamforelser = utkast.filter((k) => k.las.slag.typ === "roll" && k.las.slag.roll === "jamforelse");
  if (jamforelser.length === 1) {
    tilldela(jamforelser[0], "jamforelse", `rubriken ${citat(jamforelser[0])}: jämförelsevärden`);
  } else if (jamforelser.length > 1) {
    const ar = utfall.vald?.las.ar;
    const samma = ar === undefined ? [] : jamforelser.filter((k) => k.las.ar === ar);
    if (samma.length === 1) {
      tilldela(samma[0], "jamforelse", `rubriken ${citat(samma[0])}: jämförelsevärden för utfallets år`);
      for (const k of jamforelser) {
        if (k === samma[0]) continue;
        k.lamnas = true;
        k.skal = `rubriken ${citat(k)}: ett annat års jämförelse, lämnas orörd`;
      }
    } else tvetydig("jamforelse", jamforelser, "flera jämförelsekolumner");
  }

  // Målvärde: named outright, or a bare Mål whose cells read as targets.
  const malkandidater = utkast.filter((k) => k.las.slag.typ === "malvarde" && !k.las.slag.tvetydig);
  for (const k of utkast) {
    if (k.las.slag.typ !== "malvarde" || !k.las.slag.tvetydig) continue;
    const celler = prov(rader, k.index);
    // Without cells to read (headers alone), a bare Mål is taken at its word.
    if (celler.length === 0 || arMalvarden(celler)) {
      malkandidater.push(k);
      k.skal = `rubriken ${citat(k)}: cellerna läses som målvärden`;
    } else if (val.namndmal === undefined) {
      tilldela(k, "namndmal", `rubriken ${citat(k)}: cellerna är mål i meningar, inte målvärden, så nämndmål`);
    } else if (malkandidater.length === 0 && harNagotMal(celler)) {
      malkandidater.push(k);
      k.skal = `rubriken ${citat(k)}: målvärden skrivna som meningar`;
    } else {
      k.lamnas = true;
      k.skal = `rubriken ${citat(k)}: cellerna är mål i meningar och nämndmålet har redan en kolumn; lämnas orörd`;
    }
  }
  if (malkandidater.length === 1) {
    const k = malkandidater[0];
    tilldela(k, "malvarde", k.skal || `rubriken ${citat(k)}`);
  } else if (malkandidater.length > 1) {
    const ar = utfall.vald?.las.ar;
    const samma = ar === undefined ? [] : malkandidater.filter((k) => k.las.ar === ar);
    const senare =
      ar === undefined
        ? []
        : malkandidater
            .filter((k) => k.las.ar !== undefined && k.las.ar > ar)
            .sort((a, b) => (a.las.ar as number) - (b.las.ar as number));
    if (samma.length === 1) tilldela(samma[0], "malvarde", `rubriken ${citat(samma[0])}: samma år som utfallet`);
    else if (samma.length === 0 && senare.length > 0 && senare[0].las.ar !== senare[1]?.las.ar) {
      tilldela(senare[0], "malvarde", `rubriken ${citat(senare[0])}: närmaste året efter utfallets (${ar})`);
    } else tvetydig("malvarde", malkandidater, "flera målvärdeskolumner");
  }

  // Left alone: comments, older periods, other years' targets.
  for (const k of utkast) if (!k.roll && !k.lamnas) klassaLamnad(k);

  // An utfall no header names: the one unmapped column of numbers (`Andel (%)`).
  if (val.utfall === undefined && !problem.some((p) => p.roll === "utfall") && val.status === undefined) {
    const tal = fria().filter((k) => !k.lamnas && k.las.ar === undefined && arTalkolumn(prov(rader, k.index)));
    if (tal.length === 1) {
      tilldela(tal[0], "utfall", `den enda kolumnen med tal utan annan roll (${citat(tal[0])})`);
    } else if (tal.length > 1) tvetydig("utfall", tal, "kolumner med tal utan rubrik som Utfall");
  }
  // An indicator no header names: the first unmapped column of text.
  if (val.indikator === undefined && val.status === undefined && !problem.some((p) => p.roll === "indikator")) {
    const text = fria().find((k) => !k.lamnas && arTextkolumn(prov(rader, k.index)));
    if (text) tilldela(text, "indikator", `den första kolumnen med namn utan annan roll (${citat(text)})`);
  }
  return val;
}

/** How late in its year a period column's period is (T1 before T2 before the year); 0 for other columns. */
const periodrang = (k: Kolumninfoutkast): number => (k.las.slag.typ === "period" ? k.las.slag.rang : 0);

/** The period among candidates of one year: the latest period; an outcome and a prognosis of one period are ambiguous. */
function valjPeriod(kandidater: readonly Kolumninfoutkast[]): { vald?: Kolumninfoutkast; varfor?: string } {
  if (kandidater.length === 0) return {};
  const hogsta = Math.max(...kandidater.map(periodrang));
  const basta = kandidater.filter((k) => periodrang(k) === hogsta);
  if (basta.length === 1) return { vald: basta[0] };
  const prognos = basta.some((k) => k.las.slag.typ === "period" && k.las.slag.prognos);
  return { varfor: prognos ? "utfall och prognos för samma period" : "samma period" };
}

/** The required roles of each kind of table, as problems when missing. */
function krav(typ: Tabelltyp, val: Kolumnval, utkast: readonly Kolumninfoutkast[], problem: Utkastproblem[]): void {
  const saknas = (roll: Roll, text: string) => {
    if (val[roll] !== undefined || problem.some((p) => p.roll === roll)) return;
    problem.push({ roll, slag: "saknas", kolumner: [], text });
  };
  const rubriker = utkast.filter((k) => k.rubrik).length;
  if (typ === "aktiviteter") {
    saknas("aktivitet", "Ingen kolumn för Aktivitet: raderna visas utan namn.");
    return;
  }
  saknas(
    "utfall",
    `Ingen kolumn för Utfall: ingen rubrik som Utfall, Bokslut, Resultat, Delår, T1, T2, Prognos eller ett årtal${rubriker > 0 ? "" : " (tabellen har ingen rubrikrad)"}. Välj kolumnen under Kolumner.`,
  );
  saknas(
    "malvarde",
    "Ingen kolumn för Målvärde: ingen rubrik som Målvärde, Målnivå eller Mål med målvärden. Välj kolumnen under Kolumner.",
  );
  saknas(
    "indikator",
    "Ingen kolumn för Indikator: riktningen (högre eller lägre är bättre) kan inte läsas ur namnen och uppdelningar (Kvinnor, Män) känns inte igen.",
  );
}
