import type { Finding, Severity } from "../finding";
import type { Lang } from "../i18n";
import type { OutputTarget } from "../plan/outputTarget";
import { totalWidth } from "../plan/columnFit";
import { DEFAULT_ROW_PT, rowHeightFor } from "../plan/rowHeight";
import type { RowHeight, SheetWrite } from "../plan/writePlan";
import { countsText } from "./counts";
import { countBySeverity, sortFindings } from "./sortFindings";

export const ISSUES_SHEET_NAME = { zh: "检查结果", en: "Issues" } as const;

const SEVERITY_LABEL: Record<Severity, { zh: string; en: string }> = {
  error: { zh: "错误", en: "Error" },
  warning: { zh: "警告", en: "Warning" },
  info: { zh: "提示", en: "Info" },
};

const SEVERITY_FILL: Record<Severity, string> = { error: "#F8D7DA", warning: "#FFF3CD", info: "#DDEBF7" };

/**
 * Column widths in characters: together about 138, what a landscape A4 page holds between
 * 15 mm margins at 100 %, so the list prints one page wide without shrinking.
 */
const WIDTHS = [9, 25, 46, 10, 14, 34];
/** Columns that wrap: the rule, the message and the fix. */
const WRAPPED = [1, 2, 5];

const HEADERS = {
  zh: ["级别", "规则", "说明", "工作表", "单元格", "建议"],
  en: ["Severity", "Rule", "Message", "Sheet", "Cell", "Suggested fix"],
};

export interface IssuesSheetInput {
  target: OutputTarget;
  lang: Lang;
  findings: readonly Finding[];
  /** Sheets in the order findings should be grouped (input sheets first). */
  sheetOrder: readonly string[];
  /** Sheets that exist, so links are only made to cells that can be reached. */
  existingSheets: readonly string[];
  /** Shown in the title, e.g. the meeting's name. */
  subtitle?: string;
}

/**
 * The 检查结果 / Issues sheet: a title, a line of counts, then one row per finding with a link
 * that jumps to the cell. With no findings it says so instead of showing an empty table.
 */
export function issuesSheet(input: IssuesSheetInput): SheetWrite {
  const { lang, target } = input;
  const sorted = sortFindings(input.findings, input.sheetOrder);
  const counts = countBySeverity(sorted);
  const title = `${ISSUES_SHEET_NAME[lang]}${input.subtitle ? ` — ${input.subtitle}` : ""}`;
  const countsLine = countsText(counts, lang, " · ");
  const HEADER_ROW = 3;
  const exists = new Set(input.existingSheets);
  const rows = sorted.map((f) => [
    SEVERITY_LABEL[f.severity][lang],
    f.id,
    f.message[lang],
    f.sheet,
    `${f.sheet}!${f.cell}`,
    f.fix?.[lang] ?? "",
  ]);
  const values =
    rows.length > 0
      ? [[title], [countsLine], [""], HEADERS[lang], ...rows]
      : [[title], [countsLine], [""], [lang === "zh" ? "未发现问题。" : "No findings."]];
  const width = WIDTHS.length;
  const rowHeights: RowHeight[] = [];
  rows.forEach((r, i) => {
    const height = rowHeightFor(WRAPPED.map((c) => ({ value: r[c], width: WIDTHS[c] })));
    if (height > DEFAULT_ROW_PT) rowHeights.push({ row: HEADER_ROW + 1 + i, height });
  });
  const sheet: SheetWrite = {
    ...target,
    values: [{ row: 0, col: 0, values: values.map((r) => padRow(r, width)) }],
    formats: [
      { range: { row: 0, col: 0, rows: 1, cols: 1 }, bold: true, fontSize: 14 },
      { range: { row: HEADER_ROW, col: 0, rows: 1, cols: width }, bold: true, fill: "#D9D9D9", border: true },
    ],
    // The title and the counts run across the table, so they never widen the printed page.
    merges: [
      { row: 0, col: 0, rows: 1, cols: width },
      { row: 1, col: 0, rows: 1, cols: width },
    ],
    columnWidths: WIDTHS.map((w, col) => ({ col, width: w })),
    rowHeights: [{ row: 0, height: rowHeightFor([{ value: title, width: totalWidth(WIDTHS), fontSize: 14, bold: true }]) }, ...rowHeights],
    links: [],
    freeze: rows.length > 0 ? { rows: HEADER_ROW + 1, cols: 0 } : undefined,
    page: { orientation: "landscape", fitToWidth: true, titleRows: rows.length > 0 ? { first: HEADER_ROW, last: HEADER_ROW } : undefined },
    activate: true,
  };
  if (rows.length > 0) {
    sheet.formats!.push({ range: { row: HEADER_ROW + 1, col: 0, rows: rows.length, cols: width }, vertical: "top" });
    for (const col of WRAPPED) sheet.formats!.push({ range: { row: HEADER_ROW + 1, col, rows: rows.length, cols: 1 }, wrap: true });
  }
  // One fill per run of equal severity keeps the plan small for thousands of findings.
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i === sorted.length || sorted[i].severity !== sorted[start].severity) {
      sheet.formats!.push({
        range: { row: HEADER_ROW + 1 + start, col: 0, rows: i - start, cols: 1 },
        fill: SEVERITY_FILL[sorted[start].severity],
      });
      start = i;
    }
  }
  sorted.forEach((f, i) => {
    if (exists.has(f.sheet)) {
      sheet.links!.push({ row: HEADER_ROW + 1 + i, col: 4, sheet: f.sheet, cell: f.cell.split(":")[0], text: `${f.sheet}!${f.cell}` });
    }
  });
  return sheet;
}

function padRow(r: string[], n: number): string[] {
  return r.length >= n ? r : [...r, ...Array<string>(n - r.length).fill("")];
}
