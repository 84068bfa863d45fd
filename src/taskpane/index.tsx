/* Entry of the task pane page: renders the app inside Excel, a plain Swedish message elsewhere. */
import { createRoot } from "react-dom/client";
import { Start } from "./Start";

const container = document.getElementById("container");

function visa(): void {
  if (container) createRoot(container).render(<Start />);
}

if (typeof Office === "undefined") {
  // office.js did not load (offline, or opened as a file): the static message in the page stays.
} else {
  Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) visa();
  });
}
