import { inactiveSeated } from "../../../../src/core/rules/roster/inactiveSeated";
import { brief, check } from "../ruleHarness";

const header = ["姓名", "单位", "回执", "主席台", "桌号", "座位"];

describe("roster.inactive-seated", () => {
  it("flags a cancelled person who still has a table, at the table cell", () => {
    const f = check(inactiveSeated, {
      参会人员: [header, ["黄建", "市财政局", "已确认", "", "6", "3"], ["张飞旭", "市生态环境局", "取消", "", "6", ""]],
    });
    expect(brief(f)).toEqual(["warning 参会人员!E3 roster.inactive-seated"]);
    expect(f[0].message.zh).toBe("张飞旭（市生态环境局）已取消参会，但仍安排了桌号“6”。");
    expect(f[0].message.en).toBe("张飞旭 (市生态环境局) has cancelled but still has table 6.");
  });

  it("flags someone on leave who is still on the rostrum, naming everything they hold", () => {
    const f = check(inactiveSeated, { 参会人员: [header, ["周华", "市规划局", "请假", "是", 1, 2]] });
    expect(brief(f)).toEqual(["warning 参会人员!E2 roster.inactive-seated"]);
    expect(f[0].message.zh).toBe("周华（市规划局）已请假，但仍安排了桌号“1”、座位“2”、主席台座位。");
    expect(f[0].message.en).toBe("周华 (市规划局) is on leave but still has table 1, seat 2 and a place on the rostrum.");
  });

  it("points at the rostrum cell when that is all they hold", () => {
    const f = check(inactiveSeated, { 参会人员: [header, ["周华", "市规划局", "请假", "是", "", ""]] });
    expect(brief(f)).toEqual(["warning 参会人员!D2 roster.inactive-seated"]);
  });

  it("leaves confirmed, pending and unanswered people, and absent people without a place, alone", () => {
    const rows = [
      ["黄建", "市财政局", "已确认", "是", "1", "1"],
      ["李卫", "市住建局", "待确认", "", "2", ""],
      ["刘伟良", "市交通局", "", "", "3", ""],
      ["林佳", "市信访局", "请假", "否", "", ""],
    ];
    expect(check(inactiveSeated, { 参会人员: [header, ...rows] })).toEqual([]);
  });

  it("reads English headers and values", () => {
    const f = check(inactiveSeated, {
      Roster: [
        ["Name", "Organisation", "Status", "Seat"],
        ["Mark Cox", "Chamber of Commerce", "Apologies", "12"],
      ],
    });
    expect(brief(f)).toEqual(["warning Roster!D2 roster.inactive-seated"]);
    expect(f[0].message.en).toBe("Mark Cox (Chamber of Commerce) is on leave but still has seat 12.");
  });

  it("without a status column says once that the check did not run", () => {
    expect(
      brief(
        check(inactiveSeated, {
          参会人员: [
            ["姓名", "单位", "桌号"],
            ["黄建", "市财政局", "1"],
          ],
        }),
      ),
    ).toEqual(["info 参会人员!D1 rules.missing-column"]);
  });

  it("can be switched off on the Event sheet", () => {
    const off = [["关闭的规则", "roster.inactive-seated"]];
    expect(check(inactiveSeated, { 会议信息: off, 参会人员: [header, ["张飞旭", "市生态环境局", "取消", "", "6", ""]] })).toEqual([]);
  });
});
