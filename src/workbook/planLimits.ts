import { a1Range } from "../core/cellAddress";
import type { CellValue } from "../core/cellValue";
import { PAPER } from "../core/plan/printSetup";
import type { FormatSpec, PageMargins, PageSetup, PaperSize, RangeRef, SheetWrite } from "../core/plan/writePlan";

/**
 * What Excel refuses (or silently spoils) in merges, formats and print settings, checked on the
 * plan before anything is written: Excel would otherwise stop a write half-way, after earlier
 * requests had changed the workbook. Pure; each check gives the first problem of a sheet, in
 * both languages, naming the sheet and the range or setting (an adapter wraps it in its error).
 */
export interface PlanProblem {
  en: string;
  zh: string;
}

/** Excel's grid. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** The longest text one part (left, centre, right) of a header or footer takes. */
export const MAX_FOOTER_PART = 255;

/** The longest font name Excel keeps. */
export const MAX_FONT_NAME = 31;

export const PAPER_SIZES: readonly PaperSize[] = PAPER.values.map((v) => v.code);

/** "B2:D2", or the raw numbers for a range that has no address. */
export function rangeName(r: RangeRef): string {
  const whole = [r.row, r.col, r.rows, r.cols].every(Number.isInteger);
  if (whole && r.row >= 0 && r.col >= 0 && r.rows >= 1 && r.cols >= 1) return a1Range(r.row, r.col, r.rows, r.cols);
  return `(row ${r.row}, col ${r.col}, ${r.rows}×${r.cols})`;
}

function onSheet(r: RangeRef): boolean {
  return (
    [r.row, r.col, r.rows, r.cols].every(Number.isInteger) &&
    r.row >= 0 &&
    r.col >= 0 &&
    r.rows >= 1 &&
    r.cols >= 1 &&
    r.row + r.rows <= MAX_ROWS &&
    r.col + r.cols <= MAX_COLS
  );
}

export function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

const blank = (v: CellValue | null | undefined): boolean => v === undefined || v === null || v === "";

/** The first cell of a grid at (row, col) inside `m` but not its top-left that holds something. */
function filledInside(
  m: RangeRef,
  row: number,
  col: number,
  grid: readonly (readonly (CellValue | null | undefined)[])[],
): string | undefined {
  const r1 = Math.max(m.row, row);
  const r2 = Math.min(m.row + m.rows, row + grid.length);
  for (let r = r1; r < r2; r++) {
    const line = grid[r - row];
    const c1 = Math.max(m.col, col);
    const c2 = Math.min(m.col + m.cols, col + line.length);
    for (let c = c1; c < c2; c++) {
      if (r === m.row && c === m.col) continue;
      if (!blank(line[c - col])) return a1Range(r, c, 1, 1);
    }
  }
  return undefined;
}

/**
 * Merges Excel takes without losing anything: each on the sheet, none overlapping another (Excel
 * would make one merged area of both) or a table of the plan, and no value, formula or link in a
 * merged cell other than the top-left one (Excel keeps only that cell's). Never on a planner's sheet ("update"): merging
 * would throw away what the planner has in the other cells, which the plan does not know.
 */
export function mergeProblem(s: SheetWrite): PlanProblem | undefined {
  const merges = s.merges ?? [];
  if (merges.length === 0) return undefined;
  const sheet = s.name;
  if (s.mode === "update") {
    const at = rangeName(merges[0]);
    return {
      en: `“${sheet}” is the planner's sheet: merging ${at} there would discard what its cells hold`,
      zh: `“${sheet}”是用户的工作表：在其中合并 ${at} 会丢弃这些单元格中的内容`,
    };
  }
  const outside = merges.find((m) => !onSheet(m));
  if (outside) {
    const at = rangeName(outside);
    return {
      en: `the merged range ${at} of “${sheet}” lies outside the sheet`,
      zh: `“${sheet}”的合并区域 ${at} 超出了工作表范围`,
    };
  }
  // Sorted by top row, each compared with the ones above it that reach down to its row.
  const sorted = [...merges].sort((a, b) => a.row - b.row || a.col - b.col);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i - 1; j >= 0; j--) {
      if (!overlaps(sorted[i], sorted[j])) continue;
      const [a, b] = [rangeName(sorted[j]), rangeName(sorted[i])];
      return {
        en: `the merged ranges ${a} and ${b} of “${sheet}” overlap`,
        zh: `“${sheet}”的合并区域 ${a} 与 ${b} 相互重叠`,
      };
    }
  }
  for (const m of merges) {
    const table = (s.tables ?? []).find((t) => overlaps(t.range, m));
    if (table) {
      const at = rangeName(m);
      return {
        en: `the merged range ${at} of “${sheet}” lies in the table ${table.name} (Excel does not merge a table's cells)`,
        zh: `“${sheet}”的合并区域 ${at} 位于表格 ${table.name} 中（Excel 不能合并表格中的单元格）`,
      };
    }
    let cell: string | undefined;
    for (const b of s.values) cell ??= filledInside(m, b.row, b.col, b.values);
    for (const b of s.formulas ?? []) cell ??= filledInside(m, b.row, b.col, b.formulas);
    for (const l of s.links ?? []) cell ??= filledInside(m, l.row, l.col, [[l.text || "link"]]);
    if (cell) {
      const at = rangeName(m);
      return {
        en: `${cell} of “${sheet}” holds a value but lies inside the merged range ${at}, where only the top-left cell keeps one`,
        zh: `“${sheet}”的 ${cell} 有内容，但位于合并区域 ${at} 中，合并后只保留左上角单元格的内容`,
      };
    }
  }
  return undefined;
}

