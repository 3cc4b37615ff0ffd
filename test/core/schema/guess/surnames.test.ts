import { COMPOUND_SURNAMES, SINGLE_SURNAMES, leadingSurname } from "../../../../src/core/schema/guess/surnames";

describe("surnames", () => {
  test("the common single-character surnames are there, about 300 of them", () => {
    for (const s of ["王", "李", "张", "刘", "陈", "欧", "诸", "尉", "阎", "佘", "衡"]) expect(SINGLE_SURNAMES.has(s)).toBe(true);
    expect(SINGLE_SURNAMES.size).toBeGreaterThanOrEqual(280);
    expect(SINGLE_SURNAMES.size).toBeLessThanOrEqual(400);
    expect([...SINGLE_SURNAMES].every((s) => s.length === 1)).toBe(true);
  });

  test("characters that mostly start ordinary words are not surnames", () => {
    for (const s of ["主", "副", "市", "省", "参", "嘉", "待", "请", "但", "区"]) expect(SINGLE_SURNAMES.has(s)).toBe(false);
  });

  test("the common compound surnames are there", () => {
    for (const s of ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "夏侯"])
      expect(COMPOUND_SURNAMES).toContain(s);
    expect(COMPOUND_SURNAMES.every((s) => s.length === 2)).toBe(true);
    expect(new Set(COMPOUND_SURNAMES).size).toBe(COMPOUND_SURNAMES.length);
  });

  test.each([
    ["王芳", "王"],
    ["欧阳娜娜", "欧阳"],
    ["欧丽", "欧"],
    ["司马光", "司马"],
    ["上官婉儿", "上官"],
    ["主任", undefined],
    ["", undefined],
  ])("leadingSurname(%s) is %s", (s, expected) => {
    expect(leadingSurname(s)).toBe(expected);
  });
});
