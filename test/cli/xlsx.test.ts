/** The .xlsx reader: every cell as Excel holds it, from packages written part by part as Excel writes them. */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Filfel, kannIgen, lasArbetsbok } from "../../src/cli/xlsx";
import { rad, skrivRaXlsx, tal, text } from "./raxlsx";
import { stada, tempMapp } from "./hjalp";

// These tests read and write whole workbooks: on a loaded 2-core machine that takes far longer than jest's 5 s.
jest.setTimeout(60_000);

let mapp: string;
beforeAll(() => (mapp = tempMapp()));
afterAll(() => stada(mapp));

describe("lasArbetsbok", () => {
  it("gives numbers, cached formula results, errors, booleans, dates as serials and rich text as Excel holds them", async () => {
    const fil = path.join(mapp, "celler.xlsx");
    await skrivRaXlsx(fil, {
      // cellXfs: 0 General, 1 builtin 0.00% (id 10), 2 custom (164), 3 builtin date (id 14, "mm-dd-yy" in ECMA-376 §18.8.30)
      talformat: { 164: '0.0 "mnkr"' },
      cellformat: [0, 10, 164, 14],
      delade: ["Total sjukfrånvaro"],
      blad: [
        {
          namn: "Mål 2020",
          rader:
            rad(1, `<c r="A1" t="s"><v>0</v></c>`, tal("B1", 0.105, 1), tal("C1", -39, 2), tal("D1", 44197, 3)) +
            rad(
              2,
              `<c r="A2"><f>B1*2</f><v>0.21</v></c>`,
              `<c r="B2" t="e"><f>NA()</f><v>#N/A</v></c>`,
              `<c r="C2" t="str"><f>IF(B1&gt;0.07,"Ej uppfyllt","Uppfyllt")</f><v>Ej uppfyllt</v></c>`,
              `<c r="D2" t="b"><v>1</v></c>`,
            ) +
            rad(
              3,
              `<c r="A3" t="e"><v>#DIV/0!</v></c>`,
              `<c r="B3" t="inlineStr"><is><r><t xml:space="preserve">Nöjda </t></r><r><rPr><b/></rPr><t>brukare</t></r></is></c>`,
              `<c r="C3" s="3"><f>DATE(2020,12,31)</f><v>44196</v></c>`,
              `<c r="D3"><f>A2*3</f></c>`,
            ),
        },
      ],
    });
    const bok = await lasArbetsbok(fil);
    expect(bok.ark).toHaveLength(1);
    const ark = bok.ark[0];
    expect(ark).toMatchObject({ blad: "Mål 2020", rad: 0, kolumn: 0 });
    expect(ark.varden).toEqual([
      ["Total sjukfrånvaro", 0.105, -39, 44197],
      [0.21, "#N/A", "Ej uppfyllt", true],
      // A formula saved without its result (as some generators do) is empty, never a guess.
      ["#DIV/0!", "Nöjda brukare", 44196, null],
    ]);
    expect(ark.format[0]).toEqual(["General", "0.00%", '0.0 "mnkr"', "mm-dd-yy"]);
    expect(ark.format[2][2]).toBe("mm-dd-yy");
  });

  it("keeps a date serial in the 1904 date system as the serial the file holds", async () => {
    const fil = path.join(mapp, "1904.xlsx");
    await skrivRaXlsx(fil, {
      ar1904: true,
      cellformat: [0, 14],
      blad: [{ namn: "Blad1", rader: rad(1, tal("A1", 42735, 1), tal("B1", 42735.5, 1)) }],
    });
    expect((await lasArbetsbok(fil)).ark[0].varden).toEqual([[42735, 42735.5]]);
  });

  it("puts a merged area's value in its top-left cell only, lists the areas, Excel tables and hyperlink texts", async () => {
    const fil = path.join(mapp, "sammanfogat.xlsx");
    await skrivRaXlsx(fil, {
      blad: [
        {
          namn: "Styrkort",
          rader:
            rad(2, text("B2", "Perspektiv"), text("C2", "Indikator"), text("D2", "Utfall"), text("E2", "Målvärde")) +
            rad(3, text("B3", "Medarbetare"), text("C3", "Sjukfrånvaro"), tal("D3", 6.1), text("E3", "≤ 6 %")) +
            rad(4, `<c r="B4"/>`, text("C4", "Personalomsättning"), tal("D4", 9), text("E4", "Högst 8 %")) +
            rad(5, text("B5", "Ekonomi"), text("C5", "Se rapporten")),
          sammanfogade: ["B3:B4", "C5:E5"],
          tabell: { namn: "Styrkort", ref: "B2:E4", kolumner: ["Perspektiv", "Indikator", "Utfall", "Målvärde"] },
          hyperlankar: [{ ref: "C5", url: "https://kommun.example/rapport" }],
        },
      ],
    });
    const ark = (await lasArbetsbok(fil)).ark[0];
    expect(ark).toMatchObject({ rad: 1, kolumn: 1 });
    expect(ark.varden).toEqual([
      ["Perspektiv", "Indikator", "Utfall", "Målvärde"],
      ["Medarbetare", "Sjukfrånvaro", 6.1, "≤ 6 %"],
      [null, "Personalomsättning", 9, "Högst 8 %"],
      ["Ekonomi", "Se rapporten", null, null],
    ]);
    expect(ark.sammanfogade).toEqual(
      expect.arrayContaining([
        { rad: 2, kolumn: 1, rader: 2, kolumner: 1 },
        { rad: 4, kolumn: 2, rader: 1, kolumner: 3 },
      ]),
    );
    expect(ark.sammanfogade).toHaveLength(2);
    expect(ark.tabeller).toEqual([{ namn: "Styrkort", omrade: { rad: 1, kolumn: 1, rader: 3, kolumner: 4 } }]);
  });

  it("reads visible sheets only, and formatted empty cells below a table do not widen it", async () => {
    const fil = path.join(mapp, "dolt.xlsx");
    await skrivRaXlsx(fil, {
      cellformat: [0, 10],
      blad: [
        {
          namn: "Mål",
          rader:
            rad(1, text("A1", "Indikator"), text("B1", "Utfall")) +
            rad(2, text("A2", "Andel"), `<c r="B2" s="1"/>`) +
            rad(500, `<c r="A500" s="1"/>`, `<c r="B500" s="1"/>`),
        },
        { namn: "Listor", dolt: true, rader: rad(1, text("A1", "Uppfyllt")) },
      ],
    });
    const bok = await lasArbetsbok(fil);
    expect(bok.ark.map((a) => a.blad)).toEqual(["Mål"]);
    expect(bok.doldaBlad).toEqual(["Listor"]);
    expect(bok.ark[0].varden).toEqual([
      ["Indikator", "Utfall"],
      ["Andel", null],
    ]);
    expect(bok.ark[0].format[1][1]).toBe("0.00%");
  });

  it("says in Swedish what is wrong with a file it cannot open", async () => {
    const fall: [string, Buffer | string, RegExp][] = [
      ["tom.xlsx", "", /Filen är tom/],
      ["text.xlsx", "Indikator;Utfall;Målvärde\nSjukfrånvaro;6,1;7 %\n", /ingen Excel-arbetsbok/],
      ["sida.xlsx", "<!DOCTYPE html><html><body>Inloggning</body></html>", /webbsida/],
    ];
    for (const [namn, innehall, meddelande] of fall) {
      const fil = path.join(mapp, namn);
      writeFileSync(fil, innehall);
      await expect(lasArbetsbok(fil)).rejects.toThrow(meddelande);
      await expect(lasArbetsbok(fil)).rejects.toBeInstanceOf(Filfel);
    }
    await expect(lasArbetsbok(path.join(mapp, "finns-inte.xlsx"))).rejects.toThrow("Filen finns inte.");
  });

  it("calls a truncated package corrupt", async () => {
    const hel = path.join(mapp, "hel.xlsx");
    await skrivRaXlsx(hel, { blad: [{ namn: "A", rader: rad(1, text("A1", "Indikator")) }] });
    const trasig = path.join(mapp, "trasig.xlsx");
    const innehall = readFileSync(hel);
    writeFileSync(trasig, innehall.subarray(0, Math.floor(innehall.length / 2)));
    await expect(lasArbetsbok(trasig)).rejects.toThrow(
      "Filen är skadad och kan inte läsas som en Excel-arbetsbok (.xlsx).",
    );
  });
});

