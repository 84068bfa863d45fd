// npm start: builds, serves https://localhost:3000 with Office dev certificates and sideloads into Excel
// where Excel is installed (Windows, macOS). Elsewhere it serves and explains how to sideload in Excel on the web.
import { spawn } from "node:child_process";

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const kor = (args) => spawn(npx, args, { stdio: "inherit" }).on("exit", (kod) => process.exit(kod ?? 0));

if (process.platform === "win32" || process.platform === "darwin") {
  kor(["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"]);
} else {
  console.log(
    [
      "",
      "Målkoll startar på https://localhost:3000 (utvecklingscertifikat från office-addin-dev-certs).",
      "Excel finns inte på den här datorn. Så här provar du i Excel på webben:",
      "  1. Öppna en arbetsbok på https://www.office.com.",
      "  2. Välj Start > Tillägg > Fler tillägg > Mina tillägg > Ladda upp mitt tillägg.",
      "  3. Välj manifest.xml i den här mappen.",
      "Avsluta med Ctrl+C.",
      "",
    ].join("\n"),
  );
  kor(["webpack", "serve", "--mode", "development"]);
}
