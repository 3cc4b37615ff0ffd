import type { CellValue } from "../../cellValue";
import type { Finding } from "../../finding";
import type { Lang } from "../../i18n";
import type { OutputTarget } from "../../plan/outputTarget";
import { totalWidth } from "../../plan/columnFit";
import { rowHeightFor } from "../../plan/rowHeight";
import type { FormatSpec, RowHeight, SheetWrite } from "../../plan/writePlan";
import type { ParsedWorkbook } from "../../schema/parseWorkbook";
import { absoluteDate } from "../notice/meetingPeriod";
import { HEADERS, L, SIGN_IN_SHEET_NAME } from "./labels";
import { signInGroups } from "./signInList";
import { personKey, previousSignIns } from "./previousSignIns";
import { readSignInSettings } from "./signInSettings";
import type { SheetSnapshot } from "../../../workbook/gateway";

export { SIGN_IN_SHEET_NAME };

export interface SignInSheetInput {
  target: OutputTarget;
  lang: Lang;
  parsed: Pick<ParsedWorkbook, "event" | "roster">;
  /** The sheet as it was before this run: sign-in times and signatures typed into it are kept. */
  previous?: SheetSnapshot;
}

export interface SignInResult {
  sheet: SheetWrite;
  /** How many people are listed. */
  listed: number;
  /** An unreadable 签到分组 / Sign-in by row. */
  findings: Finding[];
}

/** About 93 characters: a portrait A4 page between 15 mm margins at 100 %. */
const WIDTHS = [5, 12, 26, 18, 12, 20];
const WIDTH = WIDTHS.length;
const HEADER_ROW = 3;
/** Room for a handwritten signature. */
const PERSON_ROW_PT = 28;
const HEADER_FILL = "#D9D9D9";
const COUNTS_PT = 24;
const GROUP_FILL = "#EDEDED";

/**
 * The 签到表 / Sign-in Sheet: the people expected at the meeting under their organisation (or
 * group), each with 签到时间 and 签名 cells to fill in, usually on paper. It is regenerated on every
 * run, but what a desk typed into those two cells is carried over by person — and someone who
 * signed in and has since left the list stays, in a last group — and it prints with the header row on
 * every page. Groups are not forced onto fresh pages: a long group simply runs on, under the
 * repeated header.
 */
export function signInSheet(input: SignInSheetInput): SignInResult {
  const { lang } = input;
  const { event, roster } = input.parsed;
  const { settings, findings } = readSignInSettings(event);
  const groups = signInGroups(roster.records, settings.groupBy);
  const listed = groups.reduce((n, g) => n + g.people.length, 0);
  const f = event.fields;
  const rows: CellValue[][] = [
    [L.title(f.name?.value)[lang]],
    [L.when(f.start ? absoluteDate(f.start.value, lang) : L.blank, f.venue?.value ?? L.blank)[lang]],
    [L.counts(listed)[lang]],
    HEADERS[lang],
  ];
  const formats: FormatSpec[] = [
    { range: { row: 0, col: 0, rows: 1, cols: 1 }, bold: true, fontSize: 16 },
    { range: { row: HEADER_ROW, col: 0, rows: 1, cols: WIDTH }, bold: true, fill: HEADER_FILL, horizontal: "center" },
  ];
  // The time and place line runs across the sheet and wraps when a long venue needs it.
  // The counts line under it keeps some air above the table's header.
  const rowHeights: RowHeight[] = [
    { row: 0, height: 30 },
    { row: 1, height: rowHeightFor([{ value: rows[1][0], width: totalWidth(WIDTHS) }]) },
    { row: 2, height: COUNTS_PT },
  ];
  formats.push({ range: { row: 1, col: 0, rows: 1, cols: 1 }, wrap: true, vertical: "top" });
  formats.push({ range: { row: 2, col: 0, rows: 1, cols: 1 }, vertical: "top" });
  const merges = [{ row: 1, col: 0, rows: 1, cols: WIDTH }];
  // A group's heading runs across the table, one cell, so no column line crosses its text.
  const groupRow = (row: number) => {
    formats.push({ range: { row, col: 0, rows: 1, cols: WIDTH }, bold: true, fill: GROUP_FILL });
    merges.push({ row, col: 0, rows: 1, cols: WIDTH });
  };
  const signed = previousSignIns(input.previous);
  const listedKeys = new Set<string>();
  let n = 0;
  for (const g of groups) {
    rows.push([L.group(g.name ?? g.unnamed![lang], g.people.length)[lang]]);
    groupRow(rows.length - 1);
    const first = rows.length;
    for (const p of g.people) {
      const organisation = p.fields.organisation?.value ?? "";
      const key = personKey(p.fields.name!.value, organisation);
      listedKeys.add(key);
      const s = signed.get(key);
      rows.push([++n, p.fields.name!.value, organisation, p.fields.title?.value ?? "", s?.time ?? "", s?.signature ?? ""]);
      rowHeights.push({ row: rows.length - 1, height: personRowHeight(rows[rows.length - 1]) });
    }
    formats.push({ range: { row: first, col: 0, rows: g.people.length, cols: 1 }, horizontal: "center" });
    formats.push({ range: { row: first, col: 1, rows: g.people.length, cols: 3 }, wrap: true });
  }
  const gone = [...signed.entries()].filter(([key]) => !listedKeys.has(key)).map(([, s]) => s);
  if (gone.length) {
    rows.push([L.gone(gone.length)[lang]]);
    groupRow(rows.length - 1);
    for (const s of gone) {
      rows.push([++n, s.name, s.organisation, s.title, s.time, s.signature]);
      rowHeights.push({ row: rows.length - 1, height: personRowHeight(rows[rows.length - 1]) });
    }
  }
  if (listed === 0) rows.push([L.nobody[lang]]);
  const last = rows.length - 1;
  formats.push({ range: { row: HEADER_ROW, col: 0, rows: last - HEADER_ROW + 1, cols: WIDTH }, border: true, vertical: "center" });
  const sheet: SheetWrite = {
    ...input.target,
    values: [{ row: 0, col: 0, values: rows.map((r) => [...r, ...Array<CellValue>(WIDTH - r.length).fill("")]) }],
    formats,
    columnWidths: WIDTHS.map((width, col) => ({ col, width })),
    merges,
    rowHeights,
    freeze: { rows: HEADER_ROW + 1, cols: 0 },
    page: {
      orientation: "portrait",
      fitToWidth: true,
      printArea: { row: 0, col: 0, rows: last + 1, cols: WIDTH },
      titleRows: { first: HEADER_ROW, last: HEADER_ROW },
      centerHorizontally: true,
    },
    activate: true,
  };
  return { sheet, listed, findings };
}

/** Room for a signature, and for a name, organisation or title that wraps. */
function personRowHeight(row: readonly CellValue[]): number {
  return rowHeightFor(
    [1, 2, 3].map((col) => ({ value: row[col], width: WIDTHS[col] })),
    PERSON_ROW_PT,
  );
}
