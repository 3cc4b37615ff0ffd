import { generateConference } from "../../../../samples/generator";
import { signInSheet } from "../../../../src/core/documents/signIn";
import { isActive } from "../../../../src/core/rules/people";
import { workbook } from "../../rules/ruleHarness";
import { EVENT, parsed, TARGET } from "./signInFixture";

describe("signInSheet", () => {
  const { sheet, listed } = signInSheet({ target: TARGET, lang: "zh", parsed: parsed() });
  const grid = sheet.values[0].values;

  it("heads the sheet with the meeting, its time and place, and the expected count", () => {
    expect(grid.slice(0, 4).map((r) => r.filter((v) => v !== "").join("|"))).toEqual([
      "2026年度工作会议签到表",
      "时间：2026年12月10日（星期四）上午9:00　　地点：市行政中心3号楼6楼第一会议室",
      "应到 7 人　　实到 ____ 人",
      "序号|姓名|单位|职务|签到时间|签名",
    ]);
    expect(listed).toBe(7);
  });

  it("lists people under a bold header per organisation, numbered straight through, with empty sign-in cells", () => {
    expect(grid.slice(4)).toEqual([
      ["市发改委（2人）", "", "", "", "", ""],
      [1, "李娜", "市发改委", "主任", "", ""],
      [2, "赵敏", "市发改委", "副主任", "", ""],
      ["市财政局（4人）", "", "", "", "", ""],
      [3, "张伟", "市财政局", "局长", "", ""],
      [4, "王强", "市财政局", "副局长", "", ""],
      [5, "钱进", "市财政局", "科员", "", ""],
      [6, "冯涛", "市财政局", "科员", "", ""],
      ["未填单位（1人）", "", "", "", "", ""],
      [7, "郑雪", "", "记者", "", ""],
    ]);
    const bold = sheet.formats!.filter((f) => f.bold && f.fill === "#EDEDED").map((f) => f.range.row);
    expect(bold).toEqual([4, 7, 12]);
  });

  it("prints portrait across one page width with the header row on every page and room to sign", () => {
    expect(sheet.page).toEqual({
      orientation: "portrait",
      fitToWidth: true,
      printArea: { row: 0, col: 0, rows: grid.length, cols: 6 },
      titleRows: { first: 3, last: 3 },
      centerHorizontally: true,
    });
    const heights = new Map(sheet.rowHeights!.map((h) => [h.row, h.height]));
    expect(heights.get(5)).toBe(28);
    expect(heights.get(4)).toBeUndefined();
    expect(sheet.formats).toContainEqual({ range: { row: 3, col: 0, rows: grid.length - 3, cols: 6 }, border: true, vertical: "center" });
  });

  it("groups by 分组 when the Event sheet says so", () => {
    const bygroup = signInSheet({ target: TARGET, lang: "zh", parsed: parsed([...EVENT, ["签到分组", "分组"]]) });
    expect(bygroup.sheet.values[0].values[4][0]).toBe("第一组（2人）");
  });

  it("leaves blanks for a missing time and place and says so when nobody is listed", () => {
    const empty = signInSheet({
      target: TARGET,
      lang: "en",
      parsed: workbook({ Event: [["Event name", "X"]], Roster: [["Name", "Role"]] }),
    });
    expect(empty.sheet.values[0].values.map((r) => r[0])).toEqual([
      "Sign-in Sheet — X",
      "Time: ________    Venue: ________",
      "Expected: 0    Present: ____",
      "No.",
      "Nobody on the roster needs to sign in.",
    ]);
  });

  it("lists the generated sample's expected non-staff attendees, the same on every run", () => {
    const book = generateConference({ lang: "en", attendees: 120, seed: 5 });
    const wb = workbook(Object.fromEntries(book.sheets.map((s) => [s.name, s.rows])));
    const run = () => signInSheet({ target: TARGET, lang: "en", parsed: wb });
    const expected = wb.roster.records.filter((p) => isActive(p) && p.fields.role?.value !== "staff").length;
    expect(run().listed).toBe(expected);
    expect(run()).toEqual(run());
    const values = run().sheet.values[0].values;
    expect(values[3]).toEqual(["No.", "Name", "Organisation", "Title", "Time in", "Signature"]);
    // The most senior attendee's organisation comes first.
    expect(values[4][0]).toMatch(/^Northern Cities Partnership \(\d+\)$/);
  });
});
