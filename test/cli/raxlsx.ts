/**
 * An .xlsx package written part by part, the way Excel writes one (ECMA-376 Part 1: workbook §18.2, sheet data
 * §18.3.1.96, cells §18.3.1.4 with t="s"/"str"/"b"/"e"/"inlineStr", cached formula values §18.3.1.40, merged cells
 * §18.3.1.55, tables §18.5, number formats §18.8.30; Part 2: the OPC package). Used to give the reader cells exactly
 * as Excel stores them, independent of any writing library.
 */
import { writeFileSync } from "node:fs";
import JSZip from "jszip";

export interface Radblad {
  readonly namn: string;
  /** The <sheetData> content: <row> elements with <c> cells. */
  readonly rader: string;
  readonly sammanfogade?: readonly string[];
  readonly tabell?: { readonly namn: string; readonly ref: string; readonly kolumner: readonly string[] };
  readonly hyperlankar?: readonly { readonly ref: string; readonly url: string }[];
  readonly dolt?: boolean;
}

export interface Bokinnehall {
  readonly blad: readonly Radblad[];
  /** Custom number formats by id (164 and up), e.g. { 164: '0.0 "mnkr"' }. */
  readonly talformat?: Readonly<Record<number, string>>;
  /** Cell formats (cellXfs): each a numFmtId; index 0 is General. */
  readonly cellformat?: readonly number[];
  readonly delade?: readonly string[];
  readonly ar1904?: boolean;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** Writes the package to `fil`. */
export async function skrivRaXlsx(fil: string, bok: Bokinnehall): Promise<void> {
  const zip = new JSZip();
  const tabeller = bok.blad.flatMap((b, i) => (b.tabell ? [{ ...b.tabell, blad: i }] : []));
  zip.file(
    "[Content_Types].xml",
    XML +
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      bok.blad
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join("") +
      tabeller
        .map(
          (_, i) =>
            `<Override PartName="/xl/tables/table${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`,
        )
        .join("") +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      (bok.delade
        ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`
        : "") +
      `</Types>`,
  );
  zip.file(
    "_rels/.rels",
    XML +
      `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    XML +
      `<workbook xmlns="${NS}" xmlns:r="${R}">` +
      (bok.ar1904 ? `<workbookPr date1904="1"/>` : `<workbookPr/>`) +
      `<sheets>` +
      bok.blad
        .map(
          (b, i) =>
            `<sheet name="${esc(b.namn)}" sheetId="${i + 1}"${b.dolt ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`,
        )
        .join("") +
      `</sheets></workbook>`,
  );
  const n = bok.blad.length;
  zip.file(
    "xl/_rels/workbook.xml.rels",
    XML +
      `<Relationships xmlns="${PR}">` +
      bok.blad
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join("") +
      `<Relationship Id="rId${n + 1}" Type="${R}/styles" Target="styles.xml"/>` +
      (bok.delade ? `<Relationship Id="rId${n + 2}" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>` : "") +
      `</Relationships>`,
  );
  const talformat = Object.entries(bok.talformat ?? {});
  const cellformat = bok.cellformat ?? [0];
  zip.file(
    "xl/styles.xml",
    XML +
      `<styleSheet xmlns="${NS}">` +
      (talformat.length
        ? `<numFmts count="${talformat.length}">${talformat
            .map(([id, kod]) => `<numFmt numFmtId="${id}" formatCode="${esc(kod)}"/>`)
            .join("")}</numFmts>`
        : "") +
      `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
      `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="${cellformat.length}">${cellformat
        .map(
          (id) =>
            `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ""}/>`,
        )
        .join("")}</cellXfs>` +
      `</styleSheet>`,
  );
  if (bok.delade) {
    zip.file(
      "xl/sharedStrings.xml",
      XML +
        `<sst xmlns="${NS}" count="${bok.delade.length}" uniqueCount="${bok.delade.length}">` +
        bok.delade.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join("") +
        `</sst>`,
    );
  }
  let tabellnummer = 0;
  bok.blad.forEach((b, i) => {
    const rels: string[] = [];
    let tabellDel = "";
    if (b.tabell) {
      tabellnummer++;
      rels.push(`<Relationship Id="rIdT" Type="${R}/table" Target="../tables/table${tabellnummer}.xml"/>`);
      tabellDel = `<tableParts count="1"><tablePart r:id="rIdT"/></tableParts>`;
      zip.file(
        `xl/tables/table${tabellnummer}.xml`,
        XML +
          `<table xmlns="${NS}" id="${tabellnummer}" name="${b.tabell.namn}" displayName="${b.tabell.namn}" ref="${b.tabell.ref}">` +
          `<autoFilter ref="${b.tabell.ref}"/><tableColumns count="${b.tabell.kolumner.length}">` +
          b.tabell.kolumner.map((k, j) => `<tableColumn id="${j + 1}" name="${esc(k)}"/>`).join("") +
          `</tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>`,
      );
    }
    const lankar = (b.hyperlankar ?? []).map((h, j) => {
      rels.push(`<Relationship Id="rIdH${j}" Type="${R}/hyperlink" Target="${esc(h.url)}" TargetMode="External"/>`);
      return `<hyperlink ref="${h.ref}" r:id="rIdH${j}"/>`;
    });
    zip.file(
      `xl/worksheets/sheet${i + 1}.xml`,
      XML +
        `<worksheet xmlns="${NS}" xmlns:r="${R}"><sheetData>${b.rader}</sheetData>` +
        (b.sammanfogade?.length
          ? `<mergeCells count="${b.sammanfogade.length}">${b.sammanfogade.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
          : "") +
        (lankar.length ? `<hyperlinks>${lankar.join("")}</hyperlinks>` : "") +
        tabellDel +
        `</worksheet>`,
    );
    if (rels.length) {
      zip.file(
        `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        XML + `<Relationships xmlns="${PR}">${rels.join("")}</Relationships>`,
      );
    }
  });
  writeFileSync(fil, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** An inline string cell, as Excel writes text it did not put in the shared table. */
export const text = (ref: string, t: string, s?: number): string =>
  `<c r="${ref}" t="inlineStr"${s ? ` s="${s}"` : ""}><is><t>${esc(t)}</t></is></c>`;
/** A number cell with an optional cell format index. */
export const tal = (ref: string, v: number, s?: number): string =>
  `<c r="${ref}"${s ? ` s="${s}"` : ""}><v>${v}</v></c>`;
/** A row of cells. */
export const rad = (r: number, ...celler: string[]): string => `<row r="${r}">${celler.join("")}</row>`;
