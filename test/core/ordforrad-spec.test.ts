/**
 * Every word the spec names, written here as the spec writes it (not read from src/core/ordforrad.ts), is read as
 * the spec says. The mutation run leaves out the vocabulary's own lists (static mutants, docs/kvalitet.md); this is
 * what catches a word dropped or misspelt in them, since a test that walks the lists walks the typo too.
 */
import { lasTal } from "../../src/core/tal/tal";
import { tolkaMalvarde } from "../../src/core/malvarde/tolka";
import { lasRadtyp } from "../../src/core/nyckeltal/budget";
import { lasStatus } from "../../src/core/bedomning/status";
import { normaliseraAktivitet } from "../../src/core/bedomning/aktivitet";
import { riktningFranNamn } from "../../src/core/bedomning/riktning";
import { lasKon } from "../../src/core/nyckeltal/sjukfranvaro";

/** The target a målvärde sets, in short: `<= 7`, `band 1`, `trend upp`… */
function mal(text: string): string {
  const m = tolkaMalvarde(text).malvarde;
  switch (m.typ) {
    case "grans":
      return `${m.op ?? "nivå"} ${m.x.varde}`;
    case "band":
      return `band ${m.x.varde}`;
    case "trend":
      return `trend ${m.upp ? "upp" : "ned"}${m.inklusive ? " inklusive" : ""}`;
    default:
      return m.typ;
  }
}

describe("§1 missing markers", () => {
  it.each(["I.U", "IU", "X", "LK", "-", "–", "..", ".", "saknas"])("%s is no value", (markor) => {
    expect(lasTal(markor)).toEqual({ typ: "saknas", markor });
  });
});

describe("§2 unit words", () => {
  it.each([
    ["st", "st"],
    ["st.", "st"],
    ["timmar", "timmar"],
    ["dagar", "dagar"],
    ["kr", "kr"],
    ["tkr", "tkr"],
    ["mnkr", "mnkr"],
    ["mkr", "mnkr"],
    ["msek", "mnkr"],
    ["mdkr", "mdkr"],
    ["mdr", "mdkr"],
  ])("5 %s is 5 %s", (ord, enhet) => {
    expect(lasTal(`5 ${ord}`)).toEqual({ typ: "tal", varde: 5, procent: false, enhet });
  });

  it.each([
    ["%", 0.05],
    ["procent", 0.05],
    ["pct", 0.05],
  ])("5 %s is a hundredth", (ord, varde) => {
    expect(lasTal(`5 ${ord}`)).toEqual({ typ: "tal", varde, procent: true });
  });

  it.each(["‰", "promille"])("5 %s is a thousandth", (ord) => {
    expect(lasTal(`5 ${ord}`)).toMatchObject({ typ: "tal", varde: 0.005, procent: true, promille: true });
  });
});

describe("§5 typ words", () => {
  it.each([
    ...[
      "kostnad",
      "kostnader",
      "nettokostnad",
      "nettokostnader",
      "verksamhetens nettokostnad",
      "investering",
      "investeringar",
    ].map((o) => [o, "kostnad"]),
    ["intäkt", "intakt"],
    ["intäkter", "intakt"],
    ...["resultat", "nettoresultat", "årets resultat", "överskott"].map((o) => [o, "resultat"]),
    ["bokföring", "bokforing"],
    ["bokföringstecken", "bokforing"],
    ...["negativ kostnad", "kostnad negativ", "nettokostnad negativ"].map((o) => [o, "resultat"]),
  ])("%s → %s", (ord, typ) => {
    expect(lasRadtyp(ord)).toBe(typ);
    expect(lasRadtyp(ord.toUpperCase())).toBe(typ);
  });
});

