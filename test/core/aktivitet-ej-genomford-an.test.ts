/**
 * Activities that are not done yet (spec §9): a completion or start word in the present, the future or the
 * infinitive (`Genomförs under hösten`, `Påbörjas 2025`), or after `ska`, `kommer att`, `planeras`, `förväntas`,
 * `blir`, is Planerad; `klar att starta` is Planerad too. A completion qualified as partial (`Nästan klar`,
 * `Klar till 80 %`) is Delvis genomförd. What §9 lists keeps its status.
 */
import { normaliseraAktivitet } from "../../src/core/bedomning/aktivitet";
import { kalla, kolumnref } from "../helpers/excel";

describe("activities not yet done are never Genomförd", () => {
  it.each([
    ["Genomförs under hösten", "Planerad"],
    ["Ska genomföras 2025", "Planerad"],
    ["Kommer att genomföras under 2025", "Planerad"],
    ["Klar att starta", "Planerad"],
    ["Ska vara klar i juni", "Planerad"],
    ["Planeras vara klart under våren", "Planerad"],
    ["Förväntas bli klar till sommaren", "Planerad"],
    ["Slutförs i december", "Planerad"],
    ["Avslutas under 2025", "Planerad"],
    ["Påbörjas 2025", "Planerad"],
    ["Ska påbörjas efter sommaren", "Planerad"],
    ["Nästan klar", "Delvis genomförd"],
    ["Klar till 80 %", "Delvis genomförd"],
    ["Genomförd till 60 procent", "Delvis genomförd"],
    ["Genomförs löpande", "Pågår"],
    ["Startar i januari", "Planerad"],
  ])("%p is %p", (text, status) => {
    expect(normaliseraAktivitet(text)).toBe(status);
    expect(kalla("AKTIVITETSSTATUS", text)).toBe(status);
  });

  it.each([
    ["Genomförd", "Genomförd"],
    ["Genomfört enligt plan, ska följas upp", "Genomförd"],
    ["Klar till 100 %", "Genomförd"],
    ["Har genomförts", "Genomförd"],
    ["Klart", "Genomförd"],
    ["Förväntas inte bli klar", "Ej genomförd"],
    ["Ska inte genomföras", "Ej genomförd"],
    ["Ej påbörjad", "Ej påbörjad"],
    ["Delvis genomfört", "Delvis genomförd"],
    ["Pågår", "Pågår"],
    ["Påbörjad", "Pågår"],
    ["Pausat pga. Corona. Pågår.", "Pausad"],
  ])("%p stays %p", (text, status) => {
    expect(normaliseraAktivitet(text)).toBe(status);
  });

  it("weighs a goal with an activity done in the autumn as not yet met", () => {
    expect(kalla("SAMMANVAGD", kolumnref("Uppfyllt", "Genomförs under hösten"))).toBe("Delvis uppfyllt");
    expect(
      kalla("SAMMANVAGD.OM", kolumnref("Uppfyllt", "Ska genomföras 2025"), kolumnref("Mål A", null), "Mål A"),
    ).toBe("Delvis uppfyllt");
  });
});
