import fc from "fast-check";
import type { Finding } from "../../../src/core/finding";
import { runRules } from "../../../src/core/rules/engine";
import { ALL_RULES } from "../../../src/core/rules/registry";
import { locateByHeaders, locateByName } from "../../../src/core/schema/locateSheets";
import { parseWorkbook } from "../../../src/core/schema/parseWorkbook";
import { INPUT_SHEETS } from "../../../src/core/schema/sheets";
import type { SheetSnapshot } from "../../../src/workbook/gateway";
import { A1_OR_RANGE } from "../schema/fixtures";
import { messyWorkbook } from "../schema/messyWorkbook";

function checkAll(sheets: SheetSnapshot[], today: string): Finding[] {
  const byName = locateByName(
    sheets.map((s) => s.name),
    INPUT_SHEETS,
  );
  const located = { ...byName, ...locateByHeaders(sheets, INPUT_SHEETS, byName) };
  return runRules(parseWorkbook(sheets, located), ALL_RULES, today).findings;
}

const today = fc.integer({ min: 0, max: 60 }).map((d) => {
  const t = new Date(Date.UTC(2026, 10, 10 + d));
  return t.toISOString().slice(0, 10);
});

describe("every rule on random messy workbooks", () => {
  it("never throws, points every finding at a real sheet and a valid cell, in both languages, deterministically", () => {
    fc.assert(
      fc.property(messyWorkbook, today, (sheets, day) => {
        const first = checkAll(sheets, day);
        const names = new Set(sheets.map((s) => s.name));
        for (const f of first) {
          expect(f.sheet).not.toBe("");
          expect(f.cell).toMatch(A1_OR_RANGE);
          expect(f.message.zh.length).toBeGreaterThan(0);
          expect(f.message.en.length).toBeGreaterThan(0);
          // Rule findings are about sheets that exist (only the parser reports missing sheets).
          if (!f.id.startsWith("parse.")) expect(names.has(f.sheet)).toBe(true);
        }
        expect(checkAll(sheets, day)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });
});
