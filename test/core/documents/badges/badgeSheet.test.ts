import { generateConference } from "../../../../samples/generator";
import { BADGE_COLOURS, BADGE_TABLE_NAME, badgeSheet } from "../../../../src/core/documents/badges";
import { workbook } from "../../rules/ruleHarness";
import { roster, TARGET } from "./badgeFixture";

describe("badgeSheet", () => {
  const { sheet, counts, derived } = badgeSheet({ target: TARGET, lang: "zh", parsed: roster() });
  const table = sheet.values[0].values;

  it("lists one badge per person still coming, staff included, by type then precedence then roster order", () => {
    expect(table).toEqual([
      ["证件类型", "姓名", "单位", "职务", "分组", "颜色"],
      ["出席证", "李娜", "市发改委", "主任", "第一组", "红色"],
      ["出席证", "张伟", "市财政局", "局长", "第二组", "红色"],
      ["出席证", "郑雪", "日报社", "记者", "", "红色"],
      ["出席证", "钱进", "", "", "", "红色"],
      ["列席证", "王强", "市财政局", "副局长", "", "蓝色"],
      ["列席证", "赵敏", "市发改委", "副主任", "", "蓝色"],
      ["工作证", "吴刚", "会务组", "组长", "会务组", "绿色"],
    ]);
    expect(counts).toEqual({ attendance: 4, observer: 2, staff: 1 });
    expect(derived).toBe(5);
  });

  it("prints the 席卡名 / preferred name when the roster gives one", () => {
    const rows = [
      ["姓名", "席卡名", "单位"],
      ["欧阳娜娜", "Nana", "乐团"],
      ["李娜", "", "市发改委"],
    ];
    const names = badgeSheet({ target: TARGET, lang: "zh", parsed: roster(rows) })
      .sheet.values[0].values.slice(1)
      .map((r) => r[1]);
    expect(names.sort()).toEqual(["Nana", "李娜"]);
  });

  it("prints names and organisations as typed, full-width brackets and all", () => {
    const rows = [
      ["姓名", "单位"],
      ["　李娜 ", "中国（北京）国际贸易中心"],
    ];
    const row = badgeSheet({ target: TARGET, lang: "zh", parsed: roster(rows) }).sheet.values[0].values[1];
    expect(row.slice(1, 3)).toEqual(["李娜", "中国（北京）国际贸易中心"]);
  });

  it("makes the list an Excel table at A1, header first, for a mail merge", () => {
    expect(sheet.tables).toEqual([{ name: BADGE_TABLE_NAME, range: { row: 0, col: 0, rows: 8, cols: 6 }, style: "TableStyleLight1" }]);
    expect(sheet.values[0]).toMatchObject({ row: 0, col: 0 });
    expect(sheet.page).toMatchObject({ printArea: { row: 0, col: 0, rows: 8, cols: 6 }, titleRows: { first: 0, last: 0 } });
  });

  it("fills each type's cells with the type's own colour", () => {
    const fillAt = (row: number, col: number) =>
      sheet
        .formats!.filter(
          (f) => f.fill && row >= f.range.row && row < f.range.row + f.range.rows && col >= f.range.col && col < f.range.col + f.range.cols,
        )
        .map((f) => f.fill);
    expect(fillAt(1, 0)).toEqual([BADGE_COLOURS.attendance.fill]);
    expect(fillAt(4, 5)).toEqual([BADGE_COLOURS.attendance.fill]);
    expect(fillAt(5, 0)).toEqual([BADGE_COLOURS.observer.fill]);
    expect(fillAt(7, 0)).toEqual([BADGE_COLOURS.staff.fill]);
    expect(fillAt(1, 1)).toEqual([]);
  });

  it("puts a legend with every type, its colour and count to the right of the table, apart from it", () => {
    const legend = sheet.values[1];
    expect(legend.col).toBe(7);
    expect(legend.values.slice(0, 4)).toEqual([
      ["图例", "颜色", "人数"],
      ["出席证", "红色", 4],
      ["列席证", "蓝色", 2],
      ["工作证", "绿色", 1],
    ]);
  });

  it("keeps the same fields with nobody to badge, so a merge template still fits", () => {
    const empty = badgeSheet({ target: TARGET, lang: "en", parsed: workbook({ Roster: [["Name", "Role"]] }) });
    expect(empty.sheet.values[0].values).toEqual([["Badge", "Name", "Organisation", "Title", "Group", "Colour"]]);
    expect(empty.sheet.tables![0].range).toEqual({ row: 0, col: 0, rows: 1, cols: 6 });
  });

  it("badges the generated sample by its roster's types, in English, the same on every run", () => {
    const book = generateConference({ lang: "en", attendees: 120, seed: 5 });
    const wb = workbook(Object.fromEntries(book.sheets.map((s) => [s.name, s.rows])));
    const run = () => badgeSheet({ target: TARGET, lang: "en", parsed: wb });
    const result = run();
    expect(result).toEqual(run());
    expect(result.derived).toBe(0);
    const types = result.sheet.values[0].values.slice(1).map((r) => r[0]);
    expect([...new Set(types)]).toEqual(["Attendee badge", "Observer badge", "Staff badge"]);
    expect(result.counts.staff).toBeGreaterThan(0);
  });
});
