import { printedName } from "../../schema/roster/people";
import type { CellValue } from "../../cellValue";
import { fitColumnWidths } from "../../plan/columnFit";
import type { Lang } from "../../i18n";
import type { OutputTarget } from "../../plan/outputTarget";
import type { FormatSpec, SheetWrite } from "../../plan/writePlan";
import { enumLabel, BADGE, type Badge } from "../../schema/enums";
import type { ParsedWorkbook } from "../../schema/parseWorkbook";
import { BADGE_COLOURS, BADGE_ORDER } from "./badgeColours";
import { badgeHolders } from "./badgeList";
import { BADGE_SHEET_NAME, BADGE_TABLE_NAME, HEADERS, L, LEGEND_HEADERS } from "./labels";

export { BADGE_SHEET_NAME, BADGE_TABLE_NAME };

export interface BadgeSheetInput {
  target: OutputTarget;
  lang: Lang;
  parsed: Pick<ParsedWorkbook, "roster">;
}

export interface BadgeResult {
  sheet: SheetWrite;
  /** Badges of each type. */
  counts: Record<Badge, number>;
  /** How many types came from the role because the roster gave none. */
  derived: number;
}

const WIDTH = HEADERS.zh.length;
/** Each column grows to its longest entry (a print shop's list is read, not cut), within reason. */
const LIST_COLUMNS = [10, 12, 26, 18, 10, 8].map((min) => ({ min, max: 50 }));
/** One empty column between the table and the legend, so the legend never joins the table. */
const LEGEND_COL = WIDTH + 1;

/**
 * The 证件 / Badges sheet: one row per badge, ready for a mail merge — an Excel table at A1 whose
 * header row gives the field names, nothing above it. Each type's cell is filled with the type's
 * own colour, named in the 颜色 column for the print shop; a legend sits to the right of the
 * table, outside it and outside the print area.
 */
export function badgeSheet(input: BadgeSheetInput): BadgeResult {
  const { lang } = input;
  const holders = badgeHolders(input.parsed.roster.records);
  const counts: Record<Badge, number> = { attendance: 0, observer: 0, staff: 0 };
  const rows: CellValue[][] = [HEADERS[lang]];
  for (const h of holders) {
    counts[h.badge]++;
    const f = h.person.fields;
    rows.push([
      enumLabel(BADGE, h.badge, lang),
      printedName(h.person),
      f.organisation?.value ?? "",
      f.title?.value ?? "",
      f.group?.value ?? "",
      BADGE_COLOURS[h.badge].name[lang],
    ]);
  }
  const formats: FormatSpec[] = [];
  // Rows are sorted by type, so one format per type covers its run.
  let start = 1;
  for (const badge of BADGE_ORDER) {
    const n = counts[badge];
    if (n === 0) continue;
    formats.push(...colourCells(badge, start, n, [0, WIDTH - 1]));
    start += n;
  }
  const legend: CellValue[][] = [
    LEGEND_HEADERS[lang],
    ...BADGE_ORDER.map((b) => [enumLabel(BADGE, b, lang), BADGE_COLOURS[b].name[lang], counts[b]]),
    [L.derivedNote[lang]],
  ];
  formats.push({ range: { row: 0, col: LEGEND_COL, rows: 1, cols: 3 }, bold: true, border: true });
  formats.push({ range: { row: 1, col: LEGEND_COL, rows: BADGE_ORDER.length, cols: 3 }, border: true });
  BADGE_ORDER.forEach((b, i) => formats.push(...colourCells(b, i + 1, 1, [LEGEND_COL])));
  formats.push({ range: { row: legend.length - 1, col: LEGEND_COL, rows: 1, cols: 1 }, italic: true, fontColor: "#808080" });
  const sheet: SheetWrite = {
    ...input.target,
    values: [
      { row: 0, col: 0, values: rows },
      { row: 0, col: LEGEND_COL, values: legend.map((r) => [...r, ...Array<CellValue>(3 - r.length).fill("")]) },
    ],
    formats,
    columnWidths: [
      ...fitColumnWidths(rows, LIST_COLUMNS, (row) => ({ bold: row === 0 })).map((width, col) => ({ col, width })),
      { col: WIDTH, width: 3 },
      ...[12, 8, 8].map((width, i) => ({ col: LEGEND_COL + i, width })),
    ],
    tables: [{ name: BADGE_TABLE_NAME, range: { row: 0, col: 0, rows: rows.length, cols: WIDTH }, style: "TableStyleLight1" }],
    freeze: { rows: 1, cols: 0 },
    page: {
      orientation: "portrait",
      fitToWidth: true,
      printArea: { row: 0, col: 0, rows: rows.length, cols: WIDTH },
      titleRows: { first: 0, last: 0 },
    },
    activate: true,
  };
  return { sheet, counts, derived: holders.filter((h) => h.derived).length };
}

function colourCells(badge: Badge, row: number, rows: number, cols: number[]): FormatSpec[] {
  const c = BADGE_COLOURS[badge];
  return cols.map((col) => ({ range: { row, col, rows, cols: 1 }, fill: c.fill, fontColor: c.font, bold: true }));
}
