export { openXlsxBuffer, openXlsxFile } from "./openXlsx";
export { openWorkbookFile, type OpenedFile } from "./openWorkbookFile";
export { packXlsx, saveXlsxFile, toXlsxBuffer, type SavedXlsx } from "./saveXlsx";
export { createXlsxGateway } from "./xlsxGateway";
export { fromExcelJs, type StoredName, type XlsxWorkbook } from "./xlsxWorkbook";
export { PlanRejectedError } from "./apply/planRejected";
export { LOST_FEATURE_NAMES, type LostFeature } from "./package/lostFeatures";
