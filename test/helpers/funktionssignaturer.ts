/**
 * What the custom-function wrappers expect, read from their own TypeScript signatures, compared with what ships in
 * dist/functions.json, which is what Excel calls them by (issue 19: "tests of what ships").
 *
 * Excel's calling convention, as Microsoft documents it (custom-functions-parameter-options; the metadata generator
 * custom-functions-metadata reads the same rules from the types):
 * - a parameter typed as a 2-D array (`T[][]`) is a `matrix`: Excel passes it a 2-D array;
 * - a repeating parameter is typed as ONE array of its values: `T[]` for repeating single values, `T[][][]` for
 *   repeating ranges (a repeating matrix). Excel passes the values as one argument, never as separate arguments, so a
 *   rest parameter (`...xs`) would receive them wrapped once more: it is refused here;
 * - an optional parameter (`x?` or a default value) receives null when omitted, and must be `optional` in
 *   functions.json, or Excel refuses the formula without it. As Excel passes null, not undefined, a default value is
 *   never used: Microsoft's note says not to write one, so it is refused here too;
 * - a last parameter of type CustomFunctions.Invocation, CancelableInvocation or StreamingInvocation is not a
 *   parameter of the formula; it is Excel's handle, with `address` / `parameterAddresses` only when functions.json asks
 *   for them (requiresAddress, requiresParameterAddresses, or their stream forms), `stream` for a streaming function
 *   and `cancelable` for a cancelable one (custom-functions-json, custom-functions-web-reqs).
 * The id is the first word of the `@customfunction` tag, else the function's name, in capitals, as the generator
 * names it.
 */
import * as fs from "fs";
import ts from "typescript";

/** One parameter of a wrapper, as its TypeScript declaration says. */
export interface Parametersignatur {
  readonly namn: string;
  /** Array depth of the declared type: 0 a value, 1 `T[]`, 2 `T[][]`, 3 `T[][][]`; undefined when not a plain type. */
  readonly rang: number | undefined;
  readonly valfri: boolean;
  /** Declared with a default value (`x = 1`), which Excel's null never triggers. */
  readonly standardvarde: boolean;
  readonly rest: boolean;
}

/** The kinds of Excel handle a wrapper may take as its last parameter. */
export type Anropstyp = "Invocation" | "CancelableInvocation" | "StreamingInvocation";

/** One exported `@customfunction` wrapper. */
export interface Funktionssignatur {
  readonly id: string;
  readonly funktion: string;
  readonly fil: string;
  readonly parametrar: readonly Parametersignatur[];
  /** The Excel handle taken as the last parameter, if any (not a parameter of the formula). */
  readonly anrop?: Anropstyp;
  /** Which of the handle's properties the body reads (`address`, `parameterAddresses`). */
  readonly lasesAvAnrop: ReadonlySet<string>;
  /** JSDoc tags in lower case (volatile, cancelable, streaming…). */
  readonly taggar: ReadonlySet<string>;
  /** Array depth of the declared return type (undefined when not plain, or a streaming function's `void`). */
  readonly resultatrang: number | undefined;
}

/** Array depth of a type node; undefined for a type whose depth is not plain (a union of different depths). */
function rang(typ: ts.TypeNode | undefined): number | undefined {
  if (typ === undefined) return 0;
  if (ts.isParenthesizedTypeNode(typ)) return rang(typ.type);
  if (ts.isArrayTypeNode(typ)) {
    const inre = rang(typ.elementType);
    return inre === undefined ? undefined : inre + 1;
  }
  if (ts.isTypeOperatorNode(typ) && typ.operator === ts.SyntaxKind.ReadonlyKeyword) return rang(typ.type);
  if (ts.isTypeReferenceNode(typ) && ["Array", "ReadonlyArray"].includes(typ.typeName.getText())) {
    const inre = rang(typ.typeArguments?.[0]);
    return inre === undefined ? undefined : inre + 1;
  }
  if (ts.isUnionTypeNode(typ)) {
    const tomma = [ts.SyntaxKind.NullKeyword, ts.SyntaxKind.UndefinedKeyword];
    const delar = typ.types.filter((t) => !(ts.isLiteralTypeNode(t) && tomma.includes(t.literal.kind)));
    const rangar = new Set(delar.map(rang));
    if (rangar.size === 1) return [...rangar][0];
    return undefined;
  }
  return 0;
}

