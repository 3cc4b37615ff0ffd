import fc from "fast-check";
import { f, formulaResults, gridBlocks, v, type ReviewCell } from "../../../../src/core/report/budgetReview/reviewGrid";

describe("the review grid as write blocks", () => {
  it("writes every cell exactly once, values and formulas in separate blocks", () => {
    const cell = fc.oneof(
      fc.string().map((s) => v(s)),
      fc.integer().map((n) => f(`=${n}`, n)),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), (rows: ReviewCell[][]) => {
        const { values, formulas } = gridBlocks(rows);
        const seen = new Map<string, ReviewCell>();
        const put = (r: number, c: number, x: ReviewCell) => {
          expect(seen.has(`${r}:${c}`)).toBe(false);
          seen.set(`${r}:${c}`, x);
        };
        for (const b of values) b.values.forEach((row, i) => row.forEach((x, j) => put(b.row + i, b.col + j, { value: x })));
        for (const b of formulas)
          b.formulas.forEach((row, i) => row.forEach((x, j) => put(b.row + i, b.col + j, { formula: x, result: 0 })));
        rows.forEach((row, r) =>
          row.forEach((x, c) => {
            const got = seen.get(`${r}:${c}`)!;
            expect("formula" in x ? { formula: x.formula } : x).toEqual("formula" in got ? { formula: got.formula } : got);
          }),
        );
        expect(seen.size).toBe(rows.reduce((n, r) => n + r.length, 0));
      }),
    );
  });

  it("merges a column of formulas into one block", () => {
    const rows = [1, 2, 3].map((n) => [v(`c${n}`), f(`=A${n}`, n), f(`=B${n}`, n), v("")]);
    const { values, formulas } = gridBlocks(rows);
    expect(formulas).toEqual([
      {
        row: 0,
        col: 1,
        formulas: [
          ["=A1", "=B1"],
          ["=A2", "=B2"],
          ["=A3", "=B3"],
        ],
      },
    ]);
    expect(values.map((b) => [b.row, b.col, b.values.length])).toEqual([
      [0, 0, 3],
      [0, 3, 3],
    ]);
    expect(formulaResults(rows).map((r) => [r.row, r.col, r.result])).toEqual([
      [0, 1, 1],
      [0, 2, 1],
      [1, 1, 2],
      [1, 2, 2],
      [2, 1, 3],
      [2, 2, 3],
    ]);
  });
});
