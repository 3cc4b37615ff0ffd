import { roommateNotMutual } from "../../../../src/core/rules/travel/roommateNotMutual";
import { brief, check } from "../ruleHarness";
import { EVENT, EVENT_EN, withSetting } from "./fixtures";

const roster = [
  ["编号", "姓名", "单位", "回执", "同住人"],
  ["A001", "刘宁蕾", "临江县人民政府", "已确认", "张珊"],
  ["A002", "张珊", "青山县人民政府", "已确认", ""],
  ["A003", "马丹慧", "云溪县人民政府", "已确认", "刘瑶莹"],
  ["A004", "刘瑶莹", "云溪县人民政府", "已确认", "彭霞瑶"],
  ["A005", "彭霞瑶", "东湖县人民政府", "已确认", "刘瑶莹"],
  ["A006", "徐静丽", "白沙县人民政府", "已确认", "赵倩晶"],
  ["A007", "王芳", "市教育局", "已确认", "李娜"],
  ["A008", "李娜", "市财政局", "取消", "王芳"],
];

describe("travel.roommate-not-mutual", () => {
  it("warns at the requester's roommate cell, saying what the other side did", () => {
    const f = check(roommateNotMutual, { 会议信息: EVENT, 参会人员: roster });
    expect(brief(f)).toEqual([
      "warning 参会人员!E2 travel.roommate-not-mutual",
      "warning 参会人员!E4 travel.roommate-not-mutual",
      "warning 参会人员!E7 travel.roommate-not-mutual",
      "warning 参会人员!E8 travel.roommate-not-mutual",
    ]);
    expect(f.map((x) => x.message.zh)).toEqual([
      "刘宁蕾（临江县人民政府）申请与“张珊”同住，但张珊没有填写同住人。",
      "马丹慧（云溪县人民政府）申请与“刘瑶莹”同住，但刘瑶莹填写的同住人是“彭霞瑶”。",
      "徐静丽（白沙县人民政府）申请与“赵倩晶”同住，但参会名单中没有此人。",
      "王芳（市教育局）申请与“李娜”同住，但对方已请假或取消参会。",
    ]);
    expect(f[1].message.en).toBe('马丹慧 (云溪县人民政府) asked to share with "刘瑶莹", who asked for "彭霞瑶" instead.');
  });

  it("passes mutual requests, by name or by ID, with names folded", () => {
    const mutual = [
      roster[0],
      ["A001", "刘宁蕾", "临江县人民政府", "已确认", "A002"],
      ["A002", "张 珊", "青山县人民政府", "已确认", "刘宁蕾"],
      ["A003", "马丹慧", "云溪县人民政府", "已确认", "马丹慧"],
    ];
    expect(check(roommateNotMutual, { 会议信息: EVENT, 参会人员: mutual })).toEqual([]);
  });

  it("reads English headers", () => {
    const en = [
      ["Name", "Organisation", "Roommate"],
      ["Charles Turner", "Glasgow City Council", "Joseph Brown"],
      ["Joseph Brown", "Glasgow City Council", ""],
    ];
    const f = check(roommateNotMutual, { Event: EVENT_EN, Roster: en });
    expect(brief(f)).toEqual(["warning Roster!C2 travel.roommate-not-mutual"]);
    expect(f[0].message.en).toBe(
      'Charles Turner (Glasgow City Council) asked to share with "Joseph Brown", who has not asked for a roommate.',
    );
  });

  it("can be switched off on the Event sheet", () => {
    const off = withSetting(EVENT, "关闭的规则", "travel.roommate-not-mutual");
    expect(check(roommateNotMutual, { 会议信息: off, 参会人员: roster })).toEqual([]);
  });

  it("without a roommate column says once that the check did not run", () => {
    const none = roster.map((r) => r.slice(0, 4));
    expect(brief(check(roommateNotMutual, { 会议信息: EVENT, 参会人员: none }))).toEqual(["info 参会人员!E1 rules.missing-column"]);
  });
});
