import type { CellValue } from "../../src/core/cellValue";
import type { SheetWrite } from "../../src/core/plan/writePlan";
import { describeFitProblems, printFitProblems, type FitProblem } from "./printFit";

const TWELVE_CJK = "一二三四五六七八九十百千";

function sheet(extra: Partial<SheetWrite> = {}): SheetWrite {
  return { name: "S", mode: "replace", exists: false, values: [], ...extra };
}

/** One value at (row, col). */
function cell(row: number, col: number, value: CellValue): SheetWrite["values"][number] {
  return { row, col, values: [[value]] };
}

function only(problems: FitProblem[]): FitProblem {
  expect(problems).toHaveLength(1);
  return problems[0];
}

describe("printFitProblems: width", () => {
  it("lets a short text in a wide column fit", () => {
    expect(printFitProblems(sheet({ values: [cell(0, 0, "Name")], columnWidths: [{ col: 0, width: 20 }] }))).toEqual([]);
  });

  it("finds 12 CJK characters too wide for a 16-character column", () => {
    const s = sheet({ values: [cell(6, 1, TWELVE_CJK)], columnWidths: [{ col: 1, width: 16 }] });
    expect(printFitProblems(s)).toEqual([
      { sheet: "S", cell: "B7", text: TWELVE_CJK, why: "too wide", need: 25.94, have: 16, unit: "chars" }, // 12 × 2.095 + 0.8
    ]);
  });

  it("fits the same text in a merge across two 16-character columns", () => {
    const s = sheet({
      values: [cell(0, 0, TWELVE_CJK)],
      columnWidths: [
        { col: 0, width: 16 },
        { col: 1, width: 16 },
      ],
      merges: [{ row: 0, col: 0, rows: 1, cols: 2 }],
    });
    expect(printFitProblems(s)).toEqual([]);
  });

  it("scales by font size and bold, later format specs overriding earlier ones", () => {
    const base = { values: [cell(0, 0, "ABCDEFGHIJ")], columnWidths: [{ col: 0, width: 10.5 }] };
    const range = { row: 0, col: 0, rows: 1, cols: 1 };
    expect(printFitProblems(sheet(base))).toEqual([]); // Calibri's capitals: 9.94 + 0.8
    const big = only(printFitProblems(sheet({ ...base, formats: [{ range, bold: true, fontSize: 16 }] })));
    expect(big).toMatchObject({ why: "too wide", need: 15.98, have: 10.5, unit: "chars" }); // 9.94 × 16/11 × 1.05 + 0.8
    // A later spec setting only fontSize brings the size back but keeps the bold.
    const wide = { row: 0, col: 0, rows: 5, cols: 5 };
    const back = sheet({
      ...base,
      formats: [
        { range: wide, bold: true, fontSize: 16 },
        { range, fontSize: 11 },
      ],
    });
    expect(only(printFitProblems(back)).need).toBe(11.24); // 9.94 × 1.05 + 0.8
    const notBold = sheet({ ...base, columnWidths: [{ col: 0, width: 10.5 }], formats: [{ range, bold: true }] });
    expect(only(printFitProblems(notBold)).need).toBe(11.24);
    notBold.formats!.push({ range, bold: false });
    expect(printFitProblems(notBold)).toEqual([]);
  });

  it("uses Excel's default column width when none is set", () => {
    expect(printFitProblems(sheet({ values: [cell(0, 0, "12345678")] }))).toEqual([]); // 8.8 vs 8.43
    expect(only(printFitProblems(sheet({ values: [cell(0, 0, "123456789")] }))).have).toBe(8.43);
  });

  it("measures a link's text", () => {
    const s = sheet({ links: [{ row: 2, col: 0, sheet: "日程", cell: "A1", text: "跳转到会议日程表" }] });
    expect(only(printFitProblems(s))).toMatchObject({ cell: "A3", why: "too wide", need: 17.56, have: 8.43 }); // 8 × 2.095 + 0.8
  });

  it("measures numbers as they print under their number format", () => {
    const range = { row: 0, col: 0, rows: 1, cols: 1 };
    const money = sheet({ values: [cell(0, 0, 1234567.891)], formats: [{ range, numberFormat: "#,##0.00" }] });
    expect(only(printFitProblems(money))).toMatchObject({ text: "1,234,567.89", why: "too wide", need: 11.28 }); // digits 1, commas 0.49, the point 0.5
    money.columnWidths = [{ col: 0, width: 12.5 }];
    expect(printFitProblems(money)).toEqual([]);

    const narrow = (value: CellValue, numberFormat: string) =>
      only(
        printFitProblems(sheet({ values: [cell(0, 0, value)], columnWidths: [{ col: 0, width: 1 }], formats: [{ range, numberFormat }] })),
      ).text;
    expect(narrow(1234.5, '"¥"#,##0.00')).toBe("¥1,234.50");
    expect(narrow(-1234.5, "#,##0")).toBe("-1,235");
    expect(narrow(0.256, "0.0%")).toBe("25.6%");
    expect(narrow(46366.375, "yyyy-mm-dd hh:mm")).toBe("2026-12-10 09:00");
    expect(narrow(46366.375, 'm"月"d"日" aaaa')).toBe("12月10日 星期四");
    expect(narrow(true, "General")).toBe("TRUE");
    // Without a format: Excel's General, about ten significant digits.
    const sum = sheet({ values: [cell(0, 0, 0.1 + 0.2)], columnWidths: [{ col: 0, width: 1 }] });
    expect(only(printFitProblems(sum)).text).toBe("0.3");
  });

  it("does not measure formulas, blanks, or values a later block or a formula replaced", () => {
    const s = sheet({
      values: [cell(0, 0, TWELVE_CJK), cell(1, 0, "   "), cell(2, 0, TWELVE_CJK), cell(2, 0, "")],
      formulas: [{ row: 0, col: 0, formulas: [["=SUM(B1:B9)"]] }],
    });
    expect(printFitProblems(s)).toEqual([]);
  });
});

