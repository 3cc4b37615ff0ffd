import { speakerWithoutFee } from "../../../../src/core/rules/budget/speakerWithoutFee";
import { brief, check } from "../ruleHarness";

const roster = [
  ["姓名", "单位", "身份", "回执"],
  ["王教授", "市委党校", "讲师", "已确认"],
  ["赵博士", "省社科院", "主讲", "待确认"],
  ["钱老师", "市行政学院", "讲师", "已确认"],
  ["孙老师", "市行政学院", "讲师", "已确认"],
  ["刘洋", "市卫健委", "出席", "已确认"],
];
const both = [
  ["类别", "项目", "预算金额"],
  ["讲课费", "专题讲座讲课费", 12000],
  ["讲师食住行费", "讲师往返交通及食宿", 10000],
];

describe("budget.speaker-without-fee", () => {
  it("says nothing when the budget has both speaker lines", () => {
    expect(check(speakerWithoutFee, { 参会人员: roster, 预算: both })).toEqual([]);
  });

  it("warns for each missing speaker line, naming the speakers, where the line would be added", () => {
    const f = check(speakerWithoutFee, { 参会人员: roster, 预算: [both[0], ["会议厅费", "主会场", 30000]] });
    expect(brief(f)).toEqual(["warning 预算!A3 budget.speaker-without-fee", "warning 预算!A3 budget.speaker-without-fee"]);
    expect(f[0].message.zh).toBe("名单中有 4 位讲师（王教授、赵博士、钱老师等），但预算中没有“讲课费”一项。");
    expect(f[1].message.zh).toBe("名单中有 4 位讲师（王教授、赵博士、钱老师等），但预算中没有“讲师食住行费”一项。");
  });

  it("recognises the lines by their synonyms", () => {
    const synonyms = [both[0], ["授课费", "", 12000], ["讲师差旅费", "", 10000]];
    expect(check(speakerWithoutFee, { 参会人员: roster, 预算: synonyms })).toEqual([]);
  });

  it("does not count speakers who sent apologies or were cancelled", () => {
    const away = [roster[0], ["王教授", "市委党校", "讲师", "请假"], ["赵博士", "省社科院", "讲师", "取消"], roster[5]];
    expect(check(speakerWithoutFee, { 参会人员: away, 预算: [both[0], ["会议厅费", "主会场", 30000]] })).toEqual([]);
  });

  it("works on English sheets", () => {
    const f = check(speakerWithoutFee, {
      Roster: [
        ["Name", "Organisation", "Role", "Status"],
        ["Dr Ada Byron", "University", "Speaker", "Confirmed"],
      ],
      Budget: [
        ["Category", "Item", "Budget"],
        ["Speaker fees", "Keynote", 300],
      ],
    });
    expect(brief(f)).toEqual(["warning Budget!A3 budget.speaker-without-fee"]);
    expect(f[0].message.en).toBe(
      "The roster has 1 speaker (Dr Ada Byron), but the budget has no line for speakers' travel, hotel and meals.",
    );
    expect(f[0].fix?.en).toBe('Add a "Speakers\' expenses" line, sized by the number of speakers and the agreed rates.');
  });

  it("without a role column says once that the check did not run", () => {
    const noRole = roster.map((r) => [r[0], r[1], r[3]]);
    expect(brief(check(speakerWithoutFee, { 参会人员: [...noRole.map((r) => [...r, ""])], 预算: both }))).toEqual([
      "info 参会人员!D1 rules.missing-column",
    ]);
  });

  it("can be switched off on the Event sheet", () => {
    const off = [["关闭的规则", "budget.speaker-without-fee"]];
    expect(check(speakerWithoutFee, { 会议信息: off, 参会人员: roster, 预算: [both[0]] })).toEqual([]);
  });
});
