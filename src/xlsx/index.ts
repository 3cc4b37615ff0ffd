export { openXlsxBuffer, openXlsxFile, type OpenOptions } from "./openXlsx";
export { DEFER_SHEET_BYTES } from "./package/deferredSheets";
export { DIRECT_CELLS } from "./apply/directCells";
export { openWorkbookFile, type OpenedFile } from "./openWorkbookFile";
export { packXlsx, saveXlsxFile, toXlsxBuffer, type SavedXlsx } from "./saveXlsx";
export { createXlsxGateway } from "./xlsxGateway";
export { fromExcelJs, type StoredName, type XlsxWorkbook } from "./xlsxWorkbook";
export { PlanRejectedError } from "./apply/planRejected";
export { LOST_FEATURE_NAMES, type LostFeature } from "./package/lostFeatures";
