/** Settings live in the workbook (document settings), never in browser storage. */
import { tolkaInstallningar, type Installningar } from "../../core";

const NYCKEL = "malkoll.installningar";

/**
 * The settings saved in the workbook, checked (spec §13.4: a received file may hold anything): each bad field falls
 * back to `standard`, and `varning` says so in Swedish.
 */
export function lasInstallningar(standard: Installningar): { installningar: Installningar; varning?: string } {
  let sparat: unknown;
  try {
    sparat = Office.context.document.settings.get(NYCKEL);
  } catch {
    sparat = {};
  }
  const { installningar, fel } = tolkaInstallningar(sparat, standard);
  return { installningar, varning: fel.length > 0 ? fel.join(" ") : undefined };
}

/** Saves the settings in the workbook. Rejects with Office's error when saving fails. */
export function sparaInstallningar(installningar: Installningar): Promise<void> {
  const { installningar: giltiga } = tolkaInstallningar(installningar);
  const settings = Office.context.document.settings;
  settings.set(NYCKEL, { ...giltiga });
  return new Promise((resolve, reject) =>
    settings.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(r.error))),
  );
}
