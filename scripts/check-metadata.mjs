// Generates functions.json from the JSDoc of src/functions/functions.ts and fails loudly on any problem
// (the metadata CLI exits 0 on errors). Also checks that every function and parameter is described.
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const KALLA = "src/functions/functions.ts";
export const FORVANTADE = [
  "SJUKFRANVARO",
  "SJUKFRANVARO.LANG",
  "SJUKFRANVARO.REDOVISNING",
  "SJUKFRANVARO.STATUS",
  "PERSONALOMSATTNING",
  "PERSONALOMSATTNING.STATUS",
  "BUDGETAVVIKELSE",
  "BUDGETAVVIKELSE.PROCENT",
  "BUDGETAVVIKELSE.STATUS",
  "MALUPPFYLLELSE",
  "MALUPPFYLLELSE.KOLUMN",
  "MOTIVERING",
  "SAMMANVAGD",
  "SAMMANVAGD.OM",
  "SAMMANVAGD.INDIKATORER",
  "AKTIVITETSSTATUS",
  "TAL",
];

export async function kontrollera(kalla = KALLA) {
  const resultat = await generateCustomFunctionsMetadata(kalla, true);
  const fel = [...resultat.errors];
  if (fel.length === 0) {
    const { functions } = JSON.parse(resultat.metadataJson);
    const namn = functions.map((f) => f.name);
    for (const f of FORVANTADE) if (!namn.includes(f)) fel.push(`KPI.${f} saknas`);
    for (const f of functions) {
      if (!f.description) fel.push(`${f.name}: beskrivning saknas`);
      for (const p of f.parameters) if (!p.description) fel.push(`${f.name}(${p.name}): beskrivning saknas`);
      if (f.options?.volatile || f.options?.stream) fel.push(`${f.name}: ska vara icke-flyktig och synkron`);
    }
  }
  return fel;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fel = await kontrollera(process.argv[2]);
  if (fel.length > 0) {
    console.error(`Metadata: ${fel.length} fel\n${fel.join("\n")}`);
    process.exit(1);
  }
  console.log(`Metadata: ${FORVANTADE.length} funktioner, alla beskrivna på svenska`);
}
