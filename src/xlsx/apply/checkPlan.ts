import { a1 } from "../../core/cellAddress";
import type { RangeRef, SheetWrite, WritePlan } from "../../core/plan/writePlan";
import { excelTables } from "../excelJsInternals";
import { findSheet } from "../sheetLookup";
import { MAX_COLS, MAX_ROWS, overlaps, sheetLimitProblem } from "../../workbook/planLimits";
import { isValidRowHeight } from "../../workbook/rowHeightRuns";
import type { XlsxWorkbook } from "../xlsxWorkbook";
import { checkSheetName, checkTableName } from "./excelNameRules";
import { checkExpected } from "./checkExpected";
import { reject } from "./planRejected";

function widest(rows: readonly unknown[][]): number {
  return rows.reduce((w, r) => Math.max(w, r.length), 0);
}

function checkRange(sheet: string, r: RangeRef | { row: number; col: number; rows: number; cols: number }): void {
  const ok =
    Number.isInteger(r.row) &&
    Number.isInteger(r.col) &&
    r.row >= 0 &&
    r.col >= 0 &&
    r.row + Math.max(r.rows, 1) <= MAX_ROWS &&
    r.col + Math.max(r.cols, 1) <= MAX_COLS;
  if (!ok) reject(`A write to "${sheet}" falls outside the sheet.`, `写入“${sheet}”的位置超出了工作表范围。`);
}

function checkValues(sw: SheetWrite): void {
  for (const block of sw.values) {
    checkRange(sw.name, {
      row: block.row,
      col: block.col,
      rows: block.values.length,
      cols: widest(block.values),
    });
    block.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (typeof v === "number" && !Number.isFinite(v)) {
          const at = `${sw.name}!${a1(block.row + i, block.col + j)}`;
          reject(`The value for ${at} is not a number Excel can store (${v}).`, `${at} 的值（${v}）不是 Excel 能保存的数字。`);
        }
      }),
    );
  }
  for (const block of sw.formulas ?? []) {
    checkRange(sw.name, {
      row: block.row,
      col: block.col,
      rows: block.formulas.length,
      cols: widest(block.formulas),
    });
    block.formulas.forEach((row, i) =>
      row.forEach((f, j) => {
        if (f !== "" && !f.startsWith("=")) {
          const at = `${sw.name}!${a1(block.row + i, block.col + j)}`;
          reject(`The formula for ${at} does not start with "=": ${f}`, `${at} 的公式不是以“=”开头：${f}`);
        }
      }),
    );
  }
}

/**
 * Checks the whole plan against the workbook before anything is written, so a plan that
 * cannot be carried out leaves the workbook exactly as it was.
 */
export function checkPlan(book: XlsxWorkbook, plan: WritePlan): void {
  checkExpected(book, plan);
  const sheets = new Set(book.excel.worksheets.map((ws) => ws.name.toLowerCase()));
  const replaced = new Set(plan.sheets.filter((s) => s.mode === "replace").map((s) => s.name.toLowerCase()));
  const takenTableNames = new Set<string>(book.names.filter((n) => n.scope === undefined).map((n) => n.name.toLowerCase()));
  for (const ws of book.excel.worksheets) {
    if (replaced.has(ws.name.toLowerCase())) continue;
    for (const t of excelTables(ws)) takenTableNames.add(t.name.toLowerCase());
  }

  for (const sw of plan.sheets) {
    checkSheetName(sw.name);
    const key = sw.name.toLowerCase();
    if (sw.mode === "create" && sheets.has(key)) {
      const actual = findSheet(book.excel, sw.name)?.name ?? sw.name;
      reject(`The workbook already has a sheet called "${actual}".`, `工作簿中已有名为“${actual}”的工作表。`);
    }
    if (sw.mode === "update" && (!sheets.has(key) || sw.owner)) {
      reject(
        sw.owner ? `"${sw.name}" is the planner's sheet and cannot become the add-in's.` : `The sheet "${sw.name}" is not in the workbook.`,
        sw.owner ? `“${sw.name}”是用户的工作表，不能由加载项接管。` : `工作表“${sw.name}”不在工作簿中。`,
      );
    }
    sheets.add(key);
    checkValues(sw);
    const limit = sheetLimitProblem(sw);
    if (limit) reject(`${limit.en}.`, `${limit.zh}。`);
    for (const f of sw.formats ?? []) checkRange(sw.name, f.range);
    for (const v of sw.validations ?? []) checkRange(sw.name, v.range);
    for (const h of sw.rowHeights ?? []) {
      if (!isValidRowHeight(h)) {
        reject(
          `Row ${h.row + 1} of "${sw.name}" cannot be ${h.height} pt high (Excel allows above 0 up to 409).`,
          `“${sw.name}”第 ${h.row + 1} 行的行高不能为 ${h.height} 磅（Excel 允许大于 0、最多 409）。`,
        );
      }
    }
    for (const link of sw.links ?? []) checkRange(sw.name, { row: link.row, col: link.col, rows: 1, cols: 1 });
    const tables = sw.tables ?? [];
    tables.forEach((t, i) => {
      checkRange(sw.name, t.range);
      if (t.range.rows < 1 || t.range.cols < 1) reject(`Table "${t.name}" has no cells.`, `表格“${t.name}”没有单元格。`);
      checkTableName(t.name, takenTableNames);
      if (tables.slice(0, i).some((o) => overlaps(o.range, t.range))) {
        reject(`Table "${t.name}" overlaps another table on "${sw.name}".`, `表格“${t.name}”与“${sw.name}”上的其他表格重叠。`);
      }
    });
  }
}
