import type { CellValue } from "../../cellValue";
import type { Lang } from "../../i18n";
import type { OutputTarget } from "../../plan/outputTarget";
import type { FormatSpec, RangeRef, RowHeight, SheetWrite } from "../../plan/writePlan";
import { enumLabels, matchEnum, TASK_STATUS } from "../../schema/enums";
import { cellText } from "../../schema/normalize/cellText";
import { fitColumnWidths } from "../../plan/columnFit";
import { DEFAULT_ROW_PT, rowHeightFor } from "../../plan/rowHeight";
import { formatDate } from "../../schema/normalize/dateFormat";
import type { MeetingSpan } from "./dueDates";
import { CHECKLIST_COLUMNS, COLUMN_INDEX, L } from "./labels";
import type { ChecklistRow } from "./mergeChecklist";
import type { ChecklistOptions } from "./options";

export interface ChecklistSheetInput {
  target: OutputTarget;
  lang: Lang;
  rows: readonly ChecklistRow[];
  options: ChecklistOptions;
  span?: MeetingSpan;
  /** The meeting's name, shown in the title. */
  meetingName?: string;
  /** Status as a checkbox (TRUE/FALSE) instead of a list of the four task states. */
  checkboxes?: boolean;
  /** Headers of columns the planner added to the table; kept to the right, with each row's values. */
  extraColumns?: readonly string[];
}

const isDone = (v: CellValue): boolean => v === true || matchEnum(TASK_STATUS, cellText(v)) === "done";

export interface ChecklistSheet {
  sheet: SheetWrite;
  /** The 状态 cells (one column, a row per step); absent when the table is empty. */
  statusRange?: RangeRef;
}

/** Title, three note lines, a blank row, then the table. */
export const HEADER_ROW = 5;
const WIDTH = CHECKLIST_COLUMNS.length;
/** The columns that print: everything but the generated copy. */
const PRINTED = COLUMN_INDEX.computed;
const DATE_TIME = "yyyy-mm-dd hh:mm";
const DATE_ONLY = "yyyy-mm-dd";
const GREY_TEXT = "#808080";
const GREY_FILL = "#F2F2F2";

/** Columns that grow to fit (short entries); the rest wrap at their width. */
const GROWS = new Set<string>(["id", "due", "status", "computed"]);
const WRAPS = ["phase", "step", "group", "owner", "notes"] as const;

const when = (v: { date: string; time?: string }, lang: Lang) => formatDate(v.date, lang, { weekday: true, time: v.time });

/** Runs of rows whose due cells share a number format: one format per run keeps the plan small. */
function dateFormats(rows: readonly ChecklistRow[], key: "due" | "computed", first: number): FormatSpec[] {
  const formatOf = (v: CellValue) => (typeof v !== "number" ? undefined : Number.isInteger(v) ? DATE_ONLY : DATE_TIME);
  const out: FormatSpec[] = [];
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    const f = formatOf(rows[start].cells[key]);
    if (i < rows.length && formatOf(rows[i].cells[key]) === f) continue;
    if (f) out.push({ range: { row: first + start, col: COLUMN_INDEX[key], rows: i - start, cols: 1 }, numberFormat: f });
    start = i;
  }
  return out;
}

/**
 * The 会务清单 / Checklist sheet: the meeting's name, how due dates are worked out and which
 * options apply, then one row per step. The greyed last column (the generated copy of the due
 * date) sits outside the print area; it is what the next run compares the due date with.
 */
