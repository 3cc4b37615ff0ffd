import { badgeMismatch } from "../../../../src/core/rules/roster/badgeMismatch";
import { brief, check } from "../ruleHarness";

const header = ["姓名", "单位", "身份", "证件类型", "回执"];

describe("roster.badge-mismatch", () => {
  it("is an error for staff without a staff badge", () => {
    const f = check(badgeMismatch, {
      参会人员: [header, ["周学", "市政府办公室", "工作人员", "工作证", ""], ["夏雪凤", "市会议中心", "工作人员", "出席证", ""]],
    });
    expect(brief(f)).toEqual(["error 参会人员!D3 roster.badge-mismatch"]);
    expect(f[0].message.zh).toBe("夏雪凤（市会议中心）的身份是“工作人员”，证件类型却是“出席证”，应为“工作证”。");
    expect(f[0].message.en).toBe("夏雪凤 (市会议中心) is listed as Staff but has an Attendee badge instead of a Staff badge.");
    expect(f[0].fix?.zh).toBe("将证件类型改为“工作证”，或核对身份是否填错。");
  });

  it("is a warning for an observer with an attendee badge, and for anyone else with a staff badge", () => {
    const f = check(badgeMismatch, {
      参会人员: [
        header,
        ["于红", "临江县", "列席", "出席证", ""],
        ["王鑫超", "临江县", "出席", "工作证", ""],
        ["刘毅江", "研究院", "嘉宾", "工作证", ""],
        ["黄浩新", "市科技局", "出席", "列席证", ""],
      ],
    });
    expect(brief(f)).toEqual([
      "warning 参会人员!D2 roster.badge-mismatch",
      "warning 参会人员!D3 roster.badge-mismatch",
      "warning 参会人员!D4 roster.badge-mismatch",
      "warning 参会人员!D5 roster.badge-mismatch",
    ]);
    expect(f[0].message.zh).toBe("于红（临江县）的身份是“列席”，证件类型却是“出席证”，应为“列席证”。");
  });

  it("accepts the seed's pairs, an attendee badge (or 代表证) for guests and speakers, and an observer badge for them too", () => {
    const rows = [
      ["王鑫超", "临江县", "出席", "出席证", ""],
      ["张三", "临江县", "正式代表", "代表证", ""],
      ["于红", "临江县", "列席", "列席证", ""],
      ["周学", "市政府办公室", "工作人员", "工作证", ""],
      ["刘毅江", "研究院", "嘉宾", "出席证", ""],
      ["朱凯勇", "社科院", "讲师", "出席证", ""],
      ["罗敏", "规划院", "讲师", "列席证", ""],
    ];
    expect(check(badgeMismatch, { 参会人员: [header, ...rows] })).toEqual([]);
  });

  it("leaves badges not on the list to the parser, empty cells to the required check, and absent people alone", () => {
    const rows = [
      ["王鑫超", "临江县", "出席", "胸牌", ""],
      ["于红", "临江县", "列席", "", ""],
      ["", "临江县", "", "工作证", ""],
      ["张飞旭", "市生态环境局", "工作人员", "出席证", "取消"],
    ];
    expect(check(badgeMismatch, { 参会人员: [header, ...rows] })).toEqual([]);
  });

  it("reads English headers and values", () => {
    const f = check(badgeMismatch, {
      Roster: [
        ["Name", "Organisation", "Role", "Badge"],
        ["Fiona Morris", "Northern Cities Partnership", "Staff", "Attendee badge"],
      ],
    });
    expect(brief(f)).toEqual(["error Roster!D2 roster.badge-mismatch"]);
    expect(f[0].fix?.en).toBe('Change the badge to "Staff badge", or correct the role if that is what is wrong.');
  });

  it("without a badge column says once that the check did not run", () => {
    expect(
      brief(
        check(badgeMismatch, {
          参会人员: [
            ["姓名", "单位", "身份"],
            ["周学", "市政府办公室", "工作人员"],
          ],
        }),
      ),
    ).toEqual(["info 参会人员!D1 rules.missing-column"]);
  });

  it("can be switched off on the Event sheet", () => {
    const off = [["关闭的规则", "roster.badge-mismatch"]];
    expect(check(badgeMismatch, { 会议信息: off, 参会人员: [header, ["夏雪凤", "市会议中心", "工作人员", "出席证", ""]] })).toEqual([]);
  });
});
