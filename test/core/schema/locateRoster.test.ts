import { locateRoster, rosterNotFound } from "../../../src/core/schema/locateRoster";
import { sheet } from "./fixtures";

const names = (n: number) => Array.from({ length: n }, (_, i) => [`客人${i + 1}`, i + 1]);

describe("locateRoster", () => {
  it("takes a sheet with a name column and one other known header, whatever it is called", () => {
    expect(
      locateRoster([
        sheet("Sheet1", [
          ["name", "table"],
          ["Alice Chen", 1],
        ]),
      ]),
    ).toEqual({
      name: "Sheet1",
      foundBy: "nameColumn",
    });
    expect(
      locateRoster([
        sheet("工作表1", [
          ["姓名", "性别"],
          ["王芳", "女"],
        ]),
      ])?.name,
    ).toBe("工作表1");
    expect(
      locateRoster([
        sheet("Form Responses 1", [
          ["ID", "NAME"],
          [1, "Bob Li"],
        ]),
      ])?.name,
    ).toBe("Form Responses 1");
  });

  it("counts split names as a name column", () => {
    expect(
      locateRoster([
        sheet("Sheet1", [
          ["First Name", "Last Name"],
          ["Alice", "Chen"],
        ]),
      ])?.name,
    ).toBe("Sheet1");
  });

  it("prefers the sheet with the most data rows over a notes sheet before it", () => {
    const notes = sheet("说明", [
      ["姓名", "电话"],
      ["联系人", "010-1234"],
    ]);
    const list = sheet("Sheet2", [["姓名", "桌号"], ...names(12)]);
    const small = sheet("Sheet3", [["姓名", "桌号"], ...names(3)]);
    expect(locateRoster([notes, list, small])?.name).toBe("Sheet2");
  });

  it("keeps the earlier tab on a tie", () => {
    expect(locateRoster([sheet("A", [["姓名", "桌号"], ...names(2)]), sheet("B", [["姓名", "桌号"], ...names(2)])])?.name).toBe("A");
  });

  it("does not take a sheet without a name column, or with a name column alone", () => {
    expect(
      locateRoster([
        sheet("Sheet1", [
          ["单位", "电话"],
          ["市财政局", "010"],
        ]),
      ]),
    ).toBeUndefined();
    expect(locateRoster([sheet("Sheet1", [["姓名"], ["王芳"]])])).toBeUndefined();
  });

  it("falls back to a guess from the values when no header row has a name column", () => {
    const bare = sheet("Sheet1", [["王芳"], ["张伟"]]);
    const guess = () => ({
      index: -1,
      columns: new Map([["name", 0]]),
      duplicates: [],
      guessed: { firstDataRow: 0, finding: {} as never },
    });
    expect(locateRoster([bare], guess)).toEqual({ name: "Sheet1", foundBy: "values" });
  });
});

describe("rosterNotFound", () => {
  it("names the closest sheet and that it has a name but nothing else", () => {
    const why = rosterNotFound([
      sheet("Sheet1", [
        ["姓名", "爱好"],
        ["x", "y"],
      ]),
    ])!;
    expect(why.en).toContain('Sheet "Sheet1" has "姓名" but no other column Huiwu knows');
    expect(why.zh).toContain("工作表“Sheet1”有“姓名”列，但没有会务助手认识的其他列");
  });

  it("names what a sheet of contacts lacks: the name column", () => {
    const why = rosterNotFound([
      sheet("Other", [["x"]]),
      sheet("Contacts", [
        ["单位", "电话", "邮箱"],
        ["a", "b", "c"],
      ]),
    ])!;
    expect(why.en).toContain('Sheet "Contacts" has "单位", "电话", "邮箱" but no name column');
    expect(why.zh).toContain("但没有姓名列");
  });

  it("names the first sheet with anything on it, and its first row, when no sheet has a known header", () => {
    const why = rosterNotFound([
      sheet("Empty", []),
      sheet("Sheet1", [
        ["", ""],
        ["奖项", "", "奖品", "数量", "供应商", "颜色"],
      ]),
    ])!;
    expect(why.zh).toBe(
      "工作表“Sheet1”的首行是“奖项”“奖品”“数量”“供应商”等，没有会务助手认识的列；参会人员名单需要姓名列（姓名、名字、Name，或“姓”“名”两列）。",
    );
    expect(why.en).toMatch(/^Sheet "Sheet1" starts with "奖项", "奖品", "数量", "供应商", …: no column Huiwu knows/);
  });

  it("says nothing when every sheet is empty", () => {
    expect(rosterNotFound([sheet("Sheet1", [["", ""]])])).toBeUndefined();
  });
});
