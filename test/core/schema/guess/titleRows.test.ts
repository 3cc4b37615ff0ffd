import type { CellValue } from "../../../../src/core/cellValue";
import { MAX_TITLE_ROWS, firstDataRow } from "../../../../src/core/schema/guess/titleRows";

const data: CellValue[][] = [
  ["市财政局", "副局长", "王芳"],
  ["市教育局", "处长", "李明"],
];

describe("firstDataRow", () => {
  test("a list with no title starts at the top", () => {
    expect(firstDataRow(data)).toBe(0);
    expect(firstDataRow([])).toBe(0);
  });

  test("a merged title above several columns is skipped", () => {
    expect(firstDataRow([["参会人员名单", "", ""], ...data])).toBe(1);
  });

  test("a title beside its date, a fill-in line and a blank row are skipped", () => {
    const rows: CellValue[][] = [["2026年度工作会议签到表", "", "2026-03-01"], ["填报单位：", "", "填表日期："], ["", "", ""], ...data];
    expect(firstDataRow(rows)).toBe(3);
  });

  test("a title that reads like a name is still a title", () => {
    expect(firstDataRow([["来宾名单"], ["王芳"], ["李明"]])).toBe(1);
    expect(firstDataRow([["Guest list"], ["Mary O'Neil"]])).toBe(1);
  });

  test("a one-column list: a title cell that is not a name is skipped, the first name is data", () => {
    expect(firstDataRow([["嘉宾桌签"], ["（按姓氏笔画排序）"], ["王芳"], ["李明"]])).toBe(2);
    expect(firstDataRow([["王芳"], ["李明"]])).toBe(0);
  });

  test("a first person with nothing but a name filled in is data", () => {
    expect(firstDataRow([["", "", "王芳"], ...data])).toBe(0);
  });

  test("a data row that mentions a meeting is not a title", () => {
    expect(firstDataRow([["王芳", "会议组", "13800138000"]])).toBe(0);
  });

  test(`at most ${MAX_TITLE_ROWS} rows are skipped`, () => {
    const rows: CellValue[][] = [...Array.from({ length: 12 }, () => ["说明"]), ["王芳"]];
    expect(firstDataRow(rows)).toBe(MAX_TITLE_ROWS);
  });
});
