import { chineseNumeralsToDigits } from "../../../../src/core/schema/normalize/chineseNumerals";

describe("chineseNumeralsToDigits", () => {
  test.each([
    ["二〇二六年", "2026年"],
    ["二零二六年", "2026年"],
    ["三月十五日", "3月15日"],
    ["十月", "10月"],
    ["十二月", "12月"],
    ["二十日", "20日"],
    ["三十一日", "31日"],
    ["两点半", "2点半"],
    ["零点", "0点"],
    ["八点一刻", "8点1刻"],
    ["2026年3月15日", "2026年3月15日"],
  ])("%s → %s", (text, expected) => {
    expect(chineseNumeralsToDigits(text)).toBe(expected);
  });

  test("runs that are not a number up to 99 are left as they are", () => {
    expect(chineseNumeralsToDigits("十十")).toBe("十十");
    expect(chineseNumeralsToDigits("一百")).toBe("1百");
  });
});
