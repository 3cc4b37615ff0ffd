import type { CellValue } from "../../cellValue";
import type { Finding } from "../../finding";
import type { Lang } from "../../i18n";
import type { OutputTarget } from "../../plan/outputTarget";
import type { FormatSpec, RowHeight, SheetWrite } from "../../plan/writePlan";
import type { ParsedKeyValue } from "../../schema/parsedSheet";
import type { EventFields } from "../../schema/sheets";
import type { SheetSnapshot } from "../../../workbook/gateway";
import { hasPlaceholder, L, NOTICE_SHEET_NAME, type NoticeElementKey, type NoticeLineKey } from "./labels";
import { missingElementFindings } from "./missingFindings";
import { noticeDraft, type NoticeLine } from "./noticeLines";
import { COPY_COL, FIRST_LINE_ROW, KEY_COL, LABEL_COL, TEXT_COL, WIDTH } from "./noticeLayout";
import { readNoticeSettings } from "./noticeSettings";
import { readPreviousNotice } from "./previousNotice";
import { wrappedHeight } from "./textHeight";

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

const COLUMN_WIDTHS = [16, 64, 40, 14];
const GREY = "#808080";
const HELPER_FILL = "#F2F2F2";
const PLACEHOLDER_FILL = "#FFF2CC";

/**
 * The 会议通知 / Notice sheet: a printable draft from the Event sheet, one item per row (label,
 * text). Text the planner edited and rows the planner added are kept on a re-run; untouched
 * text follows the Event sheet. Missing elements show as highlighted placeholders.
 */
export function noticeSheet(input: NoticeSheetInput): NoticeResult {
  const { lang, event } = input;
  const { settings, findings: settingProblems } = readNoticeSettings(event);
  const draft = noticeDraft(event, settings, lang);
  const prev = readPreviousNotice(input.previous);
  const rows: CellValue[][] = [sheetRow(L.howTo[lang], "", L.generated[lang], L.key[lang])];
  const formats: FormatSpec[] = [{ range: { row: 0, col: 0, rows: 1, cols: WIDTH }, italic: true, fontColor: GREY }];
  const rowHeights: RowHeight[] = [];
  const written = new Map<NoticeLineKey, CellValue>();

  const addPlannerRows = (anchor: NoticeLineKey | "") => {
    for (const r of prev.added.get(anchor) ?? []) {
      rows.push(r);
      formats.push({ range: { row: rows.length - 1, col: TEXT_COL, rows: 1, cols: 1 }, wrap: true, vertical: "top" });
    }
  };
  addPlannerRows("");
  for (const line of draft.lines) {
    const text = prev.edited.has(line.key) ? prev.edited.get(line.key)! : line.text;
    written.set(line.key, text);
    rows.push(sheetRow(line.label, text, line.text, line.key));
    const at = rows.length - 1;
    formats.push(...lineFormats(line, at, text));
    const title = line.kind === "title";
    rowHeights.push({ row: at, height: wrappedHeight(String(text), COLUMN_WIDTHS[TEXT_COL], title ? { minimum: 36, fontSize: 16 } : {}) });
    addPlannerRows(line.key);
  }
  const last = rows.length - 1;
  formats.push({ range: { row: FIRST_LINE_ROW, col: COPY_COL, rows: last, cols: 2 }, fontColor: GREY, fill: HELPER_FILL, vertical: "top" });

  // A placeholder the planner typed over in the notice itself no longer needs the Event sheet.
  const missing = draft.missing.filter((k) => hasPlaceholder(String(written.get(k) ?? "")));
  const width = Math.max(WIDTH, ...rows.map((r) => r.length));
  const sheet: SheetWrite = {
    ...input.target,
    values: [{ row: 0, col: 0, values: rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill("")]) }],
    formats,
    columnWidths: COLUMN_WIDTHS.map((w, col) => ({ col, width: w })),
    rowHeights,
    page: {
      orientation: "portrait",
      fitToWidth: true,
      printArea: { row: FIRST_LINE_ROW, col: LABEL_COL, rows: last, cols: 2 },
      centerHorizontally: true,
    },
    activate: true,
  };
  return { sheet, missing, findings: [...missingElementFindings(event, missing, lang), ...settingProblems] };
}

/** A row of the sheet from its four cells, wherever the layout puts them. */
function sheetRow(label: CellValue, text: CellValue, copy: CellValue, key: CellValue): CellValue[] {
  const r = Array<CellValue>(WIDTH).fill("");
  r[LABEL_COL] = label;
  r[TEXT_COL] = text;
  r[COPY_COL] = copy;
  r[KEY_COL] = key;
  return r;
}

function lineFormats(line: NoticeLine, row: number, text: CellValue): FormatSpec[] {
  const cell = { row, col: TEXT_COL, rows: 1, cols: 1 };
  const out: FormatSpec[] = [];
  if (line.kind === "title") out.push({ range: cell, bold: true, fontSize: 16, horizontal: "center", vertical: "center", wrap: true });
  else if (line.kind === "signature") out.push({ range: cell, horizontal: "right", vertical: "top" });
  else out.push({ range: cell, wrap: true, vertical: "top" });
  if (line.kind === "element") out.push({ range: { row, col: LABEL_COL, rows: 1, cols: 1 }, bold: true, vertical: "top" });
  if (typeof text === "string" && hasPlaceholder(text)) out.push({ range: cell, fill: PLACEHOLDER_FILL });
  return out;
}
