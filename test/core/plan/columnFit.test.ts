import { fitColumnWidths } from "../../../src/core/plan/columnFit";

describe("fitColumnWidths", () => {
  it("widens a column to its longest entry, header included, and never below its minimum", () => {
    const rows = [
      ["Name", "No."],
      ["Alexandra Montgomery", 7],
    ];
    const [name, number] = fitColumnWidths(rows, [
      { min: 8, max: 40 },
      { min: 6, max: 10 },
    ]);
    expect(name).toBeGreaterThanOrEqual(20 + 1);
    expect(number).toBe(6);
  });

  it("counts CJK characters as two and stops at the column's widest", () => {
    expect(fitColumnWidths([["临江县人民政府"]], [{ min: 4, max: 40 }])[0]).toBeGreaterThanOrEqual(15);
    expect(fitColumnWidths([["字".repeat(100)]], [{ min: 4, max: 30 }])[0]).toBe(30);
  });

  it("measures in the row's type: a bold header runs wider", () => {
    const plain = fitColumnWidths([["Organisation"]], [{ min: 1, max: 40 }])[0];
    const bold = fitColumnWidths([["Organisation"]], [{ min: 1, max: 40 }], () => ({ bold: true }))[0];
    expect(bold).toBeGreaterThan(plain);
  });

  it("takes the longest line of a cell with line breaks", () => {
    // The second line, Calibri's "abcdefghij", is 8.8 digits wide.
    expect(fitColumnWidths([["ab\nabcdefghij"]], [{ min: 1, max: 40 }])[0]).toBeGreaterThanOrEqual(8.8 + 1);
  });
});
