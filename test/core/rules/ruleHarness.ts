import type { CellValue } from "../../../src/core/cellValue";
import type { Finding } from "../../../src/core/finding";
import { runRules } from "../../../src/core/rules/engine";
import type { Rule } from "../../../src/core/rules/types";
import { locateByName } from "../../../src/core/schema/locateSheets";
import { parseWorkbook, type ParsedWorkbook } from "../../../src/core/schema/parseWorkbook";
import { INPUT_SHEETS } from "../../../src/core/schema/sheets";

/** A parsed workbook from plain rows per sheet name (row 0 = headers; dates as serials or text). */
export function workbook(sheets: Record<string, CellValue[][]>): ParsedWorkbook {
  const snaps = Object.entries(sheets).map(([name, rows]) => {
    const width = Math.max(0, ...rows.map((r) => r.length));
    return { name, top: 0, left: 0, values: rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill("")]) };
  });
  return parseWorkbook(snaps, locateByName(Object.keys(sheets), INPUT_SHEETS));
}

/** The findings of the given rules (through the engine, so settings and missing columns apply). */
export function check(rules: Rule | Rule[], sheets: Record<string, CellValue[][]>, today = "2026-12-01"): Finding[] {
  return runRules(workbook(sheets), Array.isArray(rules) ? rules : [rules], today).findings;
}

/** "error 参会人员!J5 roster.vip-unconfirmed" lines: compact and readable in assertions. */
export function brief(findings: Finding[]): string[] {
  return findings.map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.id}`);
}
