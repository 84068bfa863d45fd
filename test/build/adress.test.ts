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
    ["https://intranat.kommun.example/malkoll", "https://intranat.kommun.example/malkoll/"],
    ["https://intranat.kommun.example/malkoll/", "https://intranat.kommun.example/malkoll/"],
    ["  https://Intranat.Kommun.example  ", "https://intranat.kommun.example/"],
    ["https://kommun.example:8443/a/b", "https://kommun.example:8443/a/b/"],
  ])("%s is the base %s", (text, adress) => {
    expect(normaliseraAdress(text)).toBe(adress);
  });

  it.each([
    ["http://kommun.example/malkoll/", /bara tillägg över https/],
    ["kommun.example/malkoll", /ingen fullständig adress/],
    ["https://kommun.example/malkoll/?v=2", /frågedel/],
    ["https://kommun.example/malkoll/#a", /fragment/],
    ["https://user:pw@kommun.example/", /lösenord/],
    ["https://kommun.example/a&b/", /får inte innehålla &/],
  ])("refuses %s, saying why and giving an example", (text, varfor) => {
    expect(() => normaliseraAdress(text)).toThrow(varfor);
    expect(() => normaliseraAdress(text)).toThrow(/MALKOLL_URL=https:\/\/intranat\.kommun\.example\/malkoll\//);
  });

  it("without a value, points at the placeholder and says so", () => {
    for (const tom of [undefined, "", "  "]) {
      const { adress, varning } = produktionsadress(tom);
      expect(adress).toBe(PLATSHALLARE);
      expect(varning).toMatch(/MALKOLL_URL är inte satt.*platshållaren https:\/\/malkoll\.example\/addin\//);
    }
    expect(produktionsadress("https://kommun.example/m").varning).toBeUndefined();
  });

  it("rewrites every address of the manifest to the base, and AppDomain to its origin", () => {
    const manifest = fs.readFileSync(path.join(ROT, "manifest.xml"), "utf8");
    const prod = tillProduktion(manifest, "https://kommun.example/malkoll/");
    expect(prod).not.toContain("localhost");
    expect(prod).toContain('<SourceLocation DefaultValue="https://kommun.example/malkoll/taskpane.html"/>');
    expect(prod).toContain("<AppDomain>https://kommun.example</AppDomain>");
    const adresser = [...prod.matchAll(/DefaultValue="(https:[^"]*)"/g)].map((m) => m[1]);
    expect(adresser.length).toBeGreaterThan(8);
    for (const a of adresser) expect(a.startsWith("https://kommun.example/malkoll/")).toBe(true);
  });

  it("rewrites the functions' help links", () => {
    const json = JSON.stringify({ functions: [{ id: "TAL", helpUrl: "https://localhost:3000/hjalp.html#kpi-tal" }] });
    expect(JSON.parse(tillProduktion(json, "https://kommun.example/m/")).functions[0].helpUrl).toBe(
      "https://kommun.example/m/hjalp.html#kpi-tal",
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
    process.env.MALKOLL_URL = "https://kommun.example/malkoll";
    expect(await plugins()).not.toContain("Platshallarvarning");
    expect(await plugins()).toContain("Hjalplankar");
  });

  it("stops a build with a bad MALKOLL_URL before anything is written", async () => {
    process.env.MALKOLL_URL = "http://kommun.example/malkoll";
    await expect(webpackConfig({}, { mode: "production" })).rejects.toThrow(/https/);
  });
});
