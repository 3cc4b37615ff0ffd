import type { CellValue } from "../../cellValue";
import type { Finding } from "../../finding";
import type { Lang } from "../../i18n";
import type { OutputTarget } from "../../plan/outputTarget";
import type { FormatSpec, PaperSize, RowHeight, SheetWrite } from "../../plan/writePlan";
import type { ParsedKeyValue } from "../../schema/parsedSheet";
import type { EventFields } from "../../schema/sheets";
import type { SheetSnapshot } from "../../../workbook/gateway";
import { hasPlaceholder, L, NOTICE_SHEET_NAME, type NoticeElementKey, type NoticeLineKey } from "./labels";
import { DOCUMENT_FACES, DOCUMENT_FOOTER, DOCUMENT_MARGINS, readPrintSettings } from "../../plan/printSetup";
import { missingElementFindings, signOffFindings } from "./missingFindings";
import { noticeDraft, type NoticeLine } from "./noticeLines";
import { COPY_COL, FIRST_LINE_ROW, KEY_COL, TEXT_COL, WIDTH } from "./noticeLayout";
import { readNoticeSettings } from "./noticeSettings";
import { readPreviousNotice } from "./previousNotice";
import { printableArea } from "../../plan/paperGeometry";
import { rowHeightFor } from "../../plan/rowHeight";

export { NOTICE_SHEET_NAME };

export interface NoticeSheetInput {
  target: OutputTarget;
  lang: Lang;
  event: ParsedKeyValue<EventFields>;
  /** The sheet as the last run left it and the planner edited it; undefined the first time. */
  previous?: SheetSnapshot;
}

export interface NoticeResult {
  sheet: SheetWrite;
  /** Elements the notice still shows as placeholders, in the notice's order. */
  missing: NoticeElementKey[];
  /** One per missing element (at its Event row), and Event rows of the sign-off that could not be read. */
  findings: Finding[];
}

/** Column A holds 28 characters of 三号 (16 pt) per line, the width of GB/T 9704's text block. */
/**
 * The text column is 78 characters (at most 440 pt ≈ 155 mm on paper), inside GB/T 9704's 156 mm
 * type area, so the notice prints at 100 % and its page break before the sign-off holds (Excel
 * drops breaks on a sheet scaled to fit).
 */
const COLUMN_WIDTHS = [78, 40, 14];
/** GB/T 9704 sets lines about 1.6 times the type size apart (22 lines of 三号 to a page). */
const LEADING = 1.6;
const GREY = "#808080";
const HELPER_FILL = "#F2F2F2";
const PLACEHOLDER_FILL = "#FFF2CC";

/** Typefaces and sizes after GB/T 9704: title 二号 小标宋-style (黑体 where there is none), body 三号 仿宋. */
const FACE = {
  zh: { ...DOCUMENT_FACES.zh, titleSize: 22, bodySize: 16 },
  en: { ...DOCUMENT_FACES.en, titleSize: 16, bodySize: 12 },
} as const;

/** Empty rows before a line: one after the title, one before the attachment, room for the seal before the sign-off. */
const SPACE_BEFORE: Partial<Record<NoticeLineKey, number>> = { salutation: 1, attachment: 1, signOff: 2 };

/**
 * The 会议通知 / Notice sheet: a formal notice from the Event sheet, one paragraph per row, in
 * column A (what prints, on A4 with a document's margins and its page number); beside it, grey,
 * the generated text and each row's key. Text the planner edited and rows the planner added are
 * kept on a re-run; untouched text follows the Event sheet. Missing elements show as highlighted
 * placeholders, each reported.
 */
