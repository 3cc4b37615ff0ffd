import { findElements, setAttributes } from "./xmlText";
import { unsupported } from "./spliceUnsupported";

/**
 * Edits of xl/workbook.xml for a spliced save: the <sheets> list, the active tab, the request to
 * calculate on opening, and room for <definedNames> (filled by definedNamesXml.ts). Everything
 * else in the part (file version, protection, pivot caches, extensions) stays as the file has it.
 */

/** The elements that may come before each one, in CT_Workbook's order (ECMA-376 Part 1, 18.2.27). */
const ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
];

/** Inserts `fragment` where element `name` belongs: after the last of those that come before it. */
function insertInOrder(xml: string, name: string, fragment: string): string {
  const before = ORDER.slice(0, ORDER.indexOf(name));
  let at = -1;
  for (const el of before) {
    const found = findElements(xml, el)[0];
    if (found) at = Math.max(at, found.end);
  }
  if (at < 0) {
    const root = /<workbook\b[^>]*>/.exec(xml);
    if (!root) unsupported("workbook.xml without its root element");
    at = root.index + root[0].length;
  }
  return xml.slice(0, at) + fragment + xml.slice(at);
}

/** One <sheet> entry as the file has it. */
export interface SheetElement {
  raw: string;
  attrs: Record<string, string>;
}

export function sheetElements(xml: string): SheetElement[] {
  const block = findElements(xml, "sheets")[0];
  if (!block) unsupported("workbook.xml has no <sheets>");
  return findElements(block.inner, "sheet").map((el) => ({ raw: block.inner.slice(el.start, el.end), attrs: el.attrs }));
}

/** The prefix workbook.xml gives the relationships namespace ("r"), from its own sheet entries. */
export function relationshipPrefix(xml: string): string {
  const declared = /\sxmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(xml);
  if (!declared) unsupported("workbook.xml does not declare the relationships namespace");
  return declared[1];
}

export function withSheetList(xml: string, sheets: readonly string[]): string {
  const block = findElements(xml, "sheets")[0]!;
  const open = /^<[^>]*>/.exec(xml.slice(block.start))![0].replace(/\s*\/>$/, ">");
  return `${xml.slice(0, block.start)}${open}${sheets.join("")}</sheets>${xml.slice(block.end)}`;
}

/** The first workbook view's active tab (and first visible tab), adding the view when there is none. */
export function withActiveTab(xml: string, activeTab: number, firstSheet: (current: number | undefined) => number | undefined): string {
  const view = findElements(xml, "workbookView")[0];
  if (!view) {
    const fragment = `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="12000" windowHeight="24000" activeTab="${activeTab}"/></bookViews>`;
    const empty = findElements(xml, "bookViews")[0];
    if (empty) return xml.slice(0, empty.start) + fragment + xml.slice(empty.end);
    // Right before <sheets>, which follows it: Excel's extensions (mc:AlternateContent, xr:revisionPtr) stay before both.
    const sheets = /<sheets[\s>/]/.exec(xml);
    return sheets ? xml.slice(0, sheets.index) + fragment + xml.slice(sheets.index) : insertInOrder(xml, "bookViews", fragment);
  }
  const tag = /^<[^>]*>/.exec(xml.slice(view.start))![0];
  const current = view.attrs.firstSheet === undefined ? undefined : Number(view.attrs.firstSheet);
  const first = firstSheet(current);
  const edited = setAttributes(tag, {
    activeTab: activeTab ? String(activeTab) : undefined,
    firstSheet: first ? String(first) : undefined,
  });
  return xml.slice(0, view.start) + edited + xml.slice(view.start + tag.length);
}

/** <calcPr fullCalcOnLoad="1">: Excel calculates the formulas when it opens the file. */
export function withFullCalcOnLoad(xml: string): string {
  const calc = findElements(xml, "calcPr")[0];
  if (!calc) return insertInOrder(xml, "calcPr", '<calcPr fullCalcOnLoad="1"/>');
  const tag = /^<[^>]*>/.exec(xml.slice(calc.start))![0];
  return xml.slice(0, calc.start) + setAttributes(tag, { fullCalcOnLoad: "1" }) + xml.slice(calc.start + tag.length);
}

/** workbook.xml with an empty <definedNames> where the names go, for replaceDefinedNames to fill from XlsxWorkbook.names. */
export function withEmptyDefinedNames(xml: string): string {
  const block = findElements(xml, "definedNames")[0];
  if (block) return xml.slice(0, block.start) + "<definedNames></definedNames>" + xml.slice(block.end);
  return insertInOrder(xml, "definedNames", "<definedNames></definedNames>");
}
