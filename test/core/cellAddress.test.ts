import { a1, a1Range, columnIndex, columnLetters, parseA1, quoteSheet } from "../../src/core/cellAddress";

describe("cell addresses", () => {
  it("turns indexes into A1 and back, past Z and ZZ", () => {
    expect([0, 25, 26, 701, 702, 16383].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA", "XFD"]);
    expect(columnIndex("XFD")).toBe(16383);
    expect(a1(6, 2)).toBe("C7");
    expect(a1Range(0, 0, 3, 2)).toBe("A1:B3");
    expect(a1Range(4, 1, 1, 1)).toBe("B5");
    expect(parseA1("$C$7")).toEqual({ row: 6, col: 2 });
    expect(parseA1("7C")).toBeUndefined();
  });

  it("quotes sheet names that are not plain words, or that Excel would read as a reference", () => {
    expect(quoteSheet("Roster")).toBe("Roster");
    expect(quoteSheet("参会人员")).toBe("'参会人员'");
    expect(quoteSheet("Roster 2026")).toBe("'Roster 2026'");
    expect(quoteSheet("O'Brien")).toBe("'O''Brien'");
    for (const name of ["A1", "xfd100", "R1C1", "R2", "C3", "TRUE", "false"]) expect(quoteSheet(name)).toBe(`'${name}'`);
  });
});
