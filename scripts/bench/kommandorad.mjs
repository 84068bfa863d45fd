// The command line as it ships (build/cli, the package's bin) on generated workbooks: a kommun's batch of 100 units
// with 40 rows each, and one table of 50 000 rows. Wall time per run of the whole process (start, read, judge, write
// the report), median of three; processor time and peak memory from the process itself (processor time counts every
// thread, the garbage collector's too, and does not grow when other work shares the machine).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { rad } from "./matt.mjs";

const rot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const INDIKATORER = [
  ["Total sjukfrånvaro", "≤ 7 %", "0.0%"],
  ["Andel heltidsanställningar", "Minst 65 %", "0.0%"],
  ["Nöjda brukare (NKI)", "Minst NKI 75", "0"],
  ["Budgetavvikelse", "Max 1 % budgetavvikelse", "+0.0%;-0.0%"],
  ["Handläggningstid (dagar)", "Högst 30", "0"],
  ["Besök per invånare", "Ökar", "0.0"],
];
const MALOMRADEN = ["Medborgare", "Ekonomi", "Verksamhet", "Medarbetare"];

/** One unit's goal table, `rader` rows, numbers with formats as Excel holds them, written by the streaming writer. */
async function skrivEnhet(fil, rader, fro) {
  const bok = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: fil, useStyles: true, useSharedStrings: true });
  const blad = bok.addWorksheet("Nämndmål");
  blad.getRow(1).values = ["Uppföljning av nämndmål"];
  blad.getRow(1).commit();
  blad.getRow(3).values = ["Målområde", "Nämndmål", "Indikator", "2023", "2024", "Målvärde", "Kommentar"];
  blad.getRow(3).commit();
  for (let i = 0; i < rader; i++) {
    const [namn, mal, format] = INDIKATORER[(i + fro) % INDIKATORER.length];
    const procent = format.includes("%");
    const bas = procent ? 0.05 + ((i * 7 + fro) % 60) / 100 : 20 + ((i * 13 + fro) % 70);
    const r = blad.getRow(4 + i);
    r.values = [
      MALOMRADEN[Math.floor(i / 10) % 4],
      `Nämndmål ${Math.floor(i / 4) + 1}`,
      i % 9 === 8 ? "Kvinnor" : namn,
      i % 17 === 0 ? "I.U" : bas * 0.97,
      bas,
      mal,
      i % 5 === 0 ? "Se analysen i verksamhetsberättelsen" : null,
    ];
    r.getCell(4).numFmt = format;
    r.getCell(5).numFmt = format;
    r.commit();
  }
  blad.commit();
  await bok.commit();
}

/** Runs the built command; returns wall time (ms), processor time (ms) and peak memory (MB). */
function korKommandot(mapp, ut) {
  const minne = path.join(ut, "minne.txt");
  const t0 = process.hrtime.bigint();
  const r = spawnSync(
    "node",
    [
      "-r",
      path.join(rot, "scripts/bench/minne.cjs"),
      path.join(rot, "build/cli/index.js"),
      "bedom",
      mapp,
      "--ut",
      path.join(ut, "rapport.xlsx"),
      "--skriv-over",
    ],
    { encoding: "utf8", env: { ...process.env, MALKOLL_BENCH_MINNE: minne } },
  );
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`malkoll bedom gav ${r.status}: ${r.stderr}`);
  const { maxRSS, cpu } = JSON.parse(readFileSync(minne, "utf8"));
  return { ms, cpu, mb: maxRSS / 1024 };
}

export async function kor() {
  execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: rot, stdio: "inherit" });
  const tmp = mkdtempSync(path.join(tmpdir(), "malkoll-bench-"));
  try {
    const manga = path.join(tmp, "enheter");
    const stor = path.join(tmp, "stor");
    mkdirSync(manga);
    mkdirSync(stor);
    for (let i = 0; i < 100; i++)
      await skrivEnhet(path.join(manga, `Nämnd ${String(i + 1).padStart(3, "0")}.xlsx`), 40, i);
    await skrivEnhet(path.join(stor, "Stor.xlsx"), 50_000, 0);

    const korningar = [0, 1, 2].map(() => korKommandot(manga, tmp));
    const tid = median(korningar.map((k) => k.ms));
    rad("Kommandorad: 100 arbetsböcker à 40 rader, hela körningen", tid, "ms", "< 15 000 ms", tid < 15_000);
    const cpu = median(korningar.map((k) => k.cpu));
    rad("Kommandorad: 100 arbetsböcker à 40 rader, processortid", cpu, "ms", "–", true);
    const stora = [0, 1, 2].map(() => korKommandot(stor, tmp));
    const storTid = median(stora.map((k) => k.ms));
    rad("Kommandorad: en tabell med 50 000 rader, hela körningen", storTid, "ms", "< 10 000 ms", storTid < 10_000);
    const storCpu = median(stora.map((k) => k.cpu));
    rad("Kommandorad: en tabell med 50 000 rader, processortid", storCpu, "ms", "–", true);
    const minne = Math.max(...stora.map((k) => k.mb), ...korningar.map((k) => k.mb));
    rad("Kommandorad: högsta minnesanvändning (RSS)", minne, "MB", "< 1 024 MB", minne < 1024);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
