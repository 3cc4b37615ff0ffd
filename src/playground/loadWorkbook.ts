import type { BrowserWorkbook } from "./browserWorkbook";

/**
 * Opens a workbook from its bytes. The file adapter and ExcelJS (about 1 MB) are fetched the
 * first time, so the playground's first load carries only the shell and the pane.
 */
export function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<BrowserWorkbook> {
  return import(/* webpackChunkName: "xlsx" */ "./workbookInBrowser").then((m) => m.openBrowserWorkbook(bytes, fileName));
}
