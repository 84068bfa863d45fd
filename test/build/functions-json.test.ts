/**
 * The built dist/functions.json, which Excel calls the functions by, against what the wrappers' own TypeScript
 * signatures expect (issue 19). The check (test/helpers/funktionssignaturer.ts) is tested on the real dist/ and on
 * deliberately wrong copies, so that each of its assertions is seen to fail.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { kravAktuellDist } from "../e2e/aktuell";
import { kontrollera, lasSignaturer } from "../helpers/funktionssignaturer";

const ROT = path.resolve(__dirname, "../..");
const MAPP = path.join(ROT, "src/functions");
const KALLFILER = fs
  .readdirSync(MAPP)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => path.join(MAPP, f));

interface Post {
  id: string;
  parameters: { name: string; dimensionality?: string; optional?: boolean; repeating?: boolean }[];
  options?: Record<string, boolean>;
  result?: { dimensionality?: string };
}
type Json = { functions: Post[] };

let byggd: Json;
beforeAll(() => {
  kravAktuellDist();
  byggd = JSON.parse(fs.readFileSync(path.join(ROT, "dist/functions.json"), "utf8"));
});

/** A deep copy of `json` with `andra` applied to the entry `id`. */
function med(json: Json, id: string, andra: (p: Post) => void): Json {
  const kopia: Json = structuredClone(json);
  const post = kopia.functions.find((f) => f.id === id);
  if (!post) throw new Error(`${id} saknas`);
  andra(post);
  return kopia;
}

describe("dist/functions.json against the wrappers' signatures", () => {
  it("agrees with every @customfunction in src/functions, parameter by parameter", () => {
    expect(kontrollera(byggd, KALLFILER)).toEqual([]);
  });

  it("reads the wrappers: every function the build lists, with its kinds of parameter", () => {
    const signaturer = lasSignaturer(KALLFILER);
    expect(signaturer.map((s) => s.id).sort()).toEqual(byggd.functions.map((f) => f.id).sort());
    // The kinds the check distinguishes all occur: a value, a range, an optional one and a repeating range.
    const alla = signaturer.flatMap((s) => s.parametrar);
    expect(new Set(alla.map((p) => p.rang))).toEqual(new Set([0, 2, 3]));
    expect(alla.some((p) => p.valfri)).toBe(true);
  });

  it("reports a flipped optional, in both directions", () => {
    const fel = kontrollera(
      med(med(byggd, "MALUPPFYLLELSE", (p) => delete p.parameters[2].optional), "TAL", (p) => {
        p.parameters[0].optional = true;
      }),
      KALLFILER,
    );
    expect(fel).toEqual([
      "MALUPPFYLLELSE parameter 3 (riktning): optional false i functions.json, true i koden",
      "TAL parameter 1 (text): optional true i functions.json, false i koden",
    ]);
  });

  it("reports a dropped or added repeating", () => {
    const fel = kontrollera(
      med(med(byggd, "SAMMANVAGD", (p) => delete p.parameters[0].repeating), "SAMMANVAGD.OM", (p) => {
        p.parameters[0].repeating = true;
      }),
      KALLFILER,
    );
    expect(fel).toEqual([
      "SAMMANVAGD parameter 1 (statusar): repeating false i functions.json, true i koden",
      "SAMMANVAGD.OM parameter 1 (statuskolumn): repeating true i functions.json, false i koden",
    ]);
  });

  it("reports a matrix turned scalar and a scalar turned matrix", () => {
    const fel = kontrollera(
      med(med(byggd, "SJUKFRANVARO", (p) => delete p.parameters[1].dimensionality), "TAL", (p) => {
        p.parameters[0].dimensionality = "matrix";
      }),
      KALLFILER,
    );
    expect(fel).toEqual([
      "SJUKFRANVARO parameter 2 (arbetstimmar): dimensionality scalar i functions.json, matrix i koden",
      "TAL parameter 1 (text): dimensionality matrix i functions.json, scalar i koden",
    ]);
  });

  it("reports a missing entry, an entry without a wrapper, parameters out of order or missing, and a result's shape", () => {
    const utan = structuredClone(byggd);
    utan.functions = utan.functions.filter((f) => f.id !== "MOTIVERING");
    utan.functions.push({ id: "GAMMAL", parameters: [] });
    expect(kontrollera(utan, KALLFILER)).toEqual([
      "MOTIVERING (motivering): finns inte i functions.json",
      "GAMMAL: i functions.json men ingen @customfunction i koden",
    ]);
    const bytta = med(byggd, "BUDGETAVVIKELSE", (p) => p.parameters.reverse());
    expect(kontrollera(bytta, KALLFILER)[0]).toBe(
      "BUDGETAVVIKELSE: parametrarna är typ, budget, utfall i functions.json, utfall, budget, typ i koden",
    );
    const kortare = med(byggd, "BUDGETAVVIKELSE", (p) => p.parameters.pop());
    expect(kontrollera(kortare, KALLFILER)).toEqual([
      "BUDGETAVVIKELSE: parametrarna är utfall, budget i functions.json, utfall, budget, typ i koden",
    ]);
    const resultat = med(byggd, "MALUPPFYLLELSE.KOLUMN", (p) => delete p.result);
    expect(kontrollera(resultat, KALLFILER)).toEqual([
      "MALUPPFYLLELSE.KOLUMN: resultatet är scalar i functions.json, matrix i koden",
    ]);
  });

  it("reports an option the code does not call for", () => {
    const fel = kontrollera(
      med(byggd, "TAL", (p) => {
        p.options = { volatile: true, requiresAddress: true };
      }),
      KALLFILER,
    );
    expect(fel).toEqual([
      "TAL: options.volatile satt i functions.json, används inte i koden",
      "TAL: options.requiresAddress satt i functions.json, används inte i koden",
    ]);
  });
});

