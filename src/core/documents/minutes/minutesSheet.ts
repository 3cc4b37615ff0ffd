import type { CellValue } from "../../cellValue";
import type { Lang } from "../../i18n";
import type { OutputTarget } from "../../plan/outputTarget";
import type { SheetWrite } from "../../plan/writePlan";
import type { ParsedWorkbook } from "../../schema/parseWorkbook";
import type { SheetSnapshot } from "../../../workbook/gateway";
import { Canvas } from "./canvas";
import { keptOrGenerated } from "./keptOrGenerated";
import { COPY_HEADER, FIELD_LABELS, FIELD_ORDER, MINUTES_SHEET_NAME, SHEET_NOTE } from "./labels";
import { pageBreaks } from "../../plan/pageFlow";
import { printableArea, rowsHeight, scaleToWidth } from "../../plan/paperGeometry";
import { SHEET_MARGINS } from "../../plan/printSetup";
import { COLUMN_WIDTHS, COPY_COL, PRINT_COLS } from "./layout";
import { actionSection, writingSection } from "./minutesSections";
import { prefilled } from "./prefilled";
import { keptWork, withKeptWork } from "../keptWork";
import { MINUTES_ROW_MATCH, readPreviousMinutes } from "./previousMinutes";

export { MINUTES_SHEET_NAME };

export interface MinutesSheetInput {
  target: OutputTarget;
  parsed: ParsedWorkbook;
  /** This sheet as the recorder left it (the previous run's output, read back), or undefined the first time. */
  previous?: SheetSnapshot;
  /** Output language; the workbook's when absent. */
  lang?: Lang;
}

const GREY = "#808080";
const COPY_FILL = "#F2F2F2";

/**
 * The 会议纪要 / Minutes sheet: the title, the prefilled time, place, chair, recorder, attendance
 * and agenda, then 会议讨论 and 会议决定 for the recorder, then the action items table. A re-run
 * keeps whatever the recorder typed (their rows, their action items, any prefilled value they
 * changed) and brings the untouched prefilled values up to date. Prints on portrait pages one
 * page wide; the first row and the grey generated-copy column stay off the page.
 */
export function minutesSheet(input: MinutesSheetInput): SheetWrite {
  const lang = input.lang ?? input.parsed.lang;
  const gen = prefilled(input.parsed, lang);
  const prev = readPreviousMinutes(input.previous);
  const c = new Canvas();

  const note = c.add([SHEET_NOTE[lang], "", "", "", "", "", COPY_HEADER[lang]]);
  c.format(note, 0, 1, 1, { italic: true, fontColor: GREY });
  c.format(note, COPY_COL, 1, 1, { bold: true, fontColor: GREY, fill: COPY_FILL });
  const title = c.add([keptOrGenerated(prev.title, gen.title), "", "", "", "", "", gen.title], 30);
  c.format(title, 0, 1, 1, { bold: true, fontSize: 16, vertical: "center" });
  c.add([]);

  const fieldsFrom = c.next;
  const addKept = (rows: readonly CellValue[][] | undefined) => rows?.forEach((r) => c.addSpanned(r, 20));
  addKept(prev.addedRows.get(""));
  for (const key of FIELD_ORDER) {
    const p = prev.fields.get(key);
    const cells = [FIELD_LABELS.find((l) => l.key === key)![lang], keptOrGenerated(p, gen.fields[key]), ...(p?.rest ?? [])];
    c.addSpanned([...cells, ...Array(PRINT_COLS - cells.length).fill(""), "", gen.fields[key]], 20);
    addKept(prev.addedRows.get(key));
  }
  const fieldRows = c.next - fieldsFrom;
  c.format(fieldsFrom, 0, fieldRows, PRINT_COLS, { border: true, vertical: "top", wrap: true });
  c.format(fieldsFrom, 0, fieldRows, 1, { bold: true });
  c.format(title, COPY_COL, c.next - title, 1, { fontColor: GREY, fill: COPY_FILL });
  c.add([]);

  writingSection(c, "discussion", prev.discussion, lang);
  c.add([]);
  writingSection(c, "decisions", prev.decisions, lang);
  c.add([]);
  const validation = actionSection(c, prev.actions, lang);

  // Its own page breaks (no heading left at a page's foot), so its own scale: Excel drops the
  // breaks of a sheet fitted to the page's width.
  const printedWidths = COLUMN_WIDTHS.slice(0, PRINT_COLS);
  const area = printableArea("A4", "portrait", SHEET_MARGINS);
  const scale = scaleToWidth(printedWidths, area.width);
  const heights = new Map(c.heights.map((h) => [h.row, h.height]));
  const printed = Array.from({ length: c.next - title }, (_, i) => heights.get(title + i));
  const keep = new Map([...c.keepWithNext].map(([row, n]) => [row - title, n]));
  const breaksBefore = pageBreaks(printed, (rowsHeight(area) * 100) / scale, keep).map((r) => r + title);
  const sheet: SheetWrite = {
    ...input.target,
    values: [{ row: 0, col: 0, values: c.rows }],
    formats: c.formats,
    columnWidths: COLUMN_WIDTHS.map((width, col) => ({ col, width })),
    rowHeights: c.heights,
    merges: c.merges,
    validations: [validation],
    page: {
      orientation: "portrait",
      fitToWidth: false,
      scale,
      breaksBefore,
      printArea: { row: title, col: 0, rows: c.next - title, cols: PRINT_COLS },
      centerHorizontally: true,
    },
    activate: true,
  };
  return withKeptWork(sheet, keptWork(input.previous, c.rows, MINUTES_ROW_MATCH));
}