function formatRangeProblem(sheet: string, f: FormatSpec): PlanProblem | undefined {
  const at = rangeName(f.range);
  if (f.rotation !== undefined && !(Number.isInteger(f.rotation) && f.rotation >= -90 && f.rotation <= 90)) {
    return {
      en: `the text of ${at} in “${sheet}” cannot be turned ${f.rotation}° (Excel turns text by whole degrees from -90 to 90)`,
      zh: `“${sheet}”中 ${at} 的文字不能旋转 ${f.rotation}°（Excel 只能按 -90 到 90 之间的整数度旋转）`,
    };
  }
  if (f.fontName !== undefined && (f.fontName.trim() === "" || f.fontName.length > MAX_FONT_NAME)) {
    return {
      en: `the font of ${at} in “${sheet}” cannot be named “${f.fontName}” (Excel takes 1 to ${MAX_FONT_NAME} characters)`,
      zh: `“${sheet}”中 ${at} 的字体名“${f.fontName}”无效（Excel 要求 1 到 ${MAX_FONT_NAME} 个字符）`,
    };
  }
  return undefined;
}

/** Rotations Excel takes (whole degrees, -90 … 90) and font names it keeps. */
export function formatProblem(s: SheetWrite): PlanProblem | undefined {
  for (const f of s.formats ?? []) {
    const p = formatRangeProblem(s.name, f);
    if (p) return p;
  }
  return undefined;
}

const MARGIN_ZH: Record<keyof PageMargins, string> = {
  top: "上",
  bottom: "下",
  left: "左",
  right: "右",
  header: "页眉",
  footer: "页脚",
};

const FOOTER_ZH = { left: "左", center: "中", right: "右" } as const;

/** A paper size of the list, a scale Excel takes, margins of 0 mm or more, footer parts Excel takes (255 characters each). */
export function pageProblem(s: SheetWrite): PlanProblem | undefined {
  const page: PageSetup | undefined = s.page;
  if (!page) return undefined;
  const sheet = s.name;
  if (page.paper !== undefined && !PAPER_SIZES.includes(page.paper)) {
    return {
      en: `“${sheet}” cannot print on paper “${String(page.paper)}” (one of ${PAPER_SIZES.join(", ")})`,
      zh: `“${sheet}”不能使用纸张“${String(page.paper)}”（可选 ${PAPER_SIZES.join("、")}）`,
    };
  }
  if (page.scale !== undefined && (!Number.isInteger(page.scale) || page.scale < 10 || page.scale > 400 || page.fitToWidth)) {
    return {
      en: `“${sheet}” cannot print at ${page.scale} %${page.fitToWidth ? " and fit to the page" : ""} (a whole number from 10 to 400)`,
      zh: `“${sheet}”不能按 ${page.scale}% 打印${page.fitToWidth ? "并缩放到一页宽" : ""}（须为 10 至 400 的整数）`,
    };
  }
  if (page.margins) {
    for (const side of Object.keys(MARGIN_ZH) as (keyof PageMargins)[]) {
      const mm = page.margins[side];
      if (Number.isFinite(mm) && mm >= 0) continue;
      return {
        en: `the ${side} margin of “${sheet}” cannot be ${mm} mm (0 or more)`,
        zh: `“${sheet}”的${MARGIN_ZH[side]}边距不能为 ${mm} 毫米（须不小于 0）`,
      };
    }
  }
  for (const part of ["left", "center", "right"] as const) {
    const text = page.footer?.[part];
    if (text === undefined || text.length <= MAX_FOOTER_PART) continue;
    return {
      en: `the ${part} part of the footer of “${sheet}” has ${text.length} characters (Excel takes up to ${MAX_FOOTER_PART})`,
      zh: `“${sheet}”页脚的${FOOTER_ZH[part]}部分有 ${text.length} 个字符（Excel 最多 ${MAX_FOOTER_PART} 个）`,
    };
  }
  return undefined;
}

/** The first problem of a sheet's merges, formats or print settings. */
export function sheetLimitProblem(s: SheetWrite): PlanProblem | undefined {
  return mergeProblem(s) ?? formatProblem(s) ?? pageProblem(s);
}