export function checklistSheet(input: ChecklistSheetInput): ChecklistSheet {
  const { lang, rows, options: o, span } = input;
  const extras = input.extraColumns ?? [];
  const first = HEADER_ROW + 1;
  const basis = span
    ? L.dueBasis(when(span.start, lang), span.end.date === span.start.date && !span.end.time ? undefined : when(span.end, lang), lang)
    : L.noStart[lang];
  const values: CellValue[][] = [
    [L.title(input.meetingName, lang)],
    [basis],
    [L.options(o.size, o.set.size, o.attendees, o.lodging, o.meals, lang)],
    [L.keepsEdits[lang]],
    [],
    [...CHECKLIST_COLUMNS.map((c) => c[lang]), ...extras],
    ...rows.map((r) => [...CHECKLIST_COLUMNS.map((c) => r.cells[c.key]), ...extras.map((_, i) => r.cells.extra?.[i] ?? "")]),
  ].map((r) => [...r, ...Array<CellValue>(WIDTH + extras.length - r.length).fill("")]);

  const n = rows.length;
  const table = (col: number, cols: number): RangeRef => ({ row: first, col, rows: n, cols });
  const formats: FormatSpec[] = [
    { range: { row: 0, col: 0, rows: 1, cols: 1 }, bold: true, fontSize: 14 },
    { range: { row: 1, col: 0, rows: 3, cols: 1 }, fontColor: "#595959" },
    { range: { row: HEADER_ROW, col: 0, rows: 1, cols: PRINTED }, bold: true, fill: "#D9D9D9", border: true, vertical: "center" },
    { range: { row: HEADER_ROW, col: PRINTED, rows: n + 1, cols: 1 }, fontColor: GREY_TEXT, fill: GREY_FILL, italic: true },
  ];
  if (extras.length) formats.push({ range: { row: HEADER_ROW, col: WIDTH, rows: 1, cols: extras.length }, bold: true, border: true });
  if (n > 0) {
    formats.push({ range: table(0, PRINTED), border: true, vertical: "top" });
    formats.push({ range: table(COLUMN_INDEX.status, 1), horizontal: "center" });
    formats.push(...dateFormats(rows, "due", first), ...dateFormats(rows, "computed", first));
  }

  // Short columns (ID, status, due) grow to their longest entry; the others keep their width and wrap.
  const widths = [
    ...fitColumnWidths(
      values.slice(HEADER_ROW),
      CHECKLIST_COLUMNS.map((c) => ({ min: c.width, max: GROWS.has(c.key) ? c.width + 6 : c.width })),
      (row) => ({ bold: row === 0 }),
    ),
    ...extras.map(() => 12),
  ];
  if (n > 0) for (const k of WRAPS) formats.push({ range: table(COLUMN_INDEX[k], 1), wrap: true });
  formats.push({ range: { row: HEADER_ROW, col: 0, rows: 1, cols: PRINTED }, wrap: true });
  const rowHeights: RowHeight[] = [];
  values.slice(HEADER_ROW).forEach((r, i) => {
    const height = rowHeightFor(WRAPS.map((k) => ({ value: r[COLUMN_INDEX[k]], width: widths[COLUMN_INDEX[k]], bold: i === 0 })));
    if (height > DEFAULT_ROW_PT) rowHeights.push({ row: HEADER_ROW + i, height });
  });

  const statusRange = n > 0 ? table(COLUMN_INDEX.status, 1) : undefined;
  // A checkbox holds done / not done; the caller asks for one only when no row is in progress or blocked.
  if (input.checkboxes) values.slice(first).forEach((r) => (r[COLUMN_INDEX.status] = isDone(r[COLUMN_INDEX.status])));
  const sheet: SheetWrite = {
    ...input.target,
    values: [{ row: 0, col: 0, values }],
    formats,
    columnWidths: widths.map((width, col) => ({ col, width })),
    rowHeights,
    validations: statusRange && !input.checkboxes ? [{ range: statusRange, list: enumLabels(TASK_STATUS, lang), strict: true }] : [],
    ...(statusRange && input.checkboxes ? { checkboxes: [statusRange] } : {}),
    freeze: { rows: first, cols: 0 },
    page: {
      orientation: "landscape",
      fitToWidth: true,
      printArea: { row: 0, col: 0, rows: first + n, cols: PRINTED },
      titleRows: { first: HEADER_ROW, last: HEADER_ROW },
    },
    activate: true,
  };
  return { sheet, ...(statusRange ? { statusRange } : {}) };
}
