import { chineseNumeral } from "../../../../samples/generator/lexicon/chineseNumeral";
import { chineseIdNumber } from "../../../../samples/generator/lexicon/zh";
import { groupThousands, toFullWidthDigits } from "../../../../samples/generator/format";
import { createRng } from "../../../../samples/generator/prng";

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

describe("group names and number formats", () => {
  it("writes Chinese group numbers the way a planner does", () => {
    expect([1, 10, 11, 20, 21, 100, 105, 110, 999].map(chineseNumeral)).toEqual([
      "一",
      "十",
      "十一",
      "二十",
      "二十一",
      "一百",
      "一百零五",
      "一百一十",
      "九百九十九",
    ]);
  });

  it("groups thousands and makes full-width digits without locale data", () => {
    expect(groupThousands(12000)).toBe("12,000");
    expect(groupThousands(1234567.5)).toBe("1,234,567.50");
    expect(toFullWidthDigits("138 0013")).toBe("１３８ ００１３");
  });
});

describe("identity numbers", () => {
  it("carry a valid check digit, the birth year and the gender", () => {
    const rng = createRng(5);
    for (let i = 0; i < 200; i++) {
      const male = i % 2 === 0;
      const id = chineseIdNumber(rng, "320506", 1980, male ? "male" : "female");
      expect(id).toMatch(/^3205061980\d{7}[\dX]$/);
      const sum = WEIGHTS.reduce((s, w, k) => s + w * Number(id[k]), 0);
      expect(id[17]).toBe("10X98765432"[sum % 11]);
      expect(Number(id[16]) % 2).toBe(male ? 1 : 0);
    }
  });
});
