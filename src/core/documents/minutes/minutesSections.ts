import type { CellValue } from "../../cellValue";
import type { Lang } from "../../i18n";
import type { ListValidation } from "../../plan/writePlan";
import { enumLabels, TASK_STATUS } from "../../schema/enums";
import { numberOf } from "./actionTable";
import { rowHeightOf, type Canvas } from "./canvas";
import { ACTION_COLUMNS, DUE_FORMAT, SECTION_HINTS, SECTION_LABELS, type SectionKey } from "./labels";
import { ACTION_ROWS, ACTION_SPARE_ROWS, PRINT_COLS, SECTION_ROWS } from "./layout";

const HEADING_FILL = "#D9D9D9";
const KEPT_UNDER_HEADING = 2;
const HINT_COLOR = "#595959";

function heading(c: Canvas, key: SectionKey, lang: Lang): void {
  const label = SECTION_LABELS.find((s) => s.key === key)!;
  const hint = SECTION_HINTS[key][lang];
  const row = c.addSpanned([label[lang], hint], 20);
  // A heading never ends a page: it goes over with the first rows under it.
  c.keepWithNext.set(row, KEPT_UNDER_HEADING);
  c.format(row, 0, 1, PRINT_COLS, { fill: HEADING_FILL, vertical: "center" });
  c.format(row, 0, 1, 1, { bold: true, fontSize: 12, wrap: true });
  c.format(row, 1, 1, 1, { italic: true, fontColor: HINT_COLOR, wrap: true });
}

/** 会议讨论 / 会议决定: the heading, the recorder's rows as they left them, and empty tall rows to write in. */
export function writingSection(c: Canvas, key: SectionKey, kept: readonly CellValue[][], lang: Lang): void {
  heading(c, key, lang);
  const first = c.next;
  const count = Math.max(SECTION_ROWS, kept.length + 1);
  for (let i = 0; i < count; i++) {
    const cells = kept[i] ?? [];
    c.addSpanned(cells, 45);
  }
  c.format(first, 0, count, PRINT_COLS, { border: true, vertical: "top" });
  c.format(first, 1, count, PRINT_COLS - 1, { wrap: true });
}

/**
 * 行动事项 / Action items: a table numbered 1…N (at least ten rows), the recorder's rows kept
 * whole, then spare rows that still carry the date format and the status list.
 */
export function actionSection(c: Canvas, kept: readonly CellValue[][], lang: Lang): ListValidation {
  heading(c, "actions", lang);
  const header = c.add(
    ACTION_COLUMNS.map((col) => col[lang]),
    20,
  );
  c.format(header, 0, 1, PRINT_COLS, { bold: true, fill: HEADING_FILL, border: true, horizontal: "center", vertical: "center" });
  const rows = kept.map((r) => [...r]);
  let highest = Math.max(0, ...rows.map((r) => numberOf(r[0]) ?? 0));
  while (rows.length < ACTION_ROWS) rows.push([++highest, "", "", "", ""]);
  const first = c.next;
  for (const r of rows) c.add(r, rowHeightOf(r, 24));
  c.format(first, 0, rows.length, PRINT_COLS, { border: true, vertical: "center" });
  c.format(first, 0, rows.length, 1, { horizontal: "center" });
  c.format(first, 1, rows.length, 2, { wrap: true });
  c.format(first, 4, rows.length, 1, { horizontal: "center" });
  const span = rows.length + ACTION_SPARE_ROWS;
  c.format(first, 3, span, 1, { numberFormat: DUE_FORMAT[lang], horizontal: "center" });
  return { range: { row: first, col: 4, rows: span, cols: 1 }, list: enumLabels(TASK_STATUS, lang), strict: true };
}