/** `T` of a `Promise<T>` return type (Excel waits for the promise and takes its value). */
function utanPromise(typ: ts.TypeNode | undefined): ts.TypeNode | undefined {
  if (typ && ts.isTypeReferenceNode(typ) && typ.typeName.getText() === "Promise") return typ.typeArguments?.[0];
  return typ;
}

function anropstyp(p: ts.ParameterDeclaration | undefined): Anropstyp | undefined {
  if (!p?.type || !ts.isTypeReferenceNode(p.type)) return undefined;
  const namn = p.type.typeName.getText();
  for (const typ of ["Invocation", "CancelableInvocation", "StreamingInvocation"] as const)
    if (namn === `CustomFunctions.${typ}`) return typ;
  return undefined;
}

/** Property names read on the identifier `namn` inside `kropp`. */
function lastaEgenskaper(kropp: ts.Node | undefined, namn: string): Set<string> {
  const lasta = new Set<string>();
  const ga = (n: ts.Node): void => {
    if (ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === namn)
      lasta.add(n.name.text);
    ts.forEachChild(n, ga);
  };
  if (kropp) ga(kropp);
  return lasta;
}

/** The exported top-level functions with a `@customfunction` tag in `kallfiler`, with their signatures. */
export function lasSignaturer(kallfiler: readonly string[]): Funktionssignatur[] {
  const signaturer: Funktionssignatur[] = [];
  for (const fil of kallfiler) {
    const kalla = ts.createSourceFile(fil, fs.readFileSync(fil, "utf8"), ts.ScriptTarget.Latest, true);
    for (const sats of kalla.statements) {
      if (!ts.isFunctionDeclaration(sats) || !sats.name) continue;
      const tagg = ts.getJSDocTags(sats).find((t) => t.tagName.text.toLowerCase() === "customfunction");
      if (!tagg) continue;
      const exporterad = sats.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
      if (!exporterad) continue;
      const taggtext = ts.getTextOfJSDocComment(tagg.comment)?.trim() ?? "";
      const id = (taggtext.split(/\s+/)[0] || sats.name.text).toLocaleUpperCase();
      const sista = sats.parameters[sats.parameters.length - 1];
      const anrop = anropstyp(sista);
      const formelns = anrop ? sats.parameters.slice(0, -1) : sats.parameters;
      signaturer.push({
        id,
        funktion: sats.name.text,
        fil,
        parametrar: formelns.map((p) => ({
          namn: p.name.getText(),
          rang: rang(p.type),
          valfri: p.questionToken !== undefined || p.initializer !== undefined,
          standardvarde: p.initializer !== undefined,
          rest: p.dotDotDotToken !== undefined,
        })),
        anrop,
        lasesAvAnrop: anrop ? lastaEgenskaper(sats.body, sista.name.getText()) : new Set(),
        taggar: new Set(ts.getJSDocTags(sats).map((t) => t.tagName.text.toLowerCase())),
        resultatrang: anrop === "StreamingInvocation" ? undefined : rang(utanPromise(sats.type)),
      });
    }
  }
  return signaturer;
}

interface Parameterpost {
  name?: unknown;
  dimensionality?: unknown;
  optional?: unknown;
  repeating?: unknown;
}
interface Funktionspost {
  id?: unknown;
  parameters?: Parameterpost[];
  options?: Record<string, unknown>;
  result?: { dimensionality?: unknown };
}

/** The options a wrapper's code calls for, each true or absent (functions.json omits false). */
function vantadeAlternativ(s: Funktionssignatur): Record<string, true> {
  const strom = s.anrop === "StreamingInvocation" || s.taggar.has("streaming");
  const adress = s.lasesAvAnrop.has("address");
  const parameteradresser = s.lasesAvAnrop.has("parameterAddresses");
  const alternativ: Record<string, boolean> = {
    stream: strom,
    cancelable: s.anrop === "CancelableInvocation" || s.taggar.has("cancelable"),
    volatile: s.taggar.has("volatile"),
    requiresAddress: adress && !strom,
    requiresStreamAddress: adress && strom,
    requiresParameterAddresses: parameteradresser && !strom,
    requiresStreamParameterAddresses: parameteradresser && strom,
  };
  return Object.fromEntries(Object.entries(alternativ).filter(([, v]) => v)) as Record<string, true>;
}

