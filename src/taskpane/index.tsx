/* Entry of the task pane page: renders the app inside Excel; elsewhere the page's static Swedish message stays. */
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { App } from "./App";
import { excelTjanst } from "./excel/tjanst";
import { valjTema } from "./tema";

function visa(): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={valjTema()} style={{ minHeight: "100vh" }}>
      <App excel={excelTjanst} />
    </FluentProvider>,
  );
}

if (typeof Office !== "undefined") {
  Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) visa();
  });
}