describe("kannIgen", () => {
  const cfb = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  it("tells an encrypted package from an old .xls by the EncryptedPackage stream (MS-OFFCRYPTO)", () => {
    const krypterad = Buffer.concat([cfb, Buffer.alloc(500), Buffer.from("EncryptedPackage", "utf16le")]);
    expect(kannIgen(krypterad)).toMatch(/lösenordsskyddad/);
    expect(kannIgen(Buffer.concat([cfb, Buffer.from("Workbook", "utf16le")]))).toMatch(/äldre Excel-fil \(\.xls\)/);
  });
  it("lets a ZIP package through and names an empty ZIP", () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
    expect(kannIgen(zip)).toBeUndefined();
    // An .xlsx renamed .xls or .csv is still a workbook: its content decides.
    expect(kannIgen(zip, "Budget.xls")).toBeUndefined();
    expect(kannIgen(zip, "Budget.csv")).toBeUndefined();
    expect(kannIgen(Buffer.from([0x50, 0x4b, 0x05, 0x06]))).toMatch(/tomt zip-arkiv/);
  });
  it("says one sentence per format, whatever the file is called", () => {
    const xls = Buffer.concat([cfb, Buffer.from("Workbook", "utf16le")]);
    const sagt = "Filen är en äldre Excel-fil (.xls). Öppna den och spara den som Excel-arbetsbok (.xlsx).";
    expect(kannIgen(xls, "Budget.xls")).toBe(sagt);
    expect(kannIgen(xls, "Budget.xlsx")).toBe(sagt);
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
    expect(kannIgen(zip, "Budget.ods")).toBe(
      "Filen är ett OpenDocument-kalkylark (.ods). Öppna den och spara den som Excel-arbetsbok (.xlsx).",
    );
    const text = Buffer.from("Indikator;Utfall\n");
    expect(kannIgen(text, "export.csv")).toBe(
      "Filen är en textfil (.csv). Öppna den och spara den som Excel-arbetsbok (.xlsx).",
    );
    expect(kannIgen(text, "export.xlsx")).toBe(
      "Filen är ingen Excel-arbetsbok (.xlsx): den är skadad eller av ett annat format.",
    );
    expect(kannIgen(Buffer.from("<html><table>"), "Rapport.xls")).toBe(
      "Filen är en webbsida eller XML-fil. Öppna den och spara den som Excel-arbetsbok (.xlsx).",
    );
  });
});
