/** What the XML schema cannot check: resids resolve, one runtime everywhere, https, icons exist. */
import * as fs from "fs";
import * as path from "path";

const ROT = path.resolve(__dirname, "../..");
const manifest = fs.readFileSync(path.join(ROT, "manifest.xml"), "utf8");

const attribut = (element: string, namn: string): string[] =>
  [...manifest.matchAll(new RegExp(`<${element}\\b[^>]*\\b${namn}="([^"]*)"`, "g"))].map((m) => m[1]);

describe("manifest.xml", () => {
  const definierade = new Set([...manifest.matchAll(/<bt:(?:Url|String|Image) id="([^"]+)"/g)].map((m) => m[1]));

  it("defines every resid it uses", () => {
    const anvanda = [...manifest.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(anvanda.length).toBeGreaterThan(10);
    for (const id of anvanda) expect(definierade).toContain(id);
  });

  it("uses one long-lived runtime for the task pane, the function file and the custom functions page", () => {
    const runtimes = attribut("Runtime", "resid");
    expect(runtimes).toHaveLength(1);
    expect(attribut("Runtime", "lifetime")).toEqual(["long"]);
    const page = /<Page>\s*<SourceLocation resid="([^"]+)"/.exec(manifest)?.[1];
    const functionFile = attribut("FunctionFile", "resid")[0];
    const taskpane = /<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="([^"]+)"/.exec(manifest)?.[1];
    expect([page, functionFile, taskpane]).toEqual([runtimes[0], runtimes[0], runtimes[0]]);
  });

  it("declares the requirement sets the code uses", () => {
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(manifest).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1.2"\/>/);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.7"\/>/);
  });

  it("is Swedish, read-write, with the KPI namespace and a Home tab button", () => {
    expect(manifest).toContain("<DefaultLocale>sv-SE</DefaultLocale>");
    expect(manifest).toContain('<DisplayName DefaultValue="Målkoll"/>');
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="KPI"\/>/);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">\s*<Group id="[^"]+">\s*<Label resid="Group.Label"\/>/);
  });

  it("uses https for every address", () => {
    const adresser = [...manifest.matchAll(/DefaultValue="(\w+:\/\/[^"]*)"/g)].map((m) => m[1]);
    expect(adresser.length).toBeGreaterThan(5);
    for (const url of adresser) expect(url).toMatch(/^https:\/\//);
    for (const m of manifest.matchAll(/<AppDomain>([^<]+)</g)) expect(m[1]).toMatch(/^https:\/\//);
  });

  it("links support and Learn more to the help page, which has the privacy statement", () => {
    expect(manifest).toContain('<SupportUrl DefaultValue="https://localhost:3000/hjalp.html"/>');
    expect(manifest).toMatch(
      /<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https:\/\/localhost:3000\/hjalp.html"\/>/,
    );
    const hjalp = fs.readFileSync(path.join(ROT, "src/taskpane/hjalp.html"), "utf8");
    expect(hjalp).toContain('<h2 id="integritet">');
  });

  it("points at icons that exist in assets/", () => {
    const ikoner = [...manifest.matchAll(/https:\/\/localhost:3000\/(assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(ikoner.length).toBeGreaterThanOrEqual(4);
    for (const ikon of ikoner) expect(fs.existsSync(path.join(ROT, ikon))).toBe(true);
    for (const storlek of [16, 32, 64, 80])
      expect(fs.existsSync(path.join(ROT, `assets/icon-${storlek}.png`))).toBe(true);
  });
});
