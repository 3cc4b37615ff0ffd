import type { ChunkOp } from "../workbook/chunk";
import { applyCheckboxes } from "./checkboxes";
import { applyColumnWidth, applyFormat, applyRowHeight } from "./formats";
import { applyPageSetup } from "./pageLayout";
import { clearSheet, freeze, setMarker } from "./sheetSetup";
import { expectMarker, expectSheet } from "./stateChecks";
import { applyListValidation } from "./validation";
import type { WriteSession } from "./writeSession";

/** `'Sheet name'!C7`, the form a hyperlink's documentReference takes. */
function reference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** Queues one operation of a chunk; nothing reaches Excel until the chunk's sync. */
export function queueOp(session: WriteSession, op: ChunkOp): void {
  switch (op.kind) {
    case "expectSheet":
      expectSheet(session, op.sheet);
      return;
    case "expectMarker":
      expectMarker(session, op.sheet, op.owner, op.state);
      return;
    case "addSheet":
      session.addSheet(op.sheet);
      return;
    case "clearSheet":
      clearSheet(session, op.sheet);
      return;
    case "marker":
      setMarker(session, op.sheet, op.owner, op.state, op.stamp);
      return;
    case "values":
      if (op.values.length && op.values[0].length) {
        session.sheet(op.sheet).getRangeByIndexes(op.row, op.col, op.values.length, op.values[0].length).values = op.values;
      }
      return;
    case "formulas":
      if (op.formulas.length && op.formulas[0].length) {
        session.sheet(op.sheet).getRangeByIndexes(op.row, op.col, op.formulas.length, op.formulas[0].length).formulas = op.formulas;
      }
      return;
    case "merge": {
      // Range.merge is ExcelApi 1.2. false: the whole range becomes one cell (true would merge row by row).
      const { row, col, rows, cols } = op.range;
      session.sheet(op.sheet).getRangeByIndexes(row, col, rows, cols).merge(false);
      return;
    }
    case "format":
      applyFormat(session, op.sheet, op.format);
      return;
    case "columnWidth":
      applyColumnWidth(session, op.sheet, op.width.col, op.width.width);
      return;
    case "rowHeight":
      applyRowHeight(session, op.sheet, op.row, op.rows, op.height);
      return;
    case "validation":
      applyListValidation(session, op.sheet, op.validation);
      return;
    case "link":
      // The display text is set as it is: Excel does not parse it the way it parses values.
      session.sheet(op.sheet).getRangeByIndexes(op.link.row, op.link.col, 1, 1).hyperlink = op.link.address
        ? { address: op.link.address, textToDisplay: op.link.text }
        : { documentReference: reference(op.link.sheet, op.link.cell), textToDisplay: op.link.text };
      return;
    case "table": {
      const { row, col, rows, cols } = op.table.range;
      const sheet = session.sheet(op.sheet);
      const table = sheet.tables.add(sheet.getRangeByIndexes(row, col, rows, cols), true);
      table.name = op.table.name;
      if (op.table.style) table.style = op.table.style;
      return;
    }
    case "freeze":
      freeze(session, op.sheet, op.rows, op.cols);
      return;
    case "checkbox":
      applyCheckboxes(session, op.sheet, op.range);
      return;
    case "page":
      applyPageSetup(session, op.sheet, op.page, op.fresh);
      return;
    case "activate":
      session.sheet(op.sheet).activate();
      return;
    case "hide":
      // Worksheet.visibility is ExcelApi 1.1.
      session.sheet(op.sheet).visibility = "Hidden";
      return;
  }
}
