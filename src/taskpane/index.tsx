/* Entry of the task pane page: renders the app inside Excel; elsewhere the page's static Swedish message stays. */
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { App } from "./App";
import { excelTjanst } from "./excel/tjanst";
import { arMorkt, lasOfficetema, valjTema } from "./tema";

function visa(): void {
  const container = document.getElementById("container");
  if (!container) return;
  const officetema = lasOfficetema();
  // Native parts (scroll bars, the lists of a <select>) follow the theme too.
  document.documentElement.style.colorScheme = arMorkt(officetema) ? "dark" : "light";
  createRoot(container).render(
    <FluentProvider theme={valjTema(officetema)} style={{ minHeight: "100vh" }}>
      <App excel={excelTjanst} />
    </FluentProvider>,
  );
}

if (typeof Office !== "undefined") {
  Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) visa();
  });
}
