/**
 * @jest-environment jsdom
 *
 * The pane's words and numbers as the user meets them: failures in Swedish titled by their cause, counts in the
 * right number, the delvis band with the decimals it is judged with, Swedish names on the band's buttons, and a
 * message by the field (kept text) for a band that cannot be used.
 */
import "./dom";
import { screen, within } from "@testing-library/react";
import { Anvandarfel } from "../../src/taskpane/excel/tjanst";
import { Forhandsvisning } from "../../src/taskpane/components/Forhandsvisning";
import { Installningar } from "../../src/taskpane/components/Installningar";
import type { Tabellrad, Utvardering } from "../../src/core/tabell/tabell";
import { STANDARDINSTALLNINGAR } from "../../src/core/skrivning/plan";
import { tjanst, visa, visaRutan } from "./rutan";

const lasInKnapp = () => screen.getByRole("button", { name: "Läs in" });

describe("a failed Läs in", () => {
  it("an Office.js error: Swedish, without its code or English message", async () => {
    const fel = Object.assign(new Error("The argument is invalid or missing or has an incorrect format."), {
      code: "InvalidArgument",
    });
    const { anvandare } = visaRutan(tjanst({ lasTabell: async () => Promise.reject(fel) }));
    await anvandare.click(lasInKnapp());
    const larm = await screen.findByRole("alert");
    await within(larm).findByText("Excel godtog inte ändringen");
    expect(larm.textContent).not.toMatch(/InvalidArgument|Tekniskt fel|argument is invalid/);
  });

  it("the adapter's sentence: titled by its cause, not 'Kontrollera markeringen'", async () => {
    const text = "Den markerade cellen är tom. Markera en cell i måltabellen.";
    const { anvandare } = visaRutan(tjanst({ lasTabell: async () => Promise.reject(new Anvandarfel(text)) }));
    await anvandare.click(lasInKnapp());
    const status = screen.getByRole("status");
    await within(status).findByText("Ingen tabell vid markeringen");
    expect(status.textContent).toContain(text);
    expect(screen.queryByText("Kontrollera markeringen")).toBeNull();
  });
});

/** A judged indicator row, as the core gives it. */
const rad = (index: number): Tabellrad => ({
  index,
  rad: index + 1,
  namn: `Indikator ${index + 1}`,
  brytrad: false,
  riktning: "lagre",
  status: "Uppfyllt",
  motivering: "Utfallet 6,0 % är lägre än målvärdet 7,0 %.",
  varden: {},
  omvandling: {},
  kallor: {},
});
const utvardering = (n: number): Utvardering => ({
  typ: "indikatorer",
  rader: Array.from({ length: n }, (_, i) => rad(i)),
  mal: [],
  avsnitt: [],
  hoppade: [],
});

describe("counts in the right number", () => {
  it("one row left to show is '1 rad'", async () => {
    visa(<Forhandsvisning utv={utvardering(51)} onRiktning={() => undefined} />);
    expect(screen.getByRole("button", { name: "Visa 1 rad till (av 1 kvar)" })).toBeTruthy();
  });
});

describe("the delvis band", () => {
  const falt = () => screen.getByRole("spinbutton", { name: /Delvis uppfyllt inom/ }) as HTMLInputElement;

  it("shows the decimals it is judged with", () => {
    visa(
      <Installningar installningar={{ ...STANDARDINSTALLNINGAR, delvisAndel: 0.123456 }} onAndra={() => undefined} />,
    );
    expect(falt().value).toBe("12,3456 %");
  });

  it("has Swedish names on its buttons", () => {
    visa(<Installningar installningar={STANDARDINSTALLNINGAR} onAndra={() => undefined} />);
    expect(screen.getByRole("button", { name: "Öka andelen med 1 procentenhet" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Minska andelen med 1 procentenhet" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Increment|Decrement/ })).toBeNull();
  });

  it.each([
    ["abc", /”abc” är inget tal/],
    ["150", /mellan 0 och 100 %/],
  ])("typed %p: a message by the field, the text kept, the setting unchanged", async (text, fel) => {
    const onAndra = jest.fn();
    const { anvandare } = visa(<Installningar installningar={STANDARDINSTALLNINGAR} onAndra={onAndra} />);
    await anvandare.clear(falt());
    await anvandare.type(falt(), `${text}{Enter}`);
    expect(falt().value).toBe(text);
    expect(falt().getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText(fel)).toBeTruthy();
    expect(onAndra).not.toHaveBeenCalled();
    // Corrected: saved, and the message goes.
    await anvandare.clear(falt());
    await anvandare.type(falt(), "12,5{Enter}");
    expect(onAndra).toHaveBeenCalledWith({ ...STANDARDINSTALLNINGAR, delvisAndel: 0.125 });
    expect(screen.queryByText(fel)).toBeNull();
  });
});
