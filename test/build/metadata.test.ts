/** functions.json comes from JSDoc; a bad annotation must fail the build, not pass silently. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";

function bygg(fil: string): Promise<webpack.Stats> {
  const kompilator = webpack({
    mode: "development",
    devtool: false,
    entry: fil,
    output: { path: fs.mkdtempSync(path.join(os.tmpdir(), "malkoll-")) },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [{ test: /\.ts$/, use: { loader: "ts-loader", options: { transpileOnly: true } } }] },
    plugins: [new CustomFunctionsMetadataPlugin({ output: "functions.json", input: fil })],
  });
  return new Promise((resolve, reject) =>
    kompilator.run((err, stats) => (err || !stats ? reject(err) : kompilator.close(() => resolve(stats)))),
  );
}

function tillfalligFil(innehall: string): string {
  const mapp = fs.mkdtempSync(path.join(os.tmpdir(), "malkoll-"));
  const fil = path.join(mapp, "functions.ts");
  fs.writeFileSync(fil, innehall);
  fs.writeFileSync(path.join(mapp, "tsconfig.json"), JSON.stringify({ files: ["functions.ts"] }));
  return fil;
}

describe("functions.json", () => {
  jest.setTimeout(60000);

  it("fails the build on a bad @customfunction annotation", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const fil = tillfalligFil(
      `/**\n * Fel.\n * @customfunction FEL-NAMN!\n * @param x Ett tal.\n */\nexport function fel(x: Map<string, number>): number { return 1; }\n`,
    );
    const stats = await bygg(fil);
    expect(stats.hasErrors()).toBe(true);
    expect(stats.toString()).toMatch(/invalid characters/);
  });

  it("builds a good annotation into functions.json with associate calls", async () => {
    const fil = tillfalligFil(
      `/**\n * Dubblar.\n * @customfunction DUBBEL\n * @param x Ett tal.\n * @returns Dubbla talet.\n */\nexport function dubbel(x: number): number { return 2 * x; }\n`,
    );
    const stats = await bygg(fil);
    expect(stats.toJson().errors?.map((e) => e.message)).toEqual([]);
    const ut = stats.compilation.outputOptions.path as string;
    const metadata = JSON.parse(fs.readFileSync(path.join(ut, "functions.json"), "utf8"));
    expect(metadata.functions[0]).toMatchObject({ id: "DUBBEL", description: "Dubblar." });
    expect(fs.readFileSync(path.join(ut, "main.js"), "utf8")).toContain('CustomFunctions.associate("DUBBEL"');
  });
});
