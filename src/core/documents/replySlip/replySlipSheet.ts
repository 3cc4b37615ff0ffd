import { isBlank, type CellValue } from "../../cellValue";
import type { Finding } from "../../finding";
import type { Lang } from "../../i18n";
import type { OutputTarget } from "../../plan/outputTarget";
import { totalWidth } from "../../plan/columnFit";
import { rowHeightFor } from "../../plan/rowHeight";
import type { FormatSpec, SheetWrite } from "../../plan/writePlan";
import type { ParsedKeyValue } from "../../schema/parsedSheet";
import type { EventFields } from "../../schema/sheets";
import type { SheetSnapshot } from "../../../workbook/gateway";
import { DOCUMENT_FACES } from "../../plan/printSetup";
import { absoluteDate } from "../notice/meetingPeriod";
import { COLUMNS, L, REPLY_SLIP_SHEET_NAME } from "./labels";
import { readReplyBy } from "./replySlipSettings";

export { REPLY_SLIP_SHEET_NAME };

export interface ReplySlipInput {
  target: OutputTarget;
  lang: Lang;
  event: ParsedKeyValue<EventFields>;
  /** The form as it was: lines someone filled in are kept. */
  previous?: SheetSnapshot;
}

const HEADER_ROW = 3;
const BLANK_LINES = 12;
/** Room for handwriting, and all of it on one landscape A4 page. */
const LINE_PT = 26;
const WIDTH = COLUMNS.length;
const HEADER_FILL = "#D9D9D9";

/** Lines of the previous form's table that someone filled in, found under its header row. */
function filledLines(prev: SheetSnapshot | undefined): CellValue[][] {
  if (!prev) return [];
  const first = COLUMNS[0].label;
  const header = prev.values.findIndex((r) => r[0 - prev.left] === first.zh || r[0 - prev.left] === first.en);
  if (header < 0) return [];
  const out: CellValue[][] = [];
  for (const r of prev.values.slice(header + 1)) {
    const line = Array.from({ length: WIDTH }, (_, c) => r[c - prev.left] ?? "");
    // The note under the table ends it.
    if (line.slice(1).every(isBlank) && typeof line[0] === "string" && /^(请.*回执报送|Please return this form)/.test(line[0])) break;
    if (!line.every(isBlank)) out.push(line);
  }
  return out;
}

/**
 * 参会回执 / Reply Form, the notice's attachment: the meeting, a table of the columns a 会务组 needs
 * back (organisation, name, gender, title, phone, arrival and departure with train or flight,
 * hotel, notes) with empty lines to fill in by hand, and where and by when to return it. One
 * landscape page. Lines filled in on the sheet stay on a re-run.
 */
export function replySlipSheet(input: ReplySlipInput): { sheet: SheetWrite; findings: Finding[] } {
  const { lang, event } = input;
  const f = event.fields;
  const face = DOCUMENT_FACES[lang];
  const { replyBy, findings } = readReplyBy(event);
  const kept = filledLines(input.previous);
  const lines = [...kept, ...Array.from({ length: Math.max(BLANK_LINES - kept.length, 2) }, () => Array<CellValue>(WIDTH).fill(""))];
  const row = (first: CellValue): CellValue[] => [first, ...Array<CellValue>(WIDTH - 1).fill("")];
  const by = replyBy ? absoluteDate(replyBy, lang) : undefined;
  const note = L.returnBy(by, L.to(f.contact?.value, f.contactPhone?.value)[lang])[lang];
  const values: CellValue[][] = [
    row(lang === "zh" ? L.attachment.zh : ""),
    row(L.title[lang]),
    row(L.meeting(f.name?.value ?? L.noName[lang])[lang]),
    COLUMNS.map((c) => c.label[lang]),
    ...lines,
    row(note),
  ];
  const noteRow = values.length - 1;
  const full = (r: number) => ({ row: r, col: 0, rows: 1, cols: WIDTH });
  const table = { row: HEADER_ROW, col: 0, rows: lines.length + 1, cols: WIDTH };
  const formats: FormatSpec[] = [
    { range: { row: 0, col: 0, rows: values.length, cols: WIDTH }, fontName: face.body, fontSize: 12, vertical: "center" },
    { range: full(0), fontName: face.title, fontSize: 16, bold: face.title === undefined },
    { range: full(1), fontName: face.title, fontSize: 22, bold: face.title === undefined, horizontal: "center" },
    { range: full(2), fontSize: 14 },
    { range: table, border: true, wrap: true },
    { range: { ...full(HEADER_ROW) }, bold: true, fill: HEADER_FILL, horizontal: "center" },
    { range: full(noteRow), fontSize: 12, wrap: true, vertical: "top" },
  ];
  const sheet: SheetWrite = {
    ...input.target,
    values: [{ row: 0, col: 0, values }],
    formats,
    merges: [full(1), full(2), full(noteRow)],
    columnWidths: COLUMNS.map((c, col) => ({ col, width: c.width })),
    rowHeights: [
      { row: 0, height: 24 },
      { row: 1, height: 40 },
      { row: 2, height: 28 },
      { row: HEADER_ROW, height: tableRowHeight(values[HEADER_ROW], 36, true) },
      ...lines.map((line, i) => ({ row: HEADER_ROW + 1 + i, height: tableRowHeight(line, LINE_PT) })),
      { row: noteRow, height: rowHeightFor([{ value: note, width: totalWidth(COLUMNS.map((c) => c.width)), fontSize: 12 }], 40) },
    ],
    page: {
      orientation: "landscape",
      fitToWidth: true,
      printArea: { row: 0, col: 0, rows: values.length, cols: WIDTH },
      centerHorizontally: true,
    },
  };
  return { sheet, findings };
}

/** A row of the table (12 pt, wrapped in its columns), at least `min` points tall. */
function tableRowHeight(cells: readonly CellValue[], min: number, bold = false): number {
  return rowHeightFor(
    COLUMNS.map((c, col) => ({ value: cells[col], width: c.width, fontSize: 12, bold })),
    min,
  );
}
