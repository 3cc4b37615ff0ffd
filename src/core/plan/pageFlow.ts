import type { CellValue } from "../cellValue";
import { DEFAULT_ROW_PT } from "./rowHeight";
import type { FormatSpec, InternalLink, RangeRef, RowHeight } from "./writePlan";

/** A row as a flow lays it down: its cells from column A, its height, and what is formatted, merged or linked in it. */
export interface FlowRow {
  cells: CellValue[];
  /** Points; Excel's default row when absent. */
  height?: number;
  formats?: { col: number; cols: number; spec: Omit<FormatSpec, "range"> }[];
  /** Columns merged into one cell across this row. */
  merges?: { col: number; cols: number }[];
  links?: Omit<InternalLink, "row">[];
}

/** A part of a sheet: a heading, a table, a list of notes. */
export interface FlowSection {
  rows: FlowRow[];
  /**
   * Rows of the section (a table's header) printed again at the top of every page the section
   * runs on to. The section starts on a new page rather than leave them, and the row after them,
   * alone at the foot of one.
   */
  repeat?: { from: number; count: number };
  /** The section begins a page of its own. */
  newPage?: boolean;
}

export interface FlowLayout {
  values: CellValue[][];
  formats: FormatSpec[];
  merges: RangeRef[];
  links: InternalLink[];
  rowHeights: RowHeight[];
  /** Rows a printed page starts at (never the first). */
  breaksBefore: number[];
}

/**
 * Lays sections down a sheet and cuts them into pages itself, each page at most `pageHeight`
 * points of rows: a table that runs on to the next page gets its header again there. A sheet can
 * then hold several tables, each with its own header on every page (Excel's print titles would
 * put the first table's header over all of them), and its page breaks are its own.
 */
export function flowSections(sections: readonly FlowSection[], pageHeight: number): FlowLayout {
  const out: FlowLayout = { values: [], formats: [], merges: [], links: [], rowHeights: [], breaksBefore: [] };
  let used = 0;
  // Consecutive rows formatted alike share one format per spec, so a long table stays a small plan.
  let run: { key: string; row: number; rows: number; formats: NonNullable<FlowRow["formats"]> } | undefined;
  const flush = () => {
    if (run)
      for (const f of run.formats) out.formats.push({ range: { row: run.row, col: f.col, rows: run.rows, cols: f.cols }, ...f.spec });
    run = undefined;
  };
  const heightOf = (r: FlowRow) => r.height ?? DEFAULT_ROW_PT;
  const newPage = () => {
    if (out.values.length > 0 && used > 0) out.breaksBefore.push(out.values.length);
    used = 0;
  };
  const emit = (r: FlowRow) => {
    const row = out.values.length;
    out.values.push(r.cells);
    const key = JSON.stringify(r.formats ?? []);
    if (run && run.key === key && run.row + run.rows === row) run.rows++;
    else {
      flush();
      if (r.formats?.length) run = { key, row, rows: 1, formats: r.formats };
    }
    for (const m of r.merges ?? []) out.merges.push({ row, col: m.col, rows: 1, cols: m.cols });
    for (const l of r.links ?? []) out.links.push({ row, ...l });
    if (r.height !== undefined && r.height !== DEFAULT_ROW_PT) out.rowHeights.push({ row, height: r.height });
    used += heightOf(r);
  };
  for (const section of sections) {
    const rows = section.rows;
    const repeat = section.repeat;
    // What must share the section's first page: everything down to the first row after its header.
    const lead = rows.slice(0, repeat ? repeat.from + repeat.count + 1 : 1).reduce((h, r) => h + heightOf(r), 0);
    if (section.newPage || (used > 0 && used + lead > pageHeight)) newPage();
    const body = repeat ? repeat.from + repeat.count : 1;
    rows.forEach((r, i) => {
      // The last row never goes over alone (a total under a repeated header): the one before it goes too.
      const widow = i === rows.length - 2 && i > body && used + heightOf(r) + heightOf(rows[i + 1]) > pageHeight;
      if (used > 0 && (widow || used + heightOf(r) > pageHeight)) {
        newPage();
        if (repeat && i >= repeat.from + repeat.count) rows.slice(repeat.from, repeat.from + repeat.count).forEach(emit);
      }
      emit(r);
    });
  }
  flush();
  const width = Math.max(0, ...out.values.map((r) => r.length));
  out.values = out.values.map((r) => [...r, ...Array<CellValue>(width - r.length).fill("")]);
  return out;
}

/**
 * Where pages start in rows already laid down (heights in points, the default row where
 * absent), each page at most `pageHeight`: a row that would not fit starts the next page, and a
 * row in `keepWithNext` (a heading) moves over rather than leave its next rows behind.
 */
export function pageBreaks(
  heights: readonly (number | undefined)[],
  pageHeight: number,
  keepWithNext: ReadonlyMap<number, number> = new Map(),
): number[] {
  const h = (r: number) => heights[r] ?? DEFAULT_ROW_PT;
  const breaks: number[] = [];
  let used = 0;
  for (let r = 0; r < heights.length; r++) {
    let block = 0;
    for (let k = r; k < Math.min(heights.length, r + 1 + (keepWithNext.get(r) ?? 0)); k++) block += h(k);
    if (used > 0 && used + block > pageHeight) {
      breaks.push(r);
      used = 0;
    }
    used += h(r);
  }
  return breaks;
}
