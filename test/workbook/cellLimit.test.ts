import { EXCEL_CELL_MAX, fitCellLimits, fitCellText } from "../../src/workbook/cellLimit";

describe("fitCellText", () => {
  it("leaves text that fits, and cuts longer text to the limit ending with …", () => {
    expect(fitCellText("短")).toBe("短");
    const cut = fitCellText("会".repeat(40_000));
    expect(cut).toHaveLength(EXCEL_CELL_MAX);
    expect(cut.endsWith("会…")).toBe(true);
  });

  it("never cuts a character outside the basic plane in half", () => {
    const cut = fitCellText("𠀀".repeat(20_000));
    expect(cut.endsWith("𠀀…")).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(EXCEL_CELL_MAX);
  });
});

describe("fitCellLimits", () => {
  it("fits only the long cells and returns the same plan when none is", () => {
    const plan = {
      sheets: [
        { name: "S", mode: "replace" as const, exists: false, values: [{ row: 0, col: 0, values: [["x".repeat(33_000), 5, "ok"]] }] },
      ],
    };
    const fitted = fitCellLimits(plan);
    expect(fitted.sheets[0].values[0].values[0].map((v) => (typeof v === "string" ? v.length : v))).toEqual([EXCEL_CELL_MAX, 5, 2]);
    expect(plan.sheets[0].values[0].values[0][0]).toHaveLength(33_000);
    const short = { sheets: [{ ...plan.sheets[0], values: [{ row: 0, col: 0, values: [["ok"]] }] }] };
    expect(fitCellLimits(short)).toBe(short);
  });
});
