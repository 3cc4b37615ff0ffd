import { findHeaderRow, headerIndex, HEADER_SEARCH_ROWS, matchHeader } from "../../../src/core/schema/headerMatch";
import { BUDGET, ROSTER, TASKS } from "../../../src/core/schema/sheets";

describe("matchHeader", () => {
  const idx = headerIndex(ROSTER.columns);

  it.each([
    ["姓名", "name"],
    ["Name", "name"],
    ["参会人姓名", "name"],
    ["Full name", "name"],
    ["单位", "organisation"],
    ["工作单位", "organisation"],
    ["Organization", "organisation"],
    ["手机号码", "phone"],
    ["Mobile", "phone"],
    ["身份证号", "idNumber"],
    ["Passport number", "idNumber"],
    ["抵达车次航班", "arrivalTransport"],
    ["Arrival flight/train", "arrivalTransport"],
    ["不同桌", "keepApart"],
    ["Keep apart from", "keepApart"],
    ["主席台", "dais"],
    ["Head table", "dais"],
  ])("reads %s as the %s column", (header, key) => {
    expect(matchHeader(idx, header)).toBe(key);
  });

  it.each([
    ["姓名*", "a required-field star"],
    ["*姓名", "a leading star"],
    ["姓名（必填）", "a full-width bracketed hint"],
    ["姓名(必填)", "a half-width bracketed hint"],
    ["姓名【必填】", "a hint in lenticular brackets"],
    ["　姓名　", "ideographic spaces (U+3000)"],
    ["  姓 名 ", "stray spaces inside and around"],
    ["姓名：", "a trailing colon"],
    ["\u200B姓名", "a zero-width space"],
    ["ＮＡＭＥ", "full-width Latin letters"],
    ["NAME", "upper case"],
    ["full  name", "lower case with a double space"],
    ["Ｆｕｌｌ　Ｎａｍｅ", "full-width letters and an ideographic space"],
  ])("reads %j (%s) as the name column", (header) => {
    expect(matchHeader(idx, header)).toBe("name");
  });

  it.each([
    ["E-mail", "email"],
    ["e_mail", "email"],
    ["EMAIL", "email"],
    ["电子邮箱", "email"],
    ["No.", "id"],
    ["ID number", "idNumber"],
    ["ＩＤ　ｎｕｍｂｅｒ", "idNumber"],
  ])("folds punctuation and width in %j", (header, key) => {
    expect(matchHeader(idx, header)).toBe(key);
  });

  it("does not read unknown text, blanks, numbers or booleans as headers", () => {
    expect(matchHeader(idx, "座右铭")).toBeUndefined();
    expect(matchHeader(idx, "Favourite colour")).toBeUndefined();
    expect(matchHeader(idx, "")).toBeUndefined();
    expect(matchHeader(idx, "　")).toBeUndefined();
    expect(matchHeader(idx, "*")).toBeUndefined();
    expect(matchHeader(idx, 2026)).toBeUndefined();
    expect(matchHeader(idx, true)).toBeUndefined();
  });

  it("keeps each sheet's vocabulary apart (预算金额 is a budget header, not a roster one)", () => {
    expect(matchHeader(headerIndex(BUDGET.columns), "预算金额")).toBe("budget");
    expect(matchHeader(idx, "预算金额")).toBeUndefined();
    expect(matchHeader(headerIndex(TASKS.columns), "负责人")).toBe("owner");
    expect(matchHeader(idx, "负责人")).toBeUndefined();
  });

  it("knows every Chinese and English canonical header and every synonym of every sheet", () => {
    for (const def of [ROSTER, BUDGET, TASKS]) {
      const i = headerIndex(def.columns);
      for (const c of def.columns) for (const h of [c.zh, c.en, ...c.synonyms]) expect([h, matchHeader(i, h)]).toEqual([h, c.key]);
    }
  });
});

describe("findHeaderRow", () => {
  it("finds a header row in the first row, columns in any order", () => {
    const m = findHeaderRow(
      [
        ["电话", "Name", "单位", "性别"],
        ["13800138000", "张伟", "市财政局", "男"],
      ],
      ROSTER.columns,
    )!;
    expect(m.index).toBe(0);
    expect(Object.fromEntries(m.columns)).toEqual({ phone: 0, name: 1, organisation: 2, gender: 3 });
    expect(m.duplicates).toEqual([]);
  });

  it("skips a title row and notes above the header row", () => {
    const m = findHeaderRow(
      [
        ["2026年度工作会议参会人员名单", "", "", ""],
        ["注：请于3月1日前报送", "", "", ""],
        ["", "", "", ""],
        ["编号", "姓名", "单位", "职务"],
        ["A001", "张伟", "市发展改革委", "主任"],
      ],
      ROSTER.columns,
    )!;
    expect(m.index).toBe(3);
    expect(m.columns.get("name")).toBe(1);
  });

  it("prefers the real header row to a merged group heading above it, even one that names a column", () => {
    // Merged cells: the heading's text sits in the first cell of the merge only.
    // 联系方式 and 住宿 are themselves headers (phone, needs hotel), so the group row matches two.
    const m = findHeaderRow(
      [
        ["基本信息", "", "", "联系方式", "", "住宿", ""],
        ["姓名", "单位", "职务", "电话", "邮箱", "需住宿", "房型"],
        ["张伟", "市财政局", "局长", "13800138000", "zw@example.cn", "是", "标准间"],
      ],
      ROSTER.columns,
    )!;
    expect(m.index).toBe(1);
    expect(m.columns.get("phone")).toBe(3);
    expect(m.columns.get("needsHotel")).toBe(5);
  });

  it("keeps the first of two columns with the same meaning and reports the second", () => {
    const m = findHeaderRow([["姓名", "电话", "Name", "手机"]], ROSTER.columns)!;
    expect(m.columns.get("name")).toBe(0);
    expect(m.columns.get("phone")).toBe(1);
    expect(m.duplicates).toEqual([
      { col: 2, key: "name" },
      { col: 3, key: "phone" },
    ]);
  });

  it("finds no header row in a sheet of data without headers, or of blanks", () => {
    expect(findHeaderRow([["张伟", "市财政局", 13800138000]], ROSTER.columns)).toBeUndefined();
    expect(
      findHeaderRow(
        [
          ["", ""],
          ["", ""],
        ],
        ROSTER.columns,
      ),
    ).toBeUndefined();
    expect(findHeaderRow([], ROSTER.columns)).toBeUndefined();
  });

  it(`looks for the header in the first ${HEADER_SEARCH_ROWS} rows only`, () => {
    const filler = Array.from({ length: HEADER_SEARCH_ROWS }, (_, i) => [`说明第${i + 1}行`, ""]);
    expect(findHeaderRow([...filler, ["姓名", "单位"]], ROSTER.columns)).toBeUndefined();
    expect(findHeaderRow([...filler.slice(1), ["姓名", "单位"]], ROSTER.columns)?.index).toBe(HEADER_SEARCH_ROWS - 1);
  });

  it("takes the topmost of two rows that match equally well", () => {
    const m = findHeaderRow(
      [
        ["姓名", "单位"],
        ["Name", "Organisation"],
      ],
      ROSTER.columns,
    )!;
    expect(m.index).toBe(0);
  });
});
