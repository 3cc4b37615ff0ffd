import type { PageSetup } from "../core/plan/writePlan";
import { pageBreakRows } from "../workbook/chunk";
import type { RequirementCheck } from "./excelRun";
import type { WriteSession } from "./writeSession";

/** Print settings (page layout, page breaks) came with ExcelApi 1.9; older hosts print with Excel's defaults. */
export function supportsPageSetup(requirements: RequirementCheck): boolean {
  return requirements("ExcelApi", "1.9");
}

/** Office takes margins in points; the plan gives millimetres. */
export function mmToPoints(mm: number): number {
  return (mm * 72) / 25.4;
}

/**
 * Queues a sheet's print settings. `fresh` (a replaced sheet): what the plan leaves out goes
 * back to Excel's defaults, its footer parts are emptied and the old manual page breaks go.
 * Paper and margins the plan leaves out stay as the sheet has them (a planner's printer
 * choice). Office.js has no call that clears a print area or title rows, so a replaced sheet
 * keeps old ones its plan does not set.
 */
export function applyPageSetup(session: WriteSession, name: string, page: PageSetup, fresh: boolean): void {
  if (session.pageSetup) {
    const sheet = session.sheet(name);
    const layout = sheet.pageLayout;
    if (page.orientation !== undefined || fresh) layout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
    // "Fit all columns on one page": one page wide. Office.js documents the fields only as
    // numbers of pages; 0 pages tall is how the file format (fitToHeight="0") and Excel's Page
    // Setup dialog ("automatic") say "as many as needed".
    if (page.scale !== undefined) layout.zoom = { scale: page.scale };
    else if (page.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    else if (page.fitToWidth === false || fresh) layout.zoom = { scale: 100 };
    if (page.centerHorizontally !== undefined || fresh) layout.centerHorizontally = page.centerHorizontally ?? false;
    if (page.paper !== undefined) layout.paperSize = page.paper;
    if (page.margins) {
      const m = page.margins;
      layout.topMargin = mmToPoints(m.top);
      layout.bottomMargin = mmToPoints(m.bottom);
      layout.leftMargin = mmToPoints(m.left);
      layout.rightMargin = mmToPoints(m.right);
      layout.headerMargin = mmToPoints(m.header);
      layout.footerMargin = mmToPoints(m.footer);
    }
    // The footer every page prints (Excel's "same on all pages"); a fresh sheet's parts left out are emptied.
    const { left, center, right } = page.footer ?? {};
    if (fresh || left !== undefined || center !== undefined || right !== undefined) {
      const footer = layout.headersFooters.defaultForAllPages;
      if (left !== undefined || fresh) footer.leftFooter = left ?? "";
      if (center !== undefined || fresh) footer.centerFooter = center ?? "";
      if (right !== undefined || fresh) footer.rightFooter = right ?? "";
    }
    if (page.printArea) {
      const { row, col, rows, cols } = page.printArea;
      layout.setPrintArea(sheet.getRangeByIndexes(row, col, rows, cols));
    }
    // Title rows must be whole rows: "1:3".
    if (page.titleRows) layout.setPrintTitleRows(sheet.getRange(`${page.titleRows.first + 1}:${page.titleRows.last + 1}`));
    const breaks = sheet.horizontalPageBreaks;
    if (fresh) breaks.removePageBreaks();
    for (const row of pageBreakRows(page)) breaks.add(sheet.getRangeByIndexes(row, 0, 1, 1));
  }
}