export function noticeSheet(input: NoticeSheetInput): NoticeResult {
  const { lang, event } = input;
  const face = FACE[lang];
  const { settings, findings: settingProblems } = readNoticeSettings(event);
  const draft = noticeDraft(event, settings, lang);
  const prev = readPreviousNotice(input.previous);
  const rows: CellValue[][] = [sheetRow(L.howTo[lang], L.generated[lang], L.key[lang])];
  const formats: FormatSpec[] = [
    { range: { row: 0, col: 0, rows: 1, cols: WIDTH }, italic: true, fontColor: GREY, wrap: true, vertical: "top" },
  ];
  const rowHeights: RowHeight[] = [{ row: 0, height: rowHeightFor([{ value: L.howTo[lang], width: COLUMN_WIDTHS[TEXT_COL] }], 20) }];
  const written = new Map<NoticeLineKey, CellValue>();
  const body = (row: number, text: CellValue, extra: Partial<FormatSpec> = {}) => {
    const size = extra.fontSize ?? face.bodySize;
    formats.push({
      range: { row, col: TEXT_COL, rows: 1, cols: 1 },
      fontName: face.body,
      fontSize: size,
      wrap: true,
      vertical: "top",
      ...extra,
    });
    rowHeights.push({
      row,
      height: rowHeightFor([{ value: text, width: COLUMN_WIDTHS[TEXT_COL], fontSize: size }], size * LEADING, LEADING),
    });
  };
  const space = (n: number) => {
    for (let i = 0; i < n; i++) {
      rows.push(sheetRow("", "", ""));
      rowHeights.push({ row: rows.length - 1, height: face.bodySize * LEADING });
    }
  };

  const addPlannerRows = (anchor: NoticeLineKey | "") => {
    for (const r of prev.added.get(anchor) ?? []) {
      rows.push(r);
      body(rows.length - 1, r[TEXT_COL] ?? "");
    }
  };
  addPlannerRows("");
  for (const line of draft.lines) {
    space(SPACE_BEFORE[line.key] ?? 0);
    const text = prev.edited.has(line.key) ? prev.edited.get(line.key)! : line.text;
    written.set(line.key, text);
    rows.push(sheetRow(text, line.text, line.key));
    const at = rows.length - 1;
    body(at, text, lineFormat(line, face));
    if (typeof text === "string" && hasPlaceholder(text))
      formats.push({ range: { row: at, col: TEXT_COL, rows: 1, cols: 1 }, fill: PLACEHOLDER_FILL });
    addPlannerRows(line.key);
  }
  const last = rows.length - 1;
  // The paper the Event sheet chooses (纸张): where the page turns depends on it.
  const breaks = signOffWithText(rows, rowHeights, readPrintSettings(event, lang).settings.paper);
  formats.push({ range: { row: FIRST_LINE_ROW, col: COPY_COL, rows: last, cols: 2 }, fontColor: GREY, fill: HELPER_FILL, vertical: "top" });

  // A placeholder the planner typed over in the notice itself no longer needs the Event sheet.
  const still = (key: NoticeLineKey) => hasPlaceholder(String(written.get(key) ?? ""));
  const missing = draft.missing.filter((k) => still(elementLine(k)));
  const signOff = draft.missingSignOff.filter((k) => still(k === "organiser" ? "signOff" : "date"));
  const width = Math.max(WIDTH, ...rows.map((r) => r.length));
  const sheet: SheetWrite = {
    ...input.target,
    values: [{ row: 0, col: 0, values: rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill("")]) }],
    formats,
    columnWidths: COLUMN_WIDTHS.map((w, col) => ({ col, width: w })),
    rowHeights,
    page: {
      orientation: "portrait",
      fitToWidth: false,
      printArea: { row: FIRST_LINE_ROW, col: TEXT_COL, rows: last, cols: 1 },
      centerHorizontally: true,
      margins: DOCUMENT_MARGINS,
      footer: DOCUMENT_FOOTER,
      ...(breaks.length ? { breaksBefore: breaks } : {}),
    },
    activate: true,
  };
  return {
    sheet,
    missing,
    findings: [...missingElementFindings(event, missing, lang), ...signOffFindings(event, signOff, lang), ...settingProblems],
  };
}

/**
 * GB/T 9704 never lets the sign-off stand on a page of its own. Where the rows' heights put the
 * page's turn after the last item, the last item starts the page, so the sign-off follows text.
 */
function signOffWithText(rows: CellValue[][], heights: RowHeight[], paper: PaperSize): number[] {
  // The text block of the page between a document's margins (on A4, 297 − 37 − 35 mm).
  const pagePoints = printableArea(paper, "portrait", DOCUMENT_MARGINS).height;
  const height = new Map(heights.map((h) => [h.row, h.height]));
  const rowOf = (key: NoticeLineKey) => rows.findIndex((r) => r[KEY_COL] === key);
  let used = 0;
  let pageStart = FIRST_LINE_ROW;
  for (let r = FIRST_LINE_ROW; r <= rowOf("date"); r++) {
    const h = height.get(r) ?? 15;
    if (used + h > pagePoints) {
      pageStart = r;
      used = 0;
    }
    used += h;
  }
  const lastItem = rowOf("contact");
  return pageStart > FIRST_LINE_ROW && pageStart > lastItem && lastItem > FIRST_LINE_ROW ? [lastItem] : [];
}

/** The line that shows an element: the title for the name, the contact item for the phone. */
function elementLine(key: NoticeElementKey): NoticeLineKey {
  if (key === "name") return "title";
  if (key === "contactPhone") return "contact";
  return key;
}

/** A row of the sheet from its three cells, wherever the layout puts them. */
function sheetRow(text: CellValue, copy: CellValue, key: CellValue): CellValue[] {
  const r = Array<CellValue>(WIDTH).fill("");
  r[TEXT_COL] = text;
  r[COPY_COL] = copy;
  r[KEY_COL] = key;
  return r;
}

function lineFormat(line: NoticeLine, face: (typeof FACE)[Lang]): Partial<FormatSpec> {
  switch (line.kind) {
    case "title":
      return { fontName: face.title, fontSize: face.titleSize, bold: face.title === undefined, horizontal: "center", vertical: "center" };
    case "signature":
      return { horizontal: "right" };
    default:
      return {};
  }
}
