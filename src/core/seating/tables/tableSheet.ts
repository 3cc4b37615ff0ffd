import type { Lang } from "../../i18n";
import type { OutputTarget } from "../../plan/outputTarget";
import type { SheetWrite } from "../../plan/writePlan";
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

const WIDTHS = [8, 6, 10, 14, 26, 18, 6];
const PROBLEM_WIDTHS = [30, 10, 80];
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
  canvas.set(1, 0, conventionLabel(input.problem.convention, lang));
  canvas.format(1, 0, 1, 1, { bold: true, fontColor: "#C00000" });
  let r = notes(canvas, 3, result.warnings, lang);
  const guests = new Map(input.problem.guests.map((g) => [g.id, g]));
  if (result.status === "infeasible") drawProblems(canvas, r, result.problems, guests, lang);
  else if (result.tables.every((t) => t.guests.length === 0)) canvas.set(r, 0, NOBODY_DINES[lang]);
  else {
    const diet = (id: string) => input.diets?.get(id) ?? guests.get(id)?.dietTable ?? "";
    r = drawAssignment(canvas, r, result.tables, guests, diet, lang) + 1;
    drawKitchen(canvas, r, result.tables, diet, lang);
  }
  const columnWidths = (result.status === "ok" ? WIDTHS : PROBLEM_WIDTHS).map((width, col) => ({ col, width }));
  return {
    ...input.target,
    values: [canvas.block()],
    formats: canvas.formats,
    columnWidths,
    page: { orientation: "portrait", fitToWidth: true },
  };
}

function notes(canvas: SheetCanvas, top: number, warnings: readonly PlanWarning[], lang: Lang): number {
  warnings.forEach((w, i) => {
    canvas.set(top + i, 0, `${NOTE_PREFIX[lang]}${w.message[lang]}`);
    canvas.format(top + i, 0, 1, 1, { fontColor: "#C00000" });
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

/** Per table: guests and the diets to prepare ("清真 2、素食 1"); then the totals. */
function drawKitchen(canvas: SheetCanvas, top: number, tables: readonly PlannedTable[], diet: (id: string) => string, lang: Lang): void {
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