describe("printFitProblems: height", () => {
  const fortyCjk = TWELVE_CJK.repeat(3) + "甲乙丙丁";
  const wrapped = (height?: number) =>
    sheet({
      values: [cell(0, 0, fortyCjk)],
      columnWidths: [{ col: 0, width: 20.8 }],
      formats: [{ range: { row: 0, col: 0, rows: 1, cols: 1 }, wrap: true }],
      rowHeights:
        height === undefined
          ? []
          : [
              { row: 0, height: 200 },
              { row: 0, height },
            ],
    });

  it("finds a wrapped long text too tall for a 15 pt row, and fits it at the formula's height", () => {
    // 9 CJK characters (9 × 2.095 + 0.8) per line at 20.8: 5 lines × 11 × 1.3 + 2 = 73.5 pt.
    expect(printFitProblems(wrapped())).toEqual([
      { sheet: "S", cell: "A1", text: fortyCjk, why: "too tall", need: 73.5, have: 15, unit: "points" },
    ]);
    expect(only(printFitProblems(wrapped(15))).have).toBe(15); // the last height given for the row wins
    expect(printFitProblems(wrapped(73.5))).toEqual([]);
    expect(printFitProblems(wrapped(72.5))).toEqual([]); // within 1 pt
    expect(only(printFitProblems(wrapped(72))).why).toBe("too tall");
  });

  it("wraps Latin text at spaces and breaks a word longer than the line", () => {
    const latin = (text: string) =>
      only(
        printFitProblems(
          sheet({
            values: [cell(0, 0, text)],
            columnWidths: [{ col: 0, width: 10 }],
            formats: [{ range: { row: 0, col: 0, rows: 1, cols: 1 }, wrap: true }],
          }),
        ),
      );
    // In Calibri's widths: "the quick" / "brown fox" / "jumps over" / "the lazy dog": 4 × 14.3 + 2.
    expect(latin("the quick brown fox jumps over the lazy dog").need).toBe(59.2);
    // Broken between its letters: 2 lines.
    expect(latin("Supercalifragilistic").need).toBe(30.6);
    // An explicit line break starts a new line: 2 + 1 lines.
    expect(latin("Supercalifragilistic\nx").need).toBe(44.9);
  });

  it("holds one wrapped line to its own CJK-safe line height, with no block padding", () => {
    const one = (fontSize: number, height?: number) =>
      sheet({
        values: [cell(0, 0, "短")],
        formats: [{ range: { row: 0, col: 0, rows: 1, cols: 1 }, wrap: true, fontSize }],
        columnWidths: [{ col: 0, width: 10 }],
        rowHeights: height === undefined ? undefined : [{ row: 0, height }],
      });
    // 1 × 11 × 1.3 = 14.3 pt: the default 15 pt row holds it.
    expect(printFitProblems(one(11))).toEqual([]);
    // 1 × 16 × 1.3 = 20.8 pt: more than a default 15 pt row (+ 1 pt tolerance) gives.
    expect(only(printFitProblems(one(16)))).toMatchObject({ why: "too tall", need: 20.8, have: 15 });
    expect(printFitProblems(one(16, 20.8))).toEqual([]);
  });

  it("sums a merge's rows for its height", () => {
    const s = wrapped();
    s.merges = [{ row: 0, col: 0, rows: 5, cols: 1 }];
    expect(printFitProblems(s)).toEqual([]); // 5 × 15 = 75
  });

  it("counts every line of a \\n in an unwrapped cell", () => {
    const s = sheet({ values: [cell(0, 0, "上午\n下午")] });
    expect(only(printFitProblems(s))).toMatchObject({ why: "too tall", need: 30.6, have: 15, unit: "points" });
    s.rowHeights = [{ row: 0, height: 30 }];
    expect(printFitProblems(s)).toEqual([]);
  });

  it("measures a name turned +90 along the row's height and across the column", () => {
    const tent = (height: number, width: number) =>
      sheet({
        values: [cell(0, 0, "张三丰")],
        columnWidths: [{ col: 0, width }],
        rowHeights: [{ row: 0, height }],
        formats: [{ range: { row: 0, col: 0, rows: 1, cols: 1 }, fontSize: 36, rotation: 90 }],
      });
    // Along: 3 × 2.095 × 36/11 × 5.25 + 4 = 111.99 pt; across: 36 × 1.3 = 46.8 pt.
    expect(printFitProblems(tent(120, 10))).toEqual([]);
    expect(printFitProblems(tent(60, 10))).toEqual([
      { sheet: "S", cell: "A1", text: "张三丰", why: "too tall", need: 111.99, have: 60, unit: "points" },
    ]);
    expect(only(printFitProblems(tent(120, 7)))).toMatchObject({ why: "too wide", need: 46.8, have: 40.5, unit: "points" });
    // Turned -90 it measures the same; as it is not turned it is far too wide for the column.
    const down = tent(120, 10);
    down.formats![0].rotation = -90;
    expect(printFitProblems(down)).toEqual([]);
    down.formats![0].rotation = 0;
    expect(only(printFitProblems(down)).why).toBe("too wide");
  });
});

