import { shiftOwnRow } from "../../../src/core/plan/shiftOwnRow";

describe("shiftOwnRow: a formula moved with its row keeps pointing at its own row", () => {
  it("moves references to its own row, anchored or not, and leaves other rows alone", () => {
    expect(shiftOwnRow('=IF(G5="Done",$B$5,C4)', 5, 7)).toBe('=IF(G7="Done",$B$7,C4)');
    expect(shiftOwnRow("=SUM(A5:D5)+A50", 5, 9)).toBe("=SUM(A9:D9)+A50");
  });

  it("never touches text in quotes, other sheets, functions or names", () => {
    expect(shiftOwnRow('="see A5"&A5', 5, 6)).toBe('="see A5"&A6');
    expect(shiftOwnRow("=Roster!B5+'My sheet'!C5", 5, 6)).toBe("=Roster!B5+'My sheet'!C5");
    expect(shiftOwnRow("=LOG10(A5)+ATAN2(1,2)", 5, 6)).toBe("=LOG10(A6)+ATAN2(1,2)");
    expect(shiftOwnRow("=Rate_5*B5", 5, 6)).toBe("=Rate_5*B6");
  });

  it("is the formula itself when the row stays", () => {
    expect(shiftOwnRow("=A5", 5, 5)).toBe("=A5");
  });
});
