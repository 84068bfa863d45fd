/**
 * The production address (MALKOLL_URL): normalised or refused with a clear Swedish message, and applied to the
 * manifest and the functions' help links; a production build without it says that it points at a placeholder.
 */
import * as fs from "fs";
import * as path from "path";

const ROT = path.resolve(__dirname, "../..");
const { normaliseraAdress, produktionsadress, tillProduktion, PLATSHALLARE } = require("../../scripts/adress.cjs");
const webpackConfig = require("../../webpack.config.js");

describe("MALKOLL_URL", () => {
  it.each([
    ["https://intranat.kommun.se/malkoll", "https://intranat.kommun.se/malkoll/"],
    ["https://intranat.kommun.se/malkoll/", "https://intranat.kommun.se/malkoll/"],
    ["  https://Intranat.Kommun.se  ", "https://intranat.kommun.se/"],
    ["https://kommun.se:8443/a/b", "https://kommun.se:8443/a/b/"],
  ])("%s is the base %s", (text, adress) => {
    expect(normaliseraAdress(text)).toBe(adress);
  });

  it.each([
    ["http://kommun.se/malkoll/", /bara tillägg över https/],
    ["kommun.se/malkoll", /ingen fullständig adress/],
    ["https://kommun.se/malkoll/?v=2", /frågedel/],
    ["https://kommun.se/malkoll/#a", /fragment/],
    ["https://user:pw@kommun.se/", /lösenord/],
    ["https://kommun.se/a&b/", /får inte innehålla &/],
  ])("refuses %s, saying why and giving an example", (text, varfor) => {
    expect(() => normaliseraAdress(text)).toThrow(varfor);
    expect(() => normaliseraAdress(text)).toThrow(/MALKOLL_URL=https:\/\/intranat\.kommun\.se\/malkoll\//);
  });

  it("without a value, points at the placeholder and says so", () => {
    for (const tom of [undefined, "", "  "]) {
      const { adress, varning } = produktionsadress(tom);
      expect(adress).toBe(PLATSHALLARE);
      expect(varning).toMatch(/MALKOLL_URL är inte satt.*platshållaren https:\/\/malkoll\.se\/addin\//);
    }
    expect(produktionsadress("https://kommun.se/m").varning).toBeUndefined();
  });

  it("rewrites every address of the manifest to the base, and AppDomain to its origin", () => {
    const manifest = fs.readFileSync(path.join(ROT, "manifest.xml"), "utf8");
    const prod = tillProduktion(manifest, "https://kommun.se/malkoll/");
    expect(prod).not.toContain("localhost");
    expect(prod).toContain('<SourceLocation DefaultValue="https://kommun.se/malkoll/taskpane.html"/>');
    expect(prod).toContain("<AppDomain>https://kommun.se</AppDomain>");
    const adresser = [...prod.matchAll(/DefaultValue="(https:[^"]*)"/g)].map((m) => m[1]);
    expect(adresser.length).toBeGreaterThan(8);
    for (const a of adresser) expect(a.startsWith("https://kommun.se/malkoll/")).toBe(true);
  });

  it("rewrites the functions' help links", () => {
    const json = JSON.stringify({ functions: [{ id: "TAL", helpUrl: "https://localhost:3000/hjalp.html#kpi-tal" }] });
    expect(JSON.parse(tillProduktion(json, "https://kommun.se/m/")).functions[0].helpUrl).toBe(
      "https://kommun.se/m/hjalp.html#kpi-tal",
    );
  });
});

describe("webpack.config.js", () => {
  const tidigare = process.env.MALKOLL_URL;
  afterEach(() => {
    if (tidigare === undefined) delete process.env.MALKOLL_URL;
    else process.env.MALKOLL_URL = tidigare;
  });
  const plugins = async () =>
    ((await webpackConfig({}, { mode: "production" })).plugins as object[]).map((p) => p.constructor.name);

  it("warns in a production build without MALKOLL_URL, and only then", async () => {
    delete process.env.MALKOLL_URL;
    const utan = await webpackConfig({}, { mode: "production" });
    const varning = utan.plugins.find((p: any) => p.constructor.name === "Platshallarvarning");
    expect(varning?.text).toMatch(/platshållaren/);
    expect(await plugins()).toContain("Hjalplankar");
    process.env.MALKOLL_URL = "https://kommun.se/malkoll";
    expect(await plugins()).not.toContain("Platshallarvarning");
    expect(await plugins()).toContain("Hjalplankar");
  });

  it("stops a build with a bad MALKOLL_URL before anything is written", async () => {
    process.env.MALKOLL_URL = "http://kommun.se/malkoll";
    await expect(webpackConfig({}, { mode: "production" })).rejects.toThrow(/https/);
  });
});
