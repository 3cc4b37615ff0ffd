import type { Lang } from "../../i18n";
import type { OutputTarget } from "../../plan/outputTarget";
import { fitColumnWidths } from "../../plan/columnFit";
import { gridRowHeights } from "../../plan/gridLayout";
import type { RangeRef, SheetWrite } from "../../plan/writePlan";
import { SheetCanvas } from "../dais/sheetCanvas";
import { dietCounts, formatDietCounts } from "./dietCounts";
import {
  ASSIGNMENT_HEADERS,
  conventionLabel,
  KITCHEN_HEADERS,
  KITCHEN_TITLE,
  NOBODY_DINES,
  NOTE_PREFIX,
  PROBLEM_HEADERS,
  PROBLEMS_TITLE,
  roleLabel,
  TABLE_SHEET_NAME,
  totalsLine,
  YES,
} from "./tableLabels";
import type { Infeasibility, PlannedTable, PlanWarning, TableGuest, TableProblem, TableResult } from "./types";

export interface TableSheetInput {
  /** A finished plan, or the reasons there is none. */
  result: Extract<TableResult, { status: "ok" | "infeasible" }>;
  problem: Pick<TableProblem, "guests" | "convention">;
  /** Each guest's diet note as typed (guest id → text); without it only dedicated-table diets show. */
  diets?: ReadonlyMap<string, string>;
  target: OutputTarget;
  lang: Lang;
  eventName?: string;
}

/** Each column grows to its longest entry within its range; past it, names and notes wrap. */
const RANGES = [
  { min: 6, max: 12 },
  { min: 6, max: 8 },
  { min: 10, max: 14 },
  { min: 14, max: 22 },
  { min: 26, max: 36 },
  { min: 12, max: 24 },
  { min: 6, max: 8 },
];
const WRAPPED_COLS = new Set([3, 4, 5]);
const PROBLEM_WIDTHS = [30, 10, 50];
const GREY = "#D9D9D9";

/**
 * The 桌次安排 / Table Assignment sheet: the title and the seat-order convention; every guest
 * table by table in seat order; then what the kitchen needs per table, and the totals. Without
 * a plan it lists each problem (people and reason) and assigns nobody.
 */
export function tableSheet(input: TableSheetInput): SheetWrite {
  const { result, lang } = input;
  const canvas = new SheetCanvas();
  canvas.set(0, 0, `${TABLE_SHEET_NAME[lang]}${input.eventName ? ` — ${input.eventName}` : ""}`);
  canvas.format(0, 0, 1, 1, { bold: true, fontSize: 16 });
  // The convention and the notes are sentences: each runs across the table in a row of its own.
  const sentences = [1];
  canvas.set(1, 0, conventionLabel(input.problem.convention, lang));
  canvas.format(1, 0, 1, 1, { bold: true, fontColor: "#C00000" });
  const r = notes(canvas, 3, result.warnings, lang, sentences);
  const guests = new Map(input.problem.guests.map((g) => [g.id, g]));
  /** Rows whose entries size the columns: the tables' and the kitchen's, headers included. */
  const sized: [number, number][] = [];
  let totalsRow: number | undefined;
  if (result.status === "infeasible") drawProblems(canvas, r, result.problems, guests, lang);
  else if (result.tables.every((t) => t.guests.length === 0)) canvas.set(r, 0, NOBODY_DINES[lang]);
  else {
    const diet = (id: string) => input.diets?.get(id) ?? guests.get(id)?.dietTable ?? "";
    const end = drawAssignment(canvas, r, result.tables, guests, diet, lang);
    sized.push([r, end]);
    totalsRow = drawKitchen(canvas, end + 1, result.tables, diet, lang);
    sized.push([end + 2, totalsRow]);
  }
  const grid = canvas.block().values;
  const widths =
    result.status === "ok"
      ? fitColumnWidths(
          sized.flatMap(([from, to]) => grid.slice(from, to)),
          RANGES,
          () => ({ bold: true }),
        )
      : PROBLEM_WIDTHS;
  const cols = widths.length;
  const merges: RangeRef[] = sentences.map((row) => ({ row, col: 0, rows: 1, cols }));
  if (totalsRow !== undefined) merges.push({ row: totalsRow, col: 0, rows: 1, cols: 3 });
  for (const m of merges) canvas.format(m.row, m.col, 1, 1, { wrap: true, vertical: "top" });
  const spans = new Set(merges.map((m) => m.row));
  const inTable = (row: number) => sized.some(([from, to]) => row > from && row < to);
  const rowHeights = gridRowHeights(grid, widths, merges, (row, col) =>
    row === 0
      ? { fontSize: 16, bold: true }
      : { bold: true, wrap: spans.has(row) || (result.status === "infeasible" && row > r + 1) || (inTable(row) && WRAPPED_COLS.has(col)) },
  );
  for (const [from, to] of sized) canvas.format(from + 1, 3, to - from - 1, 3, { wrap: true });
  return {
    ...input.target,
    values: [canvas.block()],
    formats: canvas.formats,
    merges,
    columnWidths: widths.map((width, col) => ({ col, width })),
    rowHeights,
    page: { orientation: "portrait", fitToWidth: true },
  };
}

