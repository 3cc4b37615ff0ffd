import { isCutIdNumber, isResidentIdNumber } from "../../../../src/core/schema/guess/idNumber";

describe("isResidentIdNumber", () => {
  // The examples GB 11643 and the ID card guides use, with correct check characters.
  test.each(["11010519491231002X", "11010519491231002x", "440524188001010014", " 440524188001010014 ", "110105491231002"])(
    "%s is an ID number",
    (s) => {
      expect(isResidentIdNumber(s)).toBe(true);
    },
  );

  test.each([
    ["110105194912310021", "wrong check character"],
    ["440524188001010015", "wrong check character"],
    ["44052418800101001", "17 digits"],
    ["4405241880010100144", "19 digits"],
    ["44052418800101001Y", "a letter other than X"],
    ["1101054912310", "13 digits"],
    ["13800138000", "a phone number"],
    ["", "empty"],
  ])("%s is not an ID number (%s)", (s) => {
    expect(isResidentIdNumber(s)).toBe(false);
  });
});

describe("isCutIdNumber", () => {
  test("an 18-digit ID typed into a number cell, its last digits lost", () => {
    expect(isCutIdNumber(110101199003077777)).toBe(true);
    expect(isCutIdNumber(440524188001010014)).toBe(false); // born 1880: before 1900
  });

  test.each([
    [110101199013077777, "month 13"],
    [110101199002307777, "30 February"],
    [13800138000, "11 digits"],
    [1e18, "19 digits"],
    [Number.NaN, "not a number"],
  ])("%d is not one (%s)", (n) => {
    expect(isCutIdNumber(n)).toBe(false);
  });
});
