import type { CellValue } from "../../cellValue";
import type { Lang } from "../../i18n";
import type { OutputTarget } from "../../plan/outputTarget";
import { printableArea, rowsHeight, scaleToWidth } from "../../plan/paperGeometry";
import { SHEET_MARGINS } from "../../plan/printSetup";
import { rowHeightFor, type RowCell } from "../../plan/rowHeight";
import { fitsWidth } from "../../plan/textWrap";
import type { FormatSpec, SheetWrite } from "../../plan/writePlan";
import { SheetCanvas } from "../dais/sheetCanvas";
import { floorPlan, perRowFor, planWidth } from "./floorPlan";
import { tableBlock } from "./tableBlock";
import { CHART_DOOR, CHART_STAGE, CHART_STAGE_CONTINUED, CHART_VIEW, conventionLabel, NOBODY_DINES, TABLE_CHART_NAME } from "./tableLabels";
import { byNumber } from "./tableSheet";
import type { PlannedTable, TableConvention } from "./types";

export interface TableChartInput {
  tables: readonly PlannedTable[];
  convention: TableConvention;
  target: OutputTarget;
  lang: Lang;
  eventName?: string;
  /** Tables side by side; by default from the count (see perRowFor: 5 to 7 for a full room). */
  perRow?: number;
}

/** A seat column: "10 欧阳建国" (a four-character name) on one line. */
const SIDE_WIDTH = 12;
/**
 * The table number's column, and the aisle between two tables: one width for both, so a row
 * shifted half a table (an even row centred under the stage) still meets columns of its kind.
 */
const MID_WIDTH = 5;
/** A table takes side, middle, side, then an aisle. */
const COLS_PER_TABLE = 4;
const BLOCK_COLS = 3;
const BLOCK_WIDTH = 2 * SIDE_WIDTH + MID_WIDTH;
/** Even one table gets a plan this wide, so the title and notes do not wrap into a column. */
const MIN_TABLES_WIDE = 3;
/** The table number as large as its column allows: 20 pt up to 99. */
const NUMBER_SIZES = [20, 16, 13, 11];
const TITLE_SIZE = 16;
const LANDMARK_SIZE = 12;
const SPACER_PT = 8;
const AISLE_PT = 12;
/** Below this a plan is not squeezed onto one page; it runs on to the next, as large as its width allows. */
const MIN_ONE_PAGE_SCALE = 55;
const LANDMARK_FILL = "#FFF2CC";
const TITLE_FILL = "#D9D9D9";

/**
 * The page the plan is cut into: A4 landscape inside a working sheet's margins. A3 and Letter
 * are no squatter, so the rows that fit A4 fit them too.
 */
const PAGE = printableArea("A4", "landscape", SHEET_MARGINS);

/** A cell of one table's block, relative to the block's top-left. */
interface ChartCell {
  row: number;
  col: number;
  rows: number;
  cols: number;
  value: CellValue;
  kind: "title" | "seat" | "number";
  fontSize?: number;
}

/** One row of tables across the plan: each block at its column, and the height of each of its rows. */
interface Band {
  blocks: { col: number; cells: ChartCell[] }[];
  heights: number[];
}

/**
 * The 桌次图 / Table Chart, a floor plan as Chinese banquet protocol draws it (居中为上、以右为上、
 * 近台为上): the stage across the top; the main table in the middle of the front row; the other
 * tables by rank alternately to the host's right (the chart's left) and left, row behind row
 * (see floorPlan); the door across the bottom. Each table is a block of cells (see tableBlock).
 * A plan too tall for one page breaks between rows of tables, each further page headed by the
 * way to the stage.
 */