describe("printFitProblems: merges, print area, hidden sheets", () => {
  it("reports a value under a merge", () => {
    const s = sheet({ values: [{ row: 0, col: 0, values: [["标题", "备注"]] }], merges: [{ row: 0, col: 0, rows: 1, cols: 2 }] });
    expect(only(printFitProblems(s))).toMatchObject({ cell: "B1", text: "备注", why: "under a merge" });
  });

  it("reports overlapping merges", () => {
    const s = sheet({
      merges: [
        { row: 0, col: 0, rows: 2, cols: 2 },
        { row: 1, col: 1, rows: 2, cols: 2 },
      ],
    });
    expect(printFitProblems(s)).toEqual([
      { sheet: "S", cell: "B2", text: "A1:B2 and B2:C3", why: "merges overlap", need: 1, have: 0, unit: "chars" },
    ]);
  });

  it("measures only cells inside the print area", () => {
    const s = sheet({
      values: [cell(4, 2, TWELVE_CJK), cell(0, 0, TWELVE_CJK)],
      page: { printArea: { row: 0, col: 0, rows: 2, cols: 2 } },
    });
    expect(only(printFitProblems(s)).cell).toBe("A1");
  });

  it("gives a merge only its columns inside the print area", () => {
    const s = sheet({
      values: [cell(0, 0, TWELVE_CJK)],
      columnWidths: [
        { col: 0, width: 16 },
        { col: 1, width: 16 },
      ],
      merges: [{ row: 0, col: 0, rows: 1, cols: 2 }],
      page: { printArea: { row: 0, col: 0, rows: 10, cols: 1 } },
    });
    expect(only(printFitProblems(s))).toMatchObject({ why: "too wide", have: 16 });
  });

  it("ignores a hidden sheet", () => {
    expect(printFitProblems(sheet({ values: [cell(0, 0, TWELVE_CJK)], hidden: true }))).toEqual([]);
  });

  it("orders problems by row, then column", () => {
    const s = sheet({
      values: [cell(3, 0, TWELVE_CJK), cell(1, 2, TWELVE_CJK), cell(1, 1, TWELVE_CJK), cell(0, 5, TWELVE_CJK)],
      formats: [{ range: { row: 0, col: 0, rows: 4, cols: 6 }, wrap: true }],
    });
    expect(printFitProblems(s).map((p) => p.cell)).toEqual(["F1", "B2", "C2", "A4"]);
  });

  it("lets unwrapped text run on into empty cells inside the printed columns, as Excel prints it", () => {
    const title = "A title far wider than its cell"; // 31 characters
    const widths = [0, 1, 2, 3].map((col) => ({ col, width: 10 }));
    const lone = (extra: Partial<SheetWrite>) => printFitProblems(sheet({ values: [cell(0, 0, title)], columnWidths: widths, ...extra }));
    // Four columns of 10 are written (widths): the title runs over B:D.
    expect(lone({})).toEqual([]);
    // A value in C stops it at B: 20 characters are not enough.
    expect(printFitProblems(sheet({ values: [cell(0, 0, title), cell(0, 2, "x")], columnWidths: widths }))).toHaveLength(1);
    // Outside the print area it would be cut.
    expect(lone({ page: { printArea: { row: 0, col: 0, rows: 1, cols: 2 } } })).toHaveLength(1);
    // Centred text needs room on both sides: none on the left of A.
    expect(lone({ formats: [{ range: { row: 0, col: 0, rows: 1, cols: 1 }, horizontal: "center" }] })).toHaveLength(1);
    // A number does not run on: Excel shows ### instead.
    expect(
      printFitProblems(
        sheet({
          values: [cell(0, 0, 1234567890123)],
          columnWidths: [
            { col: 0, width: 5 },
            { col: 1, width: 20 },
          ],
        }),
      ),
    ).toHaveLength(1);
  });
});

describe("describeFitProblems", () => {
  it("gives one readable line per problem naming sheet and cell", () => {
    const s = sheet({ name: "座位表", values: [cell(6, 1, TWELVE_CJK)], columnWidths: [{ col: 1, width: 16 }] });
    expect(describeFitProblems(printFitProblems(s))).toEqual([`'座位表'!B7 too wide: needs 25.9 chars, has 16 — "${TWELVE_CJK}"`]);
    const tall = sheet({ name: "Notes", values: [cell(0, 0, "a\nb")] });
    expect(describeFitProblems(printFitProblems(tall))).toEqual(['Notes!A1 too tall: needs 30.6 points, has 15 — "a\\nb"']);
    const merged = sheet({
      values: [cell(0, 1, "x")],
      merges: [
        { row: 0, col: 0, rows: 1, cols: 2 },
        { row: 0, col: 1, rows: 1, cols: 2 },
      ],
    });
    expect(describeFitProblems(printFitProblems(merged))).toEqual([
      "S!B1 merges overlap: A1:B1 and B1:C1 share 1 cell",
      'S!B1 under a merge: written inside a merged cell, does not print — "x"',
    ]);
  });
});
