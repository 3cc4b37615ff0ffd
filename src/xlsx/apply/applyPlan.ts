import type { WritePlan } from "../../core/plan/writePlan";
import type { ApplyProgress, ApplyReport } from "../../workbook/gateway";
import type { XlsxWorkbook } from "../xlsxWorkbook";
import { findSheet } from "../sheetLookup";
import { fitCellLimits } from "../../workbook/cellLimit";
import { freeTableNames } from "../../workbook/freeTableNames";
import { excelTables } from "../excelJsInternals";
import { checkPlan } from "./checkPlan";
import { directCells, writeCarriers, writesDirectly } from "./directCells";
import { planListSources } from "./listSources";
import { setOwnershipMarker } from "./ownershipMarker";
import { stampOfWrite } from "../../workbook/ownership";
import { sheetSlot } from "./sheetSlot";
import { activateSheet, freezePanes } from "./sheetViews";
import { writeFormulas, writeValues } from "./writeCells";
import { writeColumnWidths, writeFormats, writeRowHeights } from "./writeFormats";
import { writeLinks } from "./writeLinks";
import { writeMerges } from "./writeMerges";
import { writePage } from "./writePage";
import { writeTables } from "./writeTables";
import { writeValidations } from "./writeValidations";

/**
 * Carries out a write plan on the in-memory workbook (saving is separate). The plan is
 * checked first and rejected whole (PlanRejectedError) if any part cannot be done.
 * Order within a sheet: values, formulas, links, tables (built from the written cells), merges,
 * formats (last, so they win over the link look), heights, widths, validations, panes, print
 * settings, marker. A large output sheet of values and formats keeps its cells as the plan has
 * them for saving to write directly (directCells.ts).
 */
export function applyPlan(book: XlsxWorkbook, planned: WritePlan, onProgress?: (p: ApplyProgress) => void): ApplyReport {
  const existing = [
    ...book.names.filter((n) => n.scope === undefined).map((n) => ({ name: n.name, sheet: "" })),
    ...book.excel.worksheets.flatMap((ws) => excelTables(ws).map((t) => ({ name: t.name, sheet: ws.name }))),
  ];
  const plan = freeTableNames(fitCellLimits(planned), existing);
  checkPlan(book, plan);
  const date1904 = Boolean(book.excel.properties?.date1904);
  let formulas = false;
  for (const planned of plan.sheets) {
    const { sheet: sw, sources } = planListSources(planned);
    const ws = sheetSlot(book, sw);
    if (book.source && writesDirectly(sw, book.source.directAbove)) {
      const direct = directCells(sw);
      book.source.direct.set(ws, direct);
      writeCarriers(ws, direct);
      writeMerges(ws, sw.merges ?? []);
    } else {
      book.source?.direct.delete(ws);
      writeValues(ws, sw.values);
      formulas = writeFormulas(ws, sw.formulas ?? []) || formulas;
      writeLinks(ws, sw.links ?? []);
      writeTables(ws, sw.tables ?? [], date1904);
      writeMerges(ws, sw.merges ?? []);
      writeFormats(ws, sw.formats ?? []);
      writeRowHeights(ws, sw.rowHeights ?? []);
    }
    writeColumnWidths(ws, sw.columnWidths ?? []);
    writeValidations(ws, sw.validations ?? [], sources);
    if (sw.freeze) freezePanes(ws, sw.freeze.rows, sw.freeze.cols);
    writePage(book, ws, sw.page);
    if (sw.owner) setOwnershipMarker(book, sw.owner, ws.name, stampOfWrite(sw.owner, sw.values));
    if (sw.hidden) ws.state = "hidden";
    book.source?.writes.push({ worksheet: ws, write: sw }); // what saving splices into the file (package/spliceSheets.ts)
  }
  const active = [...plan.sheets].reverse().find((s) => s.activate);
  const activeSheet = active ? findSheet(book.excel, active.name) : undefined;
  if (activeSheet) activateSheet(book.excel, activeSheet);
  // New formulas carry no stored result, so Excel should compute them when it opens the file.
  if (formulas) book.excel.calcProperties = { ...book.excel.calcProperties, fullCalcOnLoad: true };
  book.source?.plans.push(planned); // applied again to the file opened in full, should saving need it (openedInFull.ts)
  onProgress?.({ done: 1, total: 1 });
  return { requests: 1, sheets: plan.sheets.map((s) => s.name) };
}