export function tableChartSheet(input: TableChartInput): SheetWrite {
  const { lang } = input;
  const tables = byNumber(input.tables).filter((t) => t.guests.length > 0);
  const spots = floorPlan(tables.length, input.perRow ?? perRowFor(tables.length));
  const wide = Math.max(MIN_TABLES_WIDE, planWidth(spots));
  const cols = wide * COLS_PER_TABLE - 1;
  const widths = Array.from({ length: cols }, (_, c) => (c % 2 === 0 ? SIDE_WIDTH : MID_WIDTH));
  const planChars = widths.reduce((a, b) => a + b, 0);
  const centre = (wide - 1) / 2;
  const bands: Band[] = [];
  spots.forEach((s, i) => {
    bands[s.row] ??= { blocks: [], heights: [] };
    bands[s.row].blocks.push({ col: (s.offset + centre) * COLS_PER_TABLE, cells: chartCells(tables[i], lang) });
  });
  bands.forEach((b) => (b.heights = bandHeights(b)));

  const canvas = new SheetCanvas();
  /** A line across the whole plan, its row as tall as its wrapped text. */
  const across = (row: number, value: CellValue, spec: Omit<FormatSpec, "range">) => {
    canvas.set(row, 0, value);
    canvas.format(row, 0, 1, cols, { wrap: true, vertical: "center", ...spec });
    canvas.merge(row, 0, 1, cols);
    canvas.atLeast(row, rowHeightFor([{ value, width: planChars, fontSize: spec.fontSize, bold: spec.bold }]));
  };
  const landmark = { bold: true, fontSize: LANDMARK_SIZE, fill: LANDMARK_FILL, horizontal: "center" } as const;
  const spacer = (row: number, height: number) => canvas.atLeast(row, height);

  across(0, `${TABLE_CHART_NAME[lang]}${input.eventName ? ` — ${input.eventName}` : ""}`, { bold: true, fontSize: TITLE_SIZE });
  across(1, CHART_VIEW[lang], { bold: true, fontColor: "#C00000" });
  across(2, conventionLabel(input.convention, lang), { fontColor: "#595959" });
  spacer(3, SPACER_PT);
  across(4, CHART_STAGE[lang], landmark);
  spacer(5, SPACER_PT);
  let top = 6;
  if (tables.length === 0) {
    across(top, NOBODY_DINES[lang], {});
    top += 2;
  }

  const caption = rowHeightFor([{ value: CHART_STAGE_CONTINUED[lang], width: planChars, fontSize: LANDMARK_SIZE, bold: true }]);
  const door = rowHeightFor([{ value: CHART_DOOR[lang], width: planChars, fontSize: LANDMARK_SIZE, bold: true }]);
  const header = canvas.rowHeights.reduce((sum, h) => sum + h.height, 0);
  // As large as the page allows: the plan's width, and its height too when the whole room can
  // share one page at no less than a seven-across plan would print (else it runs on to more pages).
  const byWidth = scaleToWidth(widths, PAGE.width);
  const tall = header + bands.map(bandHeight).reduce((a, b) => a + b, 0) + door;
  const whole = Math.floor((rowsHeight(PAGE) * 100) / tall);
  const scale = whole < byWidth && whole >= MIN_ONE_PAGE_SCALE ? whole : byWidth;
  const starts = pageStarts(header, bands.map(bandHeight), caption, door, (rowsHeight(PAGE) * 100) / scale);
  const breaksBefore: number[] = [];
  bands.forEach((band, i) => {
    if (starts.has(i)) {
      breaksBefore.push(top);
      across(top++, CHART_STAGE_CONTINUED[lang], landmark);
    }
    drawBand(canvas, top, band);
    band.heights.forEach((height, r) => canvas.atLeast(top + r, height));
    top += band.heights.length;
    spacer(top++, AISLE_PT);
  });
  across(top, CHART_DOOR[lang], landmark);
  // Every row as wide as the plan, so the written block covers the merges.
  canvas.set(0, cols - 1, "");

  return canvas.toSheet(input.target, {
    columnWidths: widths.map((width, col) => ({ col, width })),
    page: {
      orientation: "landscape",
      // Its own scale, not "fit to width": Excel drops the page breaks of a sheet scaled to fit.
      fitToWidth: false,
      scale,
      centerHorizontally: true,
      printArea: { row: 0, col: 0, rows: canvas.height, cols },
      ...(breaksBefore.length ? { breaksBefore } : {}),
    },
  });
}

