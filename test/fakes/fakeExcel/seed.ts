import { isExcelError } from "../../../src/core/cellValue";
import { parseA1 } from "../../../src/core/cellAddress";
import type { FixtureWorkbook } from "../../workbook/gatewayHarness";
import { cellKey, parseRangeAddress } from "./address";
import type { FakeWorkbookState } from "./state";

/**
 * Puts a fixture into the fake as stored content (not typed in): a string stays a string
 * even when it looks like a number or a formula; "#N/A" and the other error texts are errors.
 */
export function seedFixture(st: FakeWorkbookState, fixture: FixtureWorkbook): void {
  for (const fs of fixture.sheets) {
    const sheet = st.addSheet(fs.name);
    fs.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === "") return;
        const type = typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : isExcelError(v) ? "Error" : "String";
        sheet.cells.set(cellKey(r, c), { type, value: v });
      }),
    );
    for (const [a1, f] of Object.entries(fs.formulas ?? {})) {
      const at = parseA1(a1);
      if (!at) throw new Error(`bad fixture address ${a1}`);
      const cell = st.cell(sheet, at.row, at.col);
      const result = f.result;
      const type =
        typeof result === "number" ? "Double" : typeof result === "boolean" ? "Boolean" : isExcelError(result) ? "Error" : "String";
      Object.assign(cell, { formula: f.formula, value: result, type: result === "" ? "Empty" : type });
    }
    for (const [a1, fmt] of Object.entries(fs.numberFormats ?? {})) {
      const at = parseA1(a1);
      if (!at) throw new Error(`bad fixture address ${a1}`);
      st.cell(sheet, at.row, at.col).numberFormat = fmt;
    }
    for (const [a1, link] of Object.entries(fs.links ?? {})) {
      const at = parseA1(a1);
      if (!at) throw new Error(`bad fixture address ${a1}`);
      st.cell(sheet, at.row, at.col).hyperlink = link.location ? { documentReference: link.location } : { address: link.address };
    }
  }
  for (const n of fixture.names ?? []) {
    const target = /^=?'?(.*?)'?!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(n.formula);
    const sheet = target ? st.findSheet(target[1].replace(/''/g, "'")) : undefined;
    const added =
      target && sheet
        ? st.addName(n.name, { sheetId: sheet.id, rect: parseRangeAddress(target[2]) })
        : st.addName(n.name, { literal: n.formula.startsWith("=") ? n.formula : `=${n.formula}` });
    if (n.comment) added.comment = n.comment;
  }
}
