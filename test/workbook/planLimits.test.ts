import type { RangeRef, SheetWrite } from "../../src/core/plan/writePlan";
import { formatProblem, mergeProblem, pageProblem, rangeName, sheetLimitProblem } from "../../src/workbook/planLimits";

const at = (row: number, col: number, rows: number, cols: number): RangeRef => ({ row, col, rows, cols });
const sheet = (rest: Partial<SheetWrite> = {}): SheetWrite => ({ name: "桌签", mode: "create", exists: false, values: [], ...rest });

describe("mergeProblem", () => {
  it("accepts merges side by side and one below another, each with its value in the top-left", () => {
    const s = sheet({
      values: [
        {
          row: 0,
          col: 0,
          values: [
            ["标题", "", "", "副标题", ""],
            ["", "", "", "", ""],
            ["注", ""],
          ],
        },
      ],
      merges: [at(0, 0, 2, 3), at(0, 3, 1, 2), at(2, 0, 1, 2), at(1, 3, 1, 2)],
    });
    expect(mergeProblem(s)).toBeUndefined();
    expect(sheetLimitProblem(s)).toBeUndefined();
  });

  it("finds an overlap between merges far apart in the list, and names both ranges", () => {
    const merges = [at(0, 0, 10, 1), ...Array.from({ length: 50 }, (_, i) => at(i, 3, 1, 2)), at(9, 0, 1, 2)];
    expect(mergeProblem(sheet({ merges }))?.en).toBe("the merged ranges A1:A10 and A10:B10 of “桌签” overlap");
  });

  it("refuses a link in a merged cell other than the top-left, and accepts one in the top-left", () => {
    const link = { row: 0, col: 1, sheet: "参会人员", cell: "A1", text: "名单" };
    expect(mergeProblem(sheet({ merges: [at(0, 0, 1, 2)], links: [link] }))?.en).toMatch(/^B1 of “桌签” holds a value/);
    expect(mergeProblem(sheet({ merges: [at(0, 1, 1, 2)], links: [link] }))).toBeUndefined();
  });

  it("refuses ranges with no cells, fractions or past the last column", () => {
    for (const r of [at(0, 0, 0, 2), at(0, 0.5, 1, 2), at(0, 16_383, 1, 2)]) {
      expect(mergeProblem(sheet({ merges: [r] }))?.en).toMatch(/lies outside the sheet$/);
    }
    expect(rangeName(at(0, 0, 0, 2))).toBe("(row 0, col 0, 0×2)");
    expect(rangeName(at(0, 16_383, 1, 2))).toBe("XFD1:XFE1");
  });
});

describe("formatProblem and pageProblem", () => {
  it("accepts what Excel takes: ±90°, 0°, a 31-character font name, zero margins, 255-character parts", () => {
    const range = at(0, 0, 1, 1);
    const formats = [
      { range, rotation: 90 },
      { range, rotation: -90 },
      { range, rotation: 0 },
      { range, fontName: "x".repeat(31) },
    ];
    expect(formatProblem(sheet({ formats }))).toBeUndefined();
    const page = {
      paper: "A3" as const,
      margins: { top: 0, bottom: 0, left: 0, right: 0, header: 0, footer: 0 },
      footer: { left: "a".repeat(255), center: "&P", right: "" },
    };
    expect(pageProblem(sheet({ page }))).toBeUndefined();
  });

  it("refuses a font name Excel does not keep, and a margin that is not a number", () => {
    const range = at(0, 0, 1, 1);
    expect(formatProblem(sheet({ formats: [{ range, fontName: "x".repeat(32) }] }))?.en).toContain("the font of A1 in “桌签”");
    const margins = { top: Number.NaN, bottom: 0, left: 0, right: 0, header: 0, footer: 0 };
    expect(pageProblem(sheet({ page: { margins } }))?.zh).toBe("“桌签”的上边距不能为 NaN 毫米（须不小于 0）");
  });

  it("takes a whole-number scale from 10 to 400 %, never together with fit to width", () => {
    expect(pageProblem(sheet({ page: { scale: 10 } }))).toBeUndefined();
    expect(pageProblem(sheet({ page: { scale: 400 } }))).toBeUndefined();
    expect(pageProblem(sheet({ page: { scale: 9 } }))?.en).toBe("“桌签” cannot print at 9 % (a whole number from 10 to 400)");
    expect(pageProblem(sheet({ page: { scale: 57.5 } }))).toBeDefined();
    expect(pageProblem(sheet({ page: { scale: 80, fitToWidth: true } }))?.zh).toBe(
      "“桌签”不能按 80% 打印并缩放到一页宽（须为 10 至 400 的整数）",
    );
  });
});
