// Run by funktioner.mjs in a fresh process: the time of the first pass of 100 000 KPI.MALUPPFYLLELSE calls on
// the bundle, before anything is warm. Prints the time in ms.
import { skapaData } from "../benchdata.mjs";
import { enPerRad, laddaFunktioner } from "./funktioner.mjs";

const kpi = laddaFunktioner();
const { malrader } = skapaData(100000);
// The rows come from Excel in real use: collect the garbage of making them here, so that it is not timed.
globalThis.gc?.();
const start = process.hrtime.bigint();
enPerRad(kpi, malrader);
process.stdout.write(String(Number(process.hrtime.bigint() - start) / 1e6));