function notes(canvas: SheetCanvas, top: number, warnings: readonly PlanWarning[], lang: Lang, sentences: number[]): number {
  warnings.forEach((w, i) => {
    canvas.set(top + i, 0, `${NOTE_PREFIX[lang]}${w.message[lang]}`);
    canvas.format(top + i, 0, 1, 1, { fontColor: "#C00000" });
    sentences.push(top + i);
  });
  return top + warnings.length + (warnings.length ? 1 : 0);
}

function header(canvas: SheetCanvas, row: number, labels: readonly string[]): void {
  labels.forEach((h, c) => canvas.set(row, c, h));
  canvas.format(row, 0, 1, labels.length, { bold: true, fill: GREY, border: true });
}

/** One row per seated guest, table by table in seat order. Returns the next free row. */
function drawAssignment(
  canvas: SheetCanvas,
  top: number,
  tables: readonly PlannedTable[],
  guests: ReadonlyMap<string, TableGuest>,
  diet: (id: string) => string,
  lang: Lang,
): number {
  header(canvas, top, ASSIGNMENT_HEADERS[lang]);
  let r = top + 1;
  for (const t of byNumber(tables)) {
    const start = r;
    for (const s of [...t.guests].sort((a, b) => a.seat - b.seat)) {
      const g = guests.get(s.id);
      [t.label ?? t.table, s.seat, roleLabel(s, lang), s.name, g?.organisation ?? "", diet(s.id), g?.vip ? YES[lang] : ""].forEach((v, c) =>
        canvas.set(r, c, v),
      );
      if (s.role !== "guest") canvas.format(r, 2, 1, 2, { bold: true });
      r++;
    }
    canvas.format(start, 0, r - start, ASSIGNMENT_HEADERS[lang].length, { border: true, vertical: "top" });
  }
  return r;
}

/** Per table: guests and the diets to prepare ("清真 2、素食 1"); then the totals. Returns the totals' row. */
function drawKitchen(canvas: SheetCanvas, top: number, tables: readonly PlannedTable[], diet: (id: string) => string, lang: Lang): number {
  canvas.set(top, 0, KITCHEN_TITLE[lang]);
  canvas.format(top, 0, 1, 1, { bold: true, fontSize: 13 });
  header(canvas, top + 1, KITCHEN_HEADERS[lang]);
  const shown = byNumber(tables)
    .filter((t) => t.guests.length > 0)
    .map((t) => ({ ...t, guests: [...t.guests].sort((a, b) => a.seat - b.seat) }));
  shown.forEach((t, i) => {
    const row = top + 2 + i;
    canvas.set(row, 0, t.label ?? t.table);
    canvas.set(row, 1, t.guests.length);
    canvas.set(row, 2, t.dietTable ?? "");
    canvas.set(row, 3, formatDietCounts(dietCounts(t.guests.map((g) => diet(g.id))), lang));
  });
  canvas.format(top + 2, 0, shown.length, KITCHEN_HEADERS[lang].length, { border: true });
  const totals = top + 2 + shown.length;
  const everyone = shown.flatMap((t) => t.guests);
  canvas.set(totals, 0, totalsLine(shown.length, everyone.length, lang));
  canvas.set(totals, 3, formatDietCounts(dietCounts(everyone.map((g) => diet(g.id))), lang));
  canvas.format(totals, 0, 1, KITCHEN_HEADERS[lang].length, { bold: true });
  return totals;
}

function drawProblems(
  canvas: SheetCanvas,
  top: number,
  problems: readonly Infeasibility[],
  guests: ReadonlyMap<string, TableGuest>,
  lang: Lang,
): void {
  canvas.set(top, 0, PROBLEMS_TITLE[lang]);
  canvas.format(top, 0, 1, 1, { bold: true, fontSize: 13, fontColor: "#C00000" });
  header(canvas, top + 1, PROBLEM_HEADERS[lang]);
  const sep = lang === "zh" ? "、" : ", ";
  problems.forEach((p, i) => {
    const row = top + 2 + i;
    canvas.set(row, 0, p.people.map((id) => guests.get(id)?.name ?? id).join(sep));
    canvas.set(row, 1, p.tables.join(sep));
    canvas.set(row, 2, p.message[lang]);
  });
  canvas.format(top + 2, 0, problems.length, PROBLEM_HEADERS[lang].length, { border: true, wrap: true, vertical: "top" });
}

export function byNumber(tables: readonly PlannedTable[]): PlannedTable[] {
  return [...tables].sort((a, b) => a.table - b.table);
}