/** Wrappers of the kinds src/functions does not have today, to see the check handle them as the generator does. */
const PROV = `
/**
 * Reads its own address.
 * @customfunction ADRESS
 * @requiresAddress
 */
export function adress(x: number, invocation: CustomFunctions.Invocation): string {
  return invocation.address + x;
}

/**
 * Streams.
 * @customfunction
 * @requiresParameterAddresses
 */
export function strom(a: number[], b: number[][][], c?: number, invocation: CustomFunctions.StreamingInvocation<number>): void {
  invocation.setResult(a.length + b.length + (c ?? 1) + (invocation.parameterAddresses?.length ?? 0));
}

/**
 * Can be cancelled.
 * @customfunction AVBRYTBAR
 * @volatile
 */
export async function avbrytbar(v?: any[][], invocation?: CustomFunctions.CancelableInvocation): Promise<any[][]> {
  return v ?? [[invocation]];
}

/** Not a custom function. */
export function hjalp(x: number[]): number {
  return x.length;
}
`;

describe("the check on wrappers with Excel's handle, repeating values and defaults", () => {
  let mapp: string;
  let fil: string;
  let genererad: Json;
  beforeAll(async () => {
    mapp = fs.mkdtempSync(path.join(os.tmpdir(), "malkoll-fjson-"));
    fil = path.join(mapp, "prov.ts");
    fs.writeFileSync(fil, PROV);
    const r = await generateCustomFunctionsMetadata(fil, true);
    expect(r.errors).toEqual([]);
    genererad = JSON.parse(r.metadataJson);
  });
  afterAll(() => fs.rmSync(mapp, { recursive: true, force: true }));

  it("agrees with what the generator makes of them, and leaves the handle out of the parameters", () => {
    expect(genererad.functions.map((f) => [f.id, f.parameters.map((p) => p.name), f.options])).toEqual([
      ["ADRESS", ["x"], { requiresAddress: true }],
      ["STROM", ["a", "b", "c"], { stream: true, requiresStreamParameterAddresses: true }],
      ["AVBRYTBAR", ["v"], { cancelable: true, volatile: true }],
    ]);
    expect(kontrollera(genererad, [fil])).toEqual([]);
  });

  it("reports each option that is missing although the code needs it", () => {
    const fel = kontrollera(
      med(med(med(genererad, "ADRESS", (p) => delete p.options), "STROM", (p) => delete p.options), "AVBRYTBAR", (p) => {
        p.options = {};
      }),
      [fil],
    );
    expect(fel).toEqual([
      "ADRESS: options.requiresAddress saknas i functions.json, behövs i koden",
      "STROM: options.stream saknas i functions.json, behövs i koden",
      "STROM: options.requiresStreamParameterAddresses saknas i functions.json, behövs i koden",
      "AVBRYTBAR: options.cancelable saknas i functions.json, behövs i koden",
      "AVBRYTBAR: options.volatile saknas i functions.json, behövs i koden",
    ]);
  });

  it("reports a handle listed as a parameter, a repeating value not repeating, and an optional one not optional", () => {
    const fel = kontrollera(
      med(
        med(genererad, "ADRESS", (p) => p.parameters.push({ name: "invocation" })),
        "STROM",
        (p) => {
          delete p.parameters[0].repeating;
          delete p.parameters[2].optional;
        },
      ),
      [fil],
    );
    expect(fel).toEqual([
      "ADRESS: parametrarna är x, invocation i functions.json, x i koden",
      "STROM parameter 1 (a): repeating false i functions.json, true i koden",
      "STROM parameter 3 (c): optional false i functions.json, true i koden",
    ]);
  });

  it("refuses a default value: Excel passes null for an omitted argument, so the default is never used", () => {
    const standard = path.join(mapp, "standard.ts");
    fs.writeFileSync(standard, "/** @customfunction */\nexport function dubbel(x = 1): number {\n  return 2 * x;\n}\n");
    const fel = "DUBBEL parameter 1 (x): standardvärde; Excel skickar null för ett utelämnat argument, så det används aldrig";
    const json = { functions: [{ id: "DUBBEL", parameters: [{ name: "x", optional: true }] }] };
    expect(kontrollera(json, [standard])).toEqual([fel]);
    // Still optional for the check of functions.json: a default makes the parameter optional to the generator.
    delete (json.functions[0].parameters[0] as { optional?: boolean }).optional;
    expect(kontrollera(json, [standard])).toEqual([
      fel,
      "DUBBEL parameter 1 (x): optional false i functions.json, true i koden",
    ]);
  });

  it("refuses a rest parameter: Excel passes a repeating parameter as one array", () => {
    const rest = path.join(mapp, "rest.ts");
    fs.writeFileSync(rest, "/** @customfunction */\nexport function summa(...tal: number[]): number {\n  return tal.length;\n}\n");
    const json = { functions: [{ id: "SUMMA", parameters: [{ name: "tal", optional: true, repeating: true }] }] };
    expect(kontrollera(json, [rest])).toEqual([
      "SUMMA parameter 1 (tal): restparameter; Excel skickar en upprepad parameter som en enda matris (T[] eller T[][][])",
    ]);
  });
});
