import fc from "fast-check";
import type { Finding } from "../../../src/core/finding";
import type { ParsedWorkbook } from "../../../src/core/schema/parseWorkbook";
import { ROSTER } from "../../../src/core/schema/sheets";
import type { SheetSnapshot } from "../../../src/workbook/gateway";
import { A1_OR_RANGE, insideSheet, parse } from "./fixtures";
import { headerText, messyWorkbook as workbook } from "./messyWorkbook";

function sheetAddresses(wb: ParsedWorkbook): { sheet: string; address: string }[] {
  const out: { sheet: string; address: string }[] = [];
  for (const t of [wb.roster, wb.budget, wb.tasks, wb.hotels]) {
    for (const r of t.records) {
      for (const c of Object.values(r.fields) as { address: string }[]) out.push({ sheet: r.sheet, address: c.address });
      for (const c of Object.values(r.extras)) out.push({ sheet: r.sheet, address: c.address });
    }
  }
  if (wb.event.sheet) {
    for (const c of Object.values(wb.event.fields) as { address: string }[]) out.push({ sheet: wb.event.sheet, address: c.address });
    for (const c of Object.values(wb.event.extras)) out.push({ sheet: wb.event.sheet, address: c.address });
    for (const a of wb.event.keyCells.values()) out.push({ sheet: wb.event.sheet, address: a });
  }
  return out;
}

/** What is wrong with a finding, or [] when nothing is. */
function findingProblems(f: Finding, byName: Map<string, SheetSnapshot>): string[] {
  const out: string[] = [];
  const where = `${f.id} ${f.sheet}!${f.cell}`;
  if (typeof f.sheet !== "string" || f.sheet.length === 0) out.push(`${where}: no sheet`);
  if (!A1_OR_RANGE.test(f.cell)) out.push(`${where}: not an A1 address`);
  // A workbook with a budget or tasks but no roster says once that the roster's checks are skipped.
  const sheetLevel = f.id === "parse.sheet-missing" || f.id === "rules.roster-skipped";
  if (!/^parse\./.test(f.id) && !sheetLevel) out.push(`${where}: not a parse finding`);
  if (!f.message.zh.trim() || !f.message.en.trim()) out.push(`${where}: message missing a language`);
  if (f.fix && (!f.fix.zh.trim() || !f.fix.en.trim())) out.push(`${where}: fix missing a language`);
  if (sheetLevel) return out;
  const snap = byName.get(f.sheet);
  if (!snap) out.push(`${where}: names a sheet that does not exist`);
  // A finding about a cell points inside the sheet (an empty sheet's no-header finding sits at its origin).
  else if (f.id !== "parse.no-header" && !insideSheet(f.cell, snap)) out.push(`${where}: outside the sheet`);
  return out;
}

describe("parsing random messy workbooks", () => {
  it("never throws, and every finding names a sheet and a valid cell, in both languages", () => {
    fc.assert(
      fc.property(workbook, (sheets) => {
        const wb = parse(...sheets);
        const byName = new Map(sheets.map((s) => [s.name, s]));
        expect(wb.findings.flatMap((f) => findingProblems(f, byName))).toEqual([]);
        expect(["zh", "en"]).toContain(wb.lang);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same result for the same input, findings in the same order", () => {
    fc.assert(
      fc.property(workbook, (sheets) => {
        const a = parse(...structuredClone(sheets));
        const b = parse(...structuredClone(sheets));
        expect(b.findings).toEqual(a.findings);
        expect(b).toEqual(a);
      }),
      { numRuns: 150 },
    );
  });

  it("does not change its input", () => {
    fc.assert(
      fc.property(workbook, (sheets) => {
        const before = structuredClone(sheets);
        parse(...sheets);
        expect(sheets).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });

  it("gives every value an address inside the used range of its own sheet", () => {
    fc.assert(
      fc.property(workbook, (sheets) => {
        const wb = parse(...sheets);
        const byName = new Map(sheets.map((s) => [s.name, s]));
        const outside = sheetAddresses(wb).filter(
          ({ sheet, address }) => !A1_OR_RANGE.test(address) || !insideSheet(address, byName.get(sheet)!),
        );
        expect(outside).toEqual([]);
        for (const t of [wb.roster, wb.budget, wb.tasks, wb.hotels]) {
          // Records come after the header row, top to bottom, one per sheet row unless the row names several people.
          const rows = t.records.map((r) => r.row);
          expect(
            rows.every((r, i) => r > t.headerRow && (i === 0 || r > rows[i - 1] || (r === rows[i - 1] && t.records[i].part !== undefined))),
          ).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reads the roster's header and records whatever order and spelling its columns have", () => {
    const rosterSheet = fc
      .tuple(
        fc.shuffledSubarray(
          ROSTER.columns.filter((c) => c.key !== "name"),
          { maxLength: 8 },
        ),
        fc.nat({ max: 3 }),
        fc.nat({ max: 3 }),
      )
      .chain(([others, top, left]) =>
        fc.tuple(
          fc.shuffledSubarray([ROSTER.columns.find((c) => c.key === "name")!, ...others], { minLength: others.length + 1 }),
          fc.constant(top),
          fc.constant(left),
        ),
      )
      .chain(([cols, top, left]) =>
        fc.tuple(fc.constant(cols), fc.tuple(...cols.map(headerText)), fc.nat({ max: 20 }), fc.constant(top), fc.constant(left)),
      );
    fc.assert(
      fc.property(rosterSheet, ([cols, headers, n, top, left]) => {
        const nameCol = cols.findIndex((c) => c.key === "name");
        const body = Array.from({ length: n }, (_, i) => cols.map((c) => (c.key === "name" ? `参会者${i}` : "")));
        const snap: SheetSnapshot = { name: "Sheet1", top, left, values: [headers as string[], ...body] };
        const wb = parse(snap);
        // A name column and one more known header make a list of people, whatever the sheet is called.
        expect(wb.roster.sheet).toBe(cols.length >= 2 ? "Sheet1" : null);
        if (!wb.roster.sheet) return;
        expect(wb.roster.headerRow).toBe(top);
        expect([...wb.roster.columns.keys()].sort()).toEqual(cols.map((c) => c.key).sort());
        expect(wb.roster.records.map((r) => r.fields.name?.value)).toEqual(body.map((r) => r[nameCol]));
        expect(wb.roster.records.map((r) => r.fields.name?.address)).toEqual(
          body.map((_, i) => `${String.fromCharCode(65 + left + nameCol)}${top + i + 2}`),
        );
      }),
      { numRuns: 200 },
    );
  });
});
