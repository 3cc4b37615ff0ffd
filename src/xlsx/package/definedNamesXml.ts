import type { StoredName } from "../xlsxWorkbook";
import { decodeXml, encodeXml, findElements, renderAttributes } from "./xmlText";

/**
 * Names ExcelJS writes from a worksheet's pageSetup. The adapter keeps print areas and titles
 * in `XlsxWorkbook.names` like every other name (openXlsx empties ExcelJS's copies): ExcelJS
 * reads them by position among worksheets only, so with a chartsheet before the sheet they
 * land on the wrong one. Any it still writes (a workbook built in memory) are kept.
 */
const EXCELJS_MANAGED = new Set(["_xlnm.print_area", "_xlnm.print_titles"]);

export function isManagedByExcelJs(name: string): boolean {
  return EXCELJS_MANAGED.has(name.toLowerCase());
}

/**
 * Every defined name in workbook.xml, print areas and titles included.
 * `sheetNames` is the full tab order (chartsheets included), which localSheetId indexes.
 */
export function parseDefinedNames(workbookXml: string, sheetNames: readonly string[]): StoredName[] {
  const block = findElements(workbookXml, "definedNames")[0];
  if (!block) return [];
  const names: StoredName[] = [];
  for (const el of findElements(block.inner, "definedName")) {
    const { name, localSheetId, ...attributes } = el.attrs;
    if (!name) continue;
    const stored: StoredName = { name, formula: decodeXml(el.inner).trim(), attributes };
    if (localSheetId !== undefined) {
      const scope = sheetNames[Number(localSheetId)];
      if (scope === undefined) continue; // scoped to a sheet that does not exist: Excel drops it too
      stored.scope = scope;
    }
    names.push(stored);
  }
  return names;
}

function renderName(n: StoredName, sheetNames: readonly string[]): string | undefined {
  let scopeAttr = "";
  if (n.scope !== undefined) {
    const index = sheetNames.findIndex((s) => s.toLowerCase() === n.scope!.toLowerCase());
    if (index < 0) return undefined; // its sheet is gone, and a sheet-scoped name goes with it
    scopeAttr = ` localSheetId="${index}"`;
  }
  return `<definedName name="${encodeXml(n.name)}"${scopeAttr}${renderAttributes(n.attributes)}>${encodeXml(n.formula)}</definedName>`;
}

/**
 * Rewrites workbook.xml's <definedNames>: the print settings ExcelJS wrote (unless `names` has
 * the same one for the sheet), then `names`. `sheetNames` is the saved file's tab order.
 */
export function replaceDefinedNames(workbookXml: string, names: readonly StoredName[], sheetNames: readonly string[]): string {
  const existing = findElements(workbookXml, "definedNames")[0];
  const ours = new Set(
    names.map((n) => `${n.name.toLowerCase()}@${sheetNames.findIndex((s) => s.toLowerCase() === n.scope?.toLowerCase())}`),
  );
  const kept = existing
    ? findElements(existing.inner, "definedName")
        .filter((el) => isManagedByExcelJs(el.attrs.name ?? ""))
        .filter((el) => !ours.has(`${(el.attrs.name ?? "").toLowerCase()}@${el.attrs.localSheetId ?? -1}`))
        .map((el) => existing.inner.slice(el.start, el.end))
    : [];
  const rendered = names.map((n) => renderName(n, sheetNames)).filter((s): s is string => s !== undefined);
  const all = [...kept, ...rendered];
  const block = all.length ? `<definedNames>${all.join("")}</definedNames>` : "";
  if (existing) return workbookXml.slice(0, existing.start) + block + workbookXml.slice(existing.end);
  // <definedNames> follows <sheets> (ExcelJS writes no functionGroups or externalReferences).
  const sheetsEnd = /<\/(?:\w+:)?sheets>|<(?:\w+:)?sheets\s*\/>/.exec(workbookXml);
  if (!sheetsEnd) return workbookXml;
  const at = sheetsEnd.index + sheetsEnd[0].length;
  return workbookXml.slice(0, at) + block + workbookXml.slice(at);
}
