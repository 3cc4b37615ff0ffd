import type { WorkbookGateway } from "../workbook/gateway";

/**
 * A workbook held in the browser, as the shell sees it. The file adapter behind it
 * (workbookInBrowser.ts) loads on demand; the shell knows only this.
 */
export interface BrowserWorkbook {
  /** Huiwu's door to the workbook, as the pane and the command line use it. */
  gateway: WorkbookGateway;
  /** The worksheets to show as tabs, in tab order: hidden ones (Huiwu's plan record) left out. */
  visibleSheets(): string[];
  /** The workbook as .xlsx bytes, with everything Huiwu has written into it. */
  save(): Promise<Uint8Array>;
}
