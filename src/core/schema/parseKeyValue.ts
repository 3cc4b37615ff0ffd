import { a1 } from "../cellAddress";
import { isBlank, type CellValue } from "../cellValue";
import type { Finding } from "../finding";
import type { SheetSnapshot } from "../../workbook/gateway";
import { headerIndex, matchHeader } from "./headerMatch";
import { cellText } from "./normalize/cellText";
import { foldKey } from "./normalize/text";
import { parseCell } from "./parseCell";
import type { FoundBy, ParsedKeyValue } from "./parsedSheet";
import type { KeyValueSheetDef } from "./sheetDef";
import type { Cell } from "./values";

/** A "key | value" heading row above the settings is not a setting. */
const HEADING_WORDS = new Set(
  ["序号", "项目", "内容", "字段", "值", "设置", "设置项", "key", "value", "setting", "item", "field", "no"].map(foldKey),
);

/** Keys are looked for in the first columns only; the value is the next non-empty cell to the right. */
const KEY_COLUMNS = 3;

export function emptyKeyValue<F>(def: KeyValueSheetDef, findings: Finding[] = []): ParsedKeyValue<F> {
  return { def, sheet: null, foundBy: null, fields: {}, extras: {}, keyCells: new Map(), unreadable: new Map(), findings };
}

export function parseKeyValue<F>(snap: SheetSnapshot, def: KeyValueSheetDef, foundBy: FoundBy): ParsedKeyValue<F> {
  const sheet = snap.name;
  const idx = headerIndex(def.keys);
  const fields: Record<string, Cell<unknown>> = {};
  const extras: Record<string, Cell<CellValue>> = {};
  const emptyExtras = new Map<string, string>();
  const keyCells = new Map<string, string>();
  const unreadable = new Map<string, Cell<CellValue>>();
  const findings: Finding[] = [];
  for (let r = 0; r < snap.values.length; r++) {
    const row = snap.values[r];
    // The key is the first known setting name in the leading columns; a row number (序号) before it is skipped.
    let k = row.findIndex((v, c) => c < KEY_COLUMNS && matchHeader(idx, v) !== undefined);
    if (k < 0) k = row.findIndex((v, c) => c < KEY_COLUMNS && !isBlank(v) && typeof v !== "number");
    if (k < 0) continue;
    const valueCol = row.findIndex((v, c) => c > k && !isBlank(v));
    const sheetRow = snap.top + r;
    const key = matchHeader(idx, row[k]);
    if (!key) {
      const label = cellText(row[k]);
      if (HEADING_WORDS.has(foldKey(label))) continue;
      if (valueCol < 0) {
        if (!emptyExtras.has(label)) emptyExtras.set(label, a1(sheetRow, snap.left + k + 1));
        continue;
      }
      const v = row[valueCol];
      extras[label] = { value: v, address: a1(sheetRow, snap.left + valueCol), raw: v };
      continue;
    }
    if (keyCells.has(key)) continue; // the first row of a key wins, like the first column of a header
    keyCells.set(key, a1(sheetRow, snap.left + k));
    if (valueCol < 0) continue;
    const col = def.keys.find((d) => d.key === key)!;
    const address = a1(sheetRow, snap.left + valueCol);
    const res = parseCell(row[valueCol], col, sheet, address);
    if (res.cell) fields[key] = res.cell;
    if (res.problem) {
      findings.push(res.problem);
      if (!res.cell) unreadable.set(key, { value: row[valueCol], address, raw: row[valueCol] });
    }
  }
  return { def, sheet, foundBy, fields: fields as ParsedKeyValue<F>["fields"], extras, emptyExtras, keyCells, unreadable, findings };
}
