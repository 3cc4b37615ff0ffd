import type { Lang } from "../../i18n";
import type { OutputTarget } from "../../plan/outputTarget";
import type { ColumnWidth, SheetWrite } from "../../plan/writePlan";
import { SheetCanvas } from "../dais/sheetCanvas";
import { BLOCK_COLS, tableBlock } from "./tableBlock";
import { CHART_DOOR, CHART_STAGE, CHART_VIEW, conventionLabel, NOBODY_DINES, TABLE_CHART_NAME } from "./tableLabels";
import { byNumber } from "./tableSheet";
import type { PlannedTable, TableConvention } from "./types";

export interface TableChartInput {
  tables: readonly PlannedTable[];
  convention: TableConvention;
  target: OutputTarget;
  lang: Lang;
  eventName?: string;
  /** Tables side by side (default 4). */
  perRow?: number;
}

const SEAT_WIDTH = 16;
const GAP_WIDTH = 3;

/**
 * The 桌次图 / Table Chart: every table as a bordered block of cells (see tableBlock), laid out
 * in a grid, the main table first, under a label saying the stage is at the top and the door at
 * the bottom.
 */
export function tableChartSheet(input: TableChartInput): SheetWrite {
  const { lang } = input;
  const perRow = Math.max(1, input.perRow ?? 4);
  const canvas = new SheetCanvas();
  canvas.set(0, 0, `${TABLE_CHART_NAME[lang]}${input.eventName ? ` — ${input.eventName}` : ""}`);
  canvas.format(0, 0, 1, 1, { bold: true, fontSize: 16 });
  canvas.set(1, 0, CHART_VIEW[lang]);
  canvas.format(1, 0, 1, 1, { bold: true, fontColor: "#C00000" });
  canvas.set(2, 0, conventionLabel(input.convention, lang));
  canvas.format(2, 0, 1, 1, { fontColor: "#595959" });
  const tables = byNumber(input.tables).filter((t) => t.guests.length > 0);
  const width = Math.min(perRow, Math.max(1, tables.length)) * (BLOCK_COLS + 1) - 1;
  canvas.set(4, 0, CHART_STAGE[lang]);
  canvas.format(4, 0, 1, width, { bold: true, fill: "#FFF2CC" });
  let top = 6;
  if (tables.length === 0) {
    canvas.set(top, 0, NOBODY_DINES[lang]);
    top += 2;
  }
  for (let i = 0; i < tables.length; i += perRow) {
    let height = 0;
    tables.slice(i, i + perRow).forEach((t, k) => {
      const left = k * (BLOCK_COLS + 1);
      const block = tableBlock(t, lang);
      height = Math.max(height, block.rows);
      canvas.format(top, left, 1, BLOCK_COLS, { bold: true, fill: "#D9D9D9" });
      for (const c of block.cells) {
        canvas.set(top + c.row, left + c.col, c.value);
        if (c.kind === "seat") canvas.format(top + c.row, left + c.col, 1, 1, { border: true, horizontal: "center", wrap: true });
        if (c.kind === "number") canvas.format(top + c.row, left + c.col, 1, 1, { bold: true, fontSize: 20, horizontal: "center" });
      }
    });
    top += height + 1;
  }
  canvas.set(top, 0, CHART_DOOR[lang]);
  canvas.format(top, 0, 1, width, { bold: true, fill: "#FFF2CC" });
  const columnWidths: ColumnWidth[] = [];
  for (let c = 0; c < width; c++) columnWidths.push({ col: c, width: c % (BLOCK_COLS + 1) === BLOCK_COLS ? GAP_WIDTH : SEAT_WIDTH });
  // The room plan reads best on one wide page.
  return {
    ...input.target,
    values: [canvas.block()],
    formats: canvas.formats,
    columnWidths,
    page: { orientation: "landscape", fitToWidth: true },
  };
}
