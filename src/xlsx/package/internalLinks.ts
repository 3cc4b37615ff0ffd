import type ExcelJS from "exceljs";
import type JSZip from "jszip";
import { attributeByLocalName, encodeXml, findElements } from "./xmlText";
import { parseRelationships, readText, relsPartOf, type SheetEntry } from "./workbookParts";
import { readPartContaining } from "./zipParts";

/**
 * Links to a place inside the workbook. Excel stores them as <hyperlink location="'Sheet'!A1">
 * with no relationship. ExcelJS 4.4 ignores that form when reading (the link is lost on the
 * next save) and writes `#'Sheet'!A1` as an external relationship *plus* a location, which
 * Excel resolves to a broken address. These two functions put the standard form back.
 */

const HYPERLINK_TYPE = "/relationships/hyperlink";

interface LocationLink {
  ref: string;
  location: string;
  tooltip?: string;
}

export function parseLocationLinks(sheetXml: string): LocationLink[] {
  const block = findElements(sheetXml, "hyperlinks")[0];
  if (!block) return [];
  return findElements(block.inner, "hyperlink")
    .filter((el) => el.attrs.location && attributeByLocalName(el.attrs, "id") === undefined)
    .map((el) => ({ ref: el.attrs.ref ?? "", location: el.attrs.location, tooltip: el.attrs.tooltip }));
}

function plainText(value: ExcelJS.CellValue): string | undefined {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  return undefined;
}

/** After ExcelJS has loaded a package: turn its text cells that carry an internal link back into links. */
export async function restoreInternalLinks(zip: JSZip, excel: ExcelJS.Workbook, sheets: readonly SheetEntry[]): Promise<void> {
  for (const ws of excel.worksheets) {
    const part = sheets.find((s) => s.name === ws.name)?.part;
    const xml = part ? await readPartContaining(zip, part, "location=") : undefined;
    if (!xml) continue;
    for (const link of parseLocationLinks(xml)) {
      if (!/^[A-Za-z]{1,3}\d+(:[A-Za-z]{1,3}\d+)?$/.test(link.ref)) continue;
      const [first, last = first] = link.ref.split(":");
      const from = ws.getCell(first);
      const to = ws.getCell(last);
      for (let r = Number(from.row); r <= Number(to.row); r++) {
        for (let c = Number(from.col); c <= Number(to.col); c++) {
          const cell = ws.getCell(r, c);
          const text = plainText(cell.value);
          // ExcelJS can only hold a link on a text cell; a link on a number stays lost.
          if (text === undefined || (cell.isMerged && cell.master !== cell)) continue;
          cell.value = { text, hyperlink: `#${link.location}`, ...(link.tooltip ? { tooltip: link.tooltip } : {}) };
        }
      }
    }
  }
}

/** Before the package is saved: rewrite ExcelJS's `#…` relationships as plain location links. */
export async function rewriteInternalLinks(zip: JSZip): Promise<void> {
  const sheetParts = Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p));
  for (const part of sheetParts) {
    const relsPart = relsPartOf(part);
    const relsXml = await readText(zip, relsPart);
    if (!relsXml) continue;
    const rels = parseRelationships(relsXml);
    const internal = new Map<string, string>();
    for (const [id, rel] of rels) {
      if (rel.type.endsWith(HYPERLINK_TYPE) && rel.target.startsWith("#")) internal.set(id, rel.target.slice(1));
    }
    if (internal.size === 0) continue;
    const sheetXml = (await readText(zip, part))!;
    const block = findElements(sheetXml, "hyperlinks")[0];
    if (!block) continue;
    const links = findElements(block.inner, "hyperlink")
      .map((el) => {
        const id = attributeByLocalName(el.attrs, "id");
        const location = id !== undefined ? internal.get(id) : undefined;
        if (location === undefined) return block.inner.slice(el.start, el.end);
        const tooltip = el.attrs.tooltip ? ` tooltip="${encodeXml(el.attrs.tooltip)}"` : "";
        return `<hyperlink ref="${encodeXml(el.attrs.ref ?? "")}" location="${encodeXml(location)}"${tooltip}/>`;
      })
      .join("");
    const openTag = /^<[^>]*>/.exec(sheetXml.slice(block.start))![0];
    const newBlock = `${openTag}${links}</hyperlinks>`;
    zip.file(part, sheetXml.slice(0, block.start) + newBlock + sheetXml.slice(block.end));
    const keptRels = findElements(relsXml, "Relationship")
      .filter((el) => !internal.has(el.attrs.Id ?? ""))
      .map((el) => relsXml.slice(el.start, el.end))
      .join("");
    const relsRoot = findElements(relsXml, "Relationships")[0];
    const relsOpen = /^<[^>]*>/.exec(relsXml.slice(relsRoot.start))![0];
    zip.file(relsPart, relsXml.slice(0, relsRoot.start) + `${relsOpen}${keptRels}</Relationships>` + relsXml.slice(relsRoot.end));
  }
}