describe("§6 the målvärde table's words", () => {
  const INTE = ["inte", "ej", "bör ej", "bör inte", "får inte", "ska inte"];
  it.each([
    ...["≤ 7", "max 7", "högst 7", "maximalt 7", "uppgå till högst 7"].map((t) => [t, "<= 7"]),
    ...INTE.flatMap((inte) => [`${inte} över 7`, `${inte} överstiga 7`, `${inte} överskrida 7`]).map((t) => [
      t,
      "<= 7",
    ]),
    ...["< 7", "under 7", "lägre än 7", "mindre än 7", "understiga 7"].map((t) => [t, "< 7"]),
    ...["≥ 7", "minst 7", "lägst 7", "minst uppgå till 7", "uppgå till minst 7"].map((t) => [t, ">= 7"]),
    ...INTE.flatMap((inte) => [`${inte} under 7`, `${inte} understiga 7`]).map((t) => [t, ">= 7"]),
    ...["> 7", "över 7", "mer än 7", "högre än 7", "överstiga 7"].map((t) => [t, "> 7"]),
    ...["cirka 7", "ca 7", "ungefär 7", "uppnå 7", "nå 7"].map((t) => [t, "nivå 7"]),
    ...["±7", "+/-7", "max 7 budgetavvikelse", "högst 7 avvikelse"].map((t) => [t, "band 7"]),
    ...["max 7 negativ budgetavvikelse", "högst 7 underskott"].map((t) => [t, ">= -7"]),
    ...["+/-0", "±0", "budget i balans", "ekonomi i balans", "i balans", "balans"].map((t) => [t, "balans"]),
    ...["positivt", "positivt resultat", "ska vara positivt", "överskott"].map((t) => [t, "positivt"]),
    ...["ökar", "öka", "ska öka", "ökning", "förbättras", "högre än föregående år"].map((t) => [t, "trend upp"]),
    ...["minskar", "minska", "ska minska", "minskning", "lägre än föregående år"].map((t) => [t, "trend ned"]),
    ...["bibehålla", "oförändrad", "samma nivå"].map((t) => [t, "bibehalla"]),
  ])("%s → %s", (text, vantat) => {
    expect(mal(text)).toBe(vantat);
    expect(mal(text.charAt(0).toUpperCase() + text.slice(1))).toBe(vantat);
  });

  it.each([
    "sjukfrånvaro",
    "sjuktal",
    "personalomsättning",
    "chefsomsättning",
    "övertid",
    "kostnad",
    "väntetid",
    "handläggningstid",
    "administrationstid",
    "vakans",
    "klagomål",
    "arbetslöshet",
    "ohälsotal",
    "brott",
    "otrygghet",
    "utsläpp",
    "koldioxid",
    "matsvinn",
    "skador",
    "fallskador",
    "avvikelser",
    "ranking",
    "placering",
  ])("an indicator named with %s is lower-is-better", (ord) => {
    expect(riktningFranNamn(`Andel ${ord} i verksamheten`)).toBe("lagre");
  });
});

describe("§8 statuses as people type them", () => {
  it.each([
    ...["Uppfyllt", "uppfylld", "uppfyllda", "uppnått", "uppnådd", "nått", "Ja"].map((t) => [t, "Uppfyllt"]),
    ...["Delvis uppfyllt", "Delvis uppfylld", "Delvis uppnått", "Delvis"].map((t) => [t, "Delvis uppfyllt"]),
    ...["Ej", "Inte", "Ej helt", "Inte helt"].flatMap((f) =>
      ["uppfyllt", "uppfylld", "uppfyllda", "uppnått"].map((o) => [`${f} ${o}`, "Ej uppfyllt"]),
    ),
    ["har inte uppnåtts", "Ej uppfyllt"],
    ["Nej", "Ej uppfyllt"],
    ...[
      "Kan ej bedömas",
      "Ej bedömt",
      "Ej bedömd",
      "Ej tillämpligt",
      "Ej mätt",
      "Oklart",
      "Saknas",
      "Går ej att bedöma",
    ].map((t) => [t, "Kan ej bedömas"]),
  ])("%s → %s", (text, status) => {
    expect(lasStatus(text)).toBe(status);
    expect(lasStatus(`Målet är ${text.toLowerCase()}`)).toBe(status);
  });
});

describe("§9 activity statuses", () => {
  it.each([
    ...["Genomförd", "Klart"].map((t) => [t, "Genomförd"]),
    ...["Pågår", "Pågående", "Påbörjat", "Startad", "Enligt plan"].map((t) => [t, "Pågår"]),
    ["Delvis genomfört", "Delvis genomförd"],
    ["Planerad", "Planerad"],
    ...["Ej påbörjad", "Ej startad"].map((t) => [t, "Ej påbörjad"]),
    ...["Pausad", "Pausat"].map((t) => [t, "Pausad"]),
    ["Försenad", "Försenad"],
    ["Inställd", "Inställd"],
    ["Ej genomförd", "Ej genomförd"],
    ...["Utgår", "Avförd", "Utgått", "Ej relevant", "Ej aktuell"].map((t) => [t, "Utgår"]),
  ])("%s → %s", (text, status) => {
    expect(normaliseraAktivitet(text)).toBe(status);
  });
});

describe("§3 kön", () => {
  it.each<[string, number]>([
    ...["K", "Kvinna", "Kvinnor", "F"].map((t): [string, number] => [t, 0]),
    ...["M", "Man", "Män"].map((t): [string, number] => [t, 1]),
  ])("%s → %s", (text, kon) => {
    expect(lasKon(text)).toBe(kon);
    expect(lasKon(text.toLowerCase())).toBe(kon);
    expect(lasKon(text.toUpperCase())).toBe(kon);
  });
});
