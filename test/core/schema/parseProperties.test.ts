import fc from "fast-check";
import type { CellValue } from "../../../src/core/cellValue";
import type { Finding } from "../../../src/core/finding";
import type { ParsedWorkbook } from "../../../src/core/schema/parseWorkbook";
import type { ColumnDef, SheetDef, TableSheetDef } from "../../../src/core/schema/sheetDef";
import { BUDGET, EVENT, HOTELS, INPUT_SHEETS, ROSTER, TASKS } from "../../../src/core/schema/sheets";
import type { SheetSnapshot } from "../../../src/workbook/gateway";
import { A1_OR_RANGE, insideSheet, parse } from "./fixtures";

// Messy cells: CJK and full-width text, numbers, serials, booleans, blanks, error values, and text
// that other parsers would take for dates, money, yes/no, list values or totals.
const messyText = fc.string({
  unit: fc.constantFrom(..."张伟李娜会议人员预算合计是否男女、，；,; 　ＡＢＣ１２３abcXYZ0123456789-/.:¥￥元%*（）()#".split("")),
  maxLength: 12,
});
const typical = fc.constantFrom<CellValue>(
  "是",
  "否",
  "Y",
  "N",
  "✓",
  "男",
  "女",
  "出席",
  "Speaker",
  "已确认",
  "TBC",
  "会前",
  "已付款",
  "中式",
  "合计",
  "Total",
  "¥12,000",
  "12,000元",
  "3/4/2026",
  "2026-03-15",
  "2026年3月15日 下午2点",
  "13800138000",
  "110101199003071234",
  "A001、A002",
  "ＡＢＣ",
  "１２３",
  "　",
  " ",
  "=1+1",
  "#N/A",
  "#DIV/0!",
  "#REF!",
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(""), weight: 4 },
  { arbitrary: typical, weight: 4 },
  { arbitrary: messyText, weight: 3 },
  { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
  { arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }), weight: 2 },
  { arbitrary: fc.double({ min: -1e6, max: 3e6, noNaN: true }), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 3_000_000 }), weight: 1 },
  { arbitrary: fc.constantFrom(110101199003071000, 13800138000, 46096.5, 1e21, -0), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
);

/** A header as a planner might type it: any name of the column, sometimes decorated. */
function headerText(c: ColumnDef): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(c.zh, c.en, ...c.synonyms), fc.constantFrom("", "*", "（必填）", "　", " ", ":"), fc.boolean())
    .map(([name, deco, before]) => (before ? deco + name : name + deco));
}

const unknownHeader = fc.constantFrom("民族", "车牌号", "Other", "其他", "", "项目", "Sheet1");

/** A header row of some of the table's columns (usually its essential ones, sometimes one twice), extras mixed in. */
function tableRows(def: TableSheetDef): fc.Arbitrary<CellValue[][]> {
  const essential = def.columns.filter((c) => def.essential.includes(c.key));
  const others = def.columns.filter((c) => !def.essential.includes(c.key));
  const headers = fc
    .tuple(
      fc.shuffledSubarray(others, { minLength: 0, maxLength: Math.min(8, others.length) }),
      fc.oneof({ arbitrary: fc.constant(essential), weight: 4 }, { arbitrary: fc.constant<ColumnDef[]>([]), weight: 1 }),
      fc.array(fc.constantFrom(...def.columns), { maxLength: 1 }),
    )
    .chain(([a, b, twice]) => fc.tuple(...[...a, ...b, ...twice].map(headerText)))
    .chain((known) => fc.tuple(fc.constant(known as string[]), fc.array(unknownHeader, { maxLength: 2 })))
    .chain(([known, extra]) => fc.shuffledSubarray([...known, ...extra], { minLength: known.length + extra.length }));
  return fc
    .tuple(headers, fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 2 }))
    .chain(([header, above]) =>
      fc
        .array(fc.array(cell, { minLength: header.length, maxLength: header.length }), { maxLength: 12 })
        .map((body) => [...above, header, ...body]),
    );
}

const keyValueRows: fc.Arbitrary<CellValue[][]> = fc.array(
  fc
    .tuple(
      fc.nat({ max: 3 }),
      fc.oneof(
        { arbitrary: fc.constantFrom(...EVENT.keys.flatMap((k) => [k.zh, k.en, ...k.synonyms])), weight: 4 },
        { arbitrary: fc.constantFrom("项目", "内容", "VIP未确认提醒天数", "序号"), weight: 1 },
        { arbitrary: messyText, weight: 1 },
      ),
      fc.array(cell, { maxLength: 3 }),
    )
    .map(([pad, key, rest]) => [...Array<CellValue>(pad).fill(""), key, ...rest]),
  { maxLength: 12 },
);

const sheetName = fc.oneof(
  fc.constantFrom(...INPUT_SHEETS.flatMap((d) => [d.zh, d.en, ...d.synonyms.slice(0, 2)])),
  fc.constantFrom("Sheet1", "Sheet2", "检查结果", "ＲＯＳＴＥＲ", " 参会人员 "),
  messyText.filter((s) => s.trim() !== ""),
);

/** A sheet of one kind's layout, usually named for that kind, sometimes for another or for none. */
const anySheet: fc.Arbitrary<SheetSnapshot> = fc
  .constantFrom<[SheetDef, fc.Arbitrary<CellValue[][]>]>(
    [ROSTER, tableRows(ROSTER)],
    [BUDGET, tableRows(BUDGET)],
    [TASKS, tableRows(TASKS)],
    [HOTELS, tableRows(HOTELS)],
    [EVENT, keyValueRows],
  )
  .chain(([def, rows]) =>
    fc.tuple(fc.oneof(fc.constantFrom(def.zh, def.en, ...def.synonyms), sheetName), rows, fc.nat({ max: 6 }), fc.nat({ max: 4 })),
  )
  .map(([name, rows, top, left]) => {
    const width = Math.max(0, ...rows.map((r) => r.length));
    const values = rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill("")]);
    return { name, top, left, values: width === 0 ? [] : values };
  });

const workbook = fc.uniqueArray(anySheet, { maxLength: 6, selector: (s) => s.name });

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
  if (!/^parse\./.test(f.id)) out.push(`${where}: not a parse finding`);
  if (!f.message.zh.trim() || !f.message.en.trim()) out.push(`${where}: message missing a language`);
  if (f.fix && (!f.fix.zh.trim() || !f.fix.en.trim())) out.push(`${where}: fix missing a language`);
  if (f.id === "parse.sheet-missing") return out;
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
          // Records come after the header row, one per sheet row at most, top to bottom.
          const rows = t.records.map((r) => r.row);
          expect(rows.every((r, i) => r > t.headerRow && (i === 0 || r > rows[i - 1]))).toBe(true);
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
        expect(wb.roster.sheet).toBe(cols.length >= ROSTER.minHeaderMatches ? "Sheet1" : null);
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