/**
 * Compares a functions.json (parsed) with the wrappers declared in `kallfiler` and returns every disagreement, one
 * Swedish line each naming the function and the parameter; an empty list when they agree. Checked, per function:
 * the entry exists; the parameters' names in order; per parameter `dimensionality` (matrix exactly for a 2-D or
 * repeating 2-D array type), `optional` (exactly for `?` or a default), `repeating` (exactly for `T[]` or `T[][][]`),
 * no rest parameter and no default value; the result's dimensionality; the options (only those the code calls for). And no entry without
 * a wrapper.
 */
export function kontrollera(functionsJson: unknown, kallfiler: readonly string[]): string[] {
  const fel: string[] = [];
  const poster = (functionsJson as { functions?: Funktionspost[] })?.functions;
  if (!Array.isArray(poster)) return ["functions.json saknar listan functions"];
  const signaturer = lasSignaturer(kallfiler);
  const efterId = new Map(poster.map((p) => [String(p.id), p]));
  for (const s of signaturer) {
    const post = efterId.get(s.id);
    if (!post) {
      fel.push(`${s.id} (${s.funktion}): finns inte i functions.json`);
      continue;
    }
    const dist = post.parameters ?? [];
    const namn = (p: Parameterpost) => String(p.name);
    const kodensNamn = s.parametrar.map((p) => p.namn);
    if (dist.map(namn).join(",") !== kodensNamn.join(","))
      fel.push(
        `${s.id}: parametrarna är ${dist.map(namn).join(", ")} i functions.json, ${kodensNamn.join(", ")} i koden`,
      );
    s.parametrar.forEach((p, i) => {
      const d = dist[i];
      if (!d) return;
      const var_ = `${s.id} parameter ${i + 1} (${p.namn})`;
      if (p.rest) {
        fel.push(`${var_}: restparameter; Excel skickar en upprepad parameter som en enda matris (T[] eller T[][][])`);
        return;
      }
      if (p.standardvarde)
        fel.push(`${var_}: standardvärde; Excel skickar null för ett utelämnat argument, så det används aldrig`);
      if (p.rang === undefined || p.rang > 3) {
        fel.push(`${var_}: typen är varken ett värde, T[], T[][] eller T[][][]`);
        return;
      }
      const matris = p.rang >= 2;
      const upprepad = p.rang === 1 || p.rang === 3;
      const dim = d.dimensionality ?? "scalar";
      if (dim !== (matris ? "matrix" : "scalar"))
        fel.push(`${var_}: dimensionality ${String(dim)} i functions.json, ${matris ? "matrix" : "scalar"} i koden`);
      if ((d.optional === true) !== p.valfri)
        fel.push(`${var_}: optional ${String(d.optional ?? false)} i functions.json, ${p.valfri} i koden`);
      if ((d.repeating === true) !== upprepad)
        fel.push(`${var_}: repeating ${String(d.repeating ?? false)} i functions.json, ${upprepad} i koden`);
    });
    if (s.resultatrang !== undefined && s.anrop !== "StreamingInvocation") {
      const dim = post.result?.dimensionality ?? "scalar";
      const vantad = s.resultatrang >= 2 ? "matrix" : "scalar";
      if (dim !== vantad) fel.push(`${s.id}: resultatet är ${String(dim)} i functions.json, ${vantad} i koden`);
    }
    const vantade = vantadeAlternativ(s);
    const faktiska = Object.fromEntries(
      Object.entries(post.options ?? {}).filter(([k, v]) => k in VALDA_ALTERNATIV && v !== false),
    );
    for (const k of Object.keys(VALDA_ALTERNATIV))
      if (k in vantade !== k in faktiska)
        fel.push(
          `${s.id}: options.${k} ${k in faktiska ? "satt" : "saknas"} i functions.json, ${k in vantade ? "behövs" : "används inte"} i koden`,
        );
  }
  const ids = new Set(signaturer.map((s) => s.id));
  for (const p of poster)
    if (!ids.has(String(p.id))) fel.push(`${String(p.id)}: i functions.json men ingen @customfunction i koden`);
  return fel;
}

/** The options whose presence follows from the code (supportSync, capturesCallingObject… are not checked). */
const VALDA_ALTERNATIV = {
  stream: true,
  cancelable: true,
  volatile: true,
  requiresAddress: true,
  requiresStreamAddress: true,
  requiresParameterAddresses: true,
  requiresStreamParameterAddresses: true,
} as const;
