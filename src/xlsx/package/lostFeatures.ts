import type { Bilingual } from "../../core/i18n";

/**
 * Parts of a workbook ExcelJS 4.4 does not carry through a save: they are in the file when it
 * is opened and gone from the file it writes. Found by the package's part names, so the CLI can
 * warn (or write to a new file) before a user's chart or pivot table silently disappears.
 */
export type LostFeature =
  | "chartsheets"
  | "charts"
  | "pivotTables"
  | "macros"
  | "slicers"
  | "timelines"
  | "threadedComments"
  | "externalLinks"
  | "formControls"
  | "dataModel"
  /** Data validation over a whole sheet, clipped to the data and 10,000 rows below it for reading. */
  | "validationRanges";

const PART_PATTERNS: [LostFeature, RegExp][] = [
  ["chartsheets", /^xl\/chartsheets\//],
  ["charts", /^xl\/charts\/chart/],
  ["pivotTables", /^xl\/(pivotTables|pivotCache)\//],
  ["macros", /^xl\/vbaProject\.bin$/],
  ["slicers", /^xl\/(slicers|slicerCaches)\//],
  ["timelines", /^xl\/(timelines|timelineCaches)\//],
  ["threadedComments", /^xl\/threadedComments\//],
  ["externalLinks", /^xl\/externalLinks\//],
  ["formControls", /^xl\/(ctrlProps|activeX)\//],
  ["dataModel", /^xl\/model\//],
];

export const LOST_FEATURE_NAMES: Record<LostFeature, Bilingual> = {
  chartsheets: { zh: "图表工作表", en: "chart sheets" },
  charts: { zh: "图表", en: "charts" },
  pivotTables: { zh: "数据透视表", en: "pivot tables" },
  macros: { zh: "宏", en: "macros" },
  slicers: { zh: "切片器", en: "slicers" },
  timelines: { zh: "日程表", en: "timelines" },
  threadedComments: { zh: "批注会话", en: "threaded comments" },
  externalLinks: { zh: "指向其他工作簿的链接", en: "links to other workbooks" },
  formControls: { zh: "表单控件", en: "form controls" },
  dataModel: { zh: "数据模型", en: "the data model" },
  validationRanges: {
    zh: "整表范围的数据验证（只保留到数据下方 10000 行）",
    en: "whole-sheet data validation (kept to 10,000 rows below the data)",
  },
};

export function lostFeatures(partNames: readonly string[]): LostFeature[] {
  return PART_PATTERNS.filter(([, re]) => partNames.some((p) => re.test(p))).map(([feature]) => feature);
}
