import { applyPlan } from "./apply/applyPlan";
import { openXlsxBuffer } from "./openXlsx";
import { asAdapter } from "./package/packageSource";
import type { XlsxWorkbook } from "./xlsxWorkbook";

/**
 * A workbook opened with deferred sheets (package/deferredSheets.ts), or with sheets apply wrote
 * directly (apply/directCells.ts), as if it had been opened and written in full: the file read again with every sheet in ExcelJS, and every plan applied since applied
 * again. For what only ExcelJS's cells can give — a whole-workbook save, a deferred sheet's
 * formulas — and so at the memory cost deferring avoids.
 */
export async function openedInFull(book: XlsxWorkbook): Promise<XlsxWorkbook> {
  const source = book.source;
  if (!source || (source.deferred.size === 0 && source.direct.size === 0)) return book;
  const full = await openXlsxBuffer(source.bytes, book.label);
  asAdapter(() => {
    for (const plan of source.plans) applyPlan(full, plan);
  });
  return full;
}
