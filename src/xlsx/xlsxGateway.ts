import type { WorkbookGateway } from "../workbook/gateway";
import { applyPlan } from "./apply/applyPlan";
import { asAdapter } from "./package/packageSource";
import { openedInFull } from "./openedInFull";
import { readNeedsFull, readSnapshot } from "./read/readSnapshot";
import type { XlsxWorkbook } from "./xlsxWorkbook";

/**
 * The file adapter: the gateway over an .xlsx workbook held in memory. `apply` changes the
 * in-memory workbook only; save it with saveXlsxFile / toXlsxBuffer. Formulas it writes have
 * no result until Excel (or LibreOffice) calculates them, so a `read` right after `apply`
 * shows "" for them.
 */
export function createXlsxGateway(book: XlsxWorkbook): WorkbookGateway {
  return {
    read: async (sheetNames, options) => {
      const full = readNeedsFull(book, sheetNames, options) ? await openedInFull(book) : undefined;
      return asAdapter(() => readSnapshot(book, sheetNames, options, full));
    },
    apply: async (plan, onProgress) => asAdapter(() => applyPlan(book, plan, onProgress)),
  };
}