/**
 * One table as the chart draws it, from tableBlock: the title across the block; the host across
 * its top and the deputy across its bottom; the seats down the sides; the number large in the
 * middle, from under the host to over the deputy.
 */
function chartCells(table: PlannedTable, lang: Lang): ChartCell[] {
  const block = tableBlock(table, lang);
  const side = block.rows - 3;
  return block.cells.map((c): ChartCell => {
    if (c.kind === "number") return { row: 2, col: 1, rows: side, cols: 1, value: c.value, kind: "number", fontSize: numberSize(c.value) };
    if (c.kind === "title" || c.col === 1) return { row: c.row, col: 0, rows: 1, cols: BLOCK_COLS, value: c.value, kind: c.kind };
    return { row: c.row, col: c.col, rows: 1, cols: 1, value: c.value, kind: c.kind };
  });
}

/** The largest size at which the number fits its column on one line (a long label wraps at the smallest). */
function numberSize(value: CellValue): number {
  return (
    NUMBER_SIZES.find((fontSize) => fitsWidth(String(value), MID_WIDTH, { fontSize, bold: true })) ?? NUMBER_SIZES[NUMBER_SIZES.length - 1]
  );
}

function measure(c: ChartCell): RowCell {
  return {
    value: c.value,
    width: c.cols === 1 ? (c.col === 1 ? MID_WIDTH : SIDE_WIDTH) : BLOCK_WIDTH,
    fontSize: c.fontSize,
    bold: c.kind !== "seat",
  };
}

/** Each row of the band as tall as its tallest wrapped cell; the rows under a table number grown to hold it. */
function bandHeights(band: Band): number[] {
  const cells = band.blocks.flatMap((b) => b.cells);
  const rows = Math.max(...cells.map((c) => c.row + c.rows));
  const heights = Array.from({ length: rows }, (_, r) => rowHeightFor(cells.filter((c) => c.rows === 1 && c.row === r).map(measure)));
  for (const c of cells.filter((x) => x.rows > 1)) {
    const span = heights.slice(c.row, c.row + c.rows);
    const short = rowHeightFor([measure(c)]) - span.reduce((a, b) => a + b, 0);
    if (short > 0) for (let r = c.row; r < c.row + c.rows; r++) heights[r] += Math.ceil(short / c.rows);
  }
  return heights;
}

/** A band's height with the aisle after it. */
function bandHeight(band: Band): number {
  return band.heights.reduce((a, b) => a + b, 0) + AISLE_PT;
}

/**
 * The bands that start a new page: a band goes on while it fits (the last one with the door
 * under it); a page always takes at least one band, and each further page opens with a caption.
 */
function pageStarts(header: number, bands: readonly number[], caption: number, door: number, page: number): Set<number> {
  const starts = new Set<number>();
  let used = header;
  let fresh = true;
  bands.forEach((height, i) => {
    const need = height + (i === bands.length - 1 ? door : 0);
    if (!fresh && used + need > page) {
      starts.add(i);
      used = caption;
    }
    used += need;
    fresh = false;
  });
  return starts;
}

function drawBand(canvas: SheetCanvas, top: number, band: Band): void {
  for (const block of band.blocks) {
    for (const c of block.cells) {
      const row = top + c.row;
      const col = block.col + c.col;
      canvas.set(row, col, c.value);
      canvas.merge(row, col, c.rows, c.cols);
      const spec: Omit<FormatSpec, "range"> =
        c.kind === "title"
          ? { bold: true, fill: TITLE_FILL, wrap: true }
          : c.kind === "number"
            ? { bold: true, fontSize: c.fontSize, wrap: true }
            : { border: true, wrap: true };
      canvas.format(row, col, c.rows, c.cols, { horizontal: "center", vertical: "center", ...spec });
    }
  }
}
