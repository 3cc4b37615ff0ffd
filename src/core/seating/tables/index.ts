export { optimiseTables, defaultIterations } from "./optimise";
export { tableProblemFromWorkbook, tableNumberOf } from "./fromWorkbook";
export { readTableSettings, DEFAULT_TABLE_SETTINGS, TABLE_SETTING_DEFS, type TableSettings } from "./settings";
export type * from "./types";
export { tableSheet, type TableSheetInput } from "./tableSheet";
export { tableChartSheet, type TableChartInput } from "./tableChartSheet";
export { rosterDiets } from "./rosterDiets";
export { dietCounts, formatDietCounts, type DietCount } from "./dietCounts";
export { TABLE_SHEET_NAME, TABLE_CHART_NAME, roleLabel } from "./tableLabels";
