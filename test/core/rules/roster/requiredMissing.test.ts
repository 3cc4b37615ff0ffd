import { requiredMissing } from "../../../../src/core/rules/roster/requiredMissing";
import { brief, check, workbook } from "../ruleHarness";

const header = ["姓名", "性别", "单位", "职务", "身份", "证件类型", "回执"];

describe("roster.required-missing", () => {
  it("gives one finding per person, naming every empty field, at the first empty cell", () => {
    const f = check(requiredMissing, {
      参会人员: [
        header,
        ["张伟", "男", "市政府", "秘书长", "出席", "出席证", "已确认"],
        ["李娜", "", "市财政局", "局长", "出席", "", "已确认"],
      ],
    });
    expect(brief(f)).toEqual(["warning 参会人员!B3 roster.required-missing"]);
    expect(f[0].message.zh).toBe("李娜（市财政局）缺少必填信息：性别、证件类型。");
    expect(f[0].message.en).toBe("李娜 (市财政局) is missing gender, badge.");
    expect(f[0].fix?.zh).toContain("补填性别、证件类型");
  });

  it("finds nothing on a complete roster", () => {
    expect(check(requiredMissing, { 参会人员: [header, ["张伟", "男", "市政府", "秘书长", "出席", "出席证", "已确认"]] })).toEqual([]);
  });

  it("asks a title of delegates but not of staff", () => {
    const f = check(requiredMissing, {
      参会人员: [
        header,
        ["周学", "男", "市政府办公室", "", "工作人员", "工作证", "已确认"],
        ["王芳", "女", "市教育局", "", "列席", "列席证", ""],
      ],
    });
    expect(brief(f)).toEqual(["warning 参会人员!D3 roster.required-missing"]);
    expect(f[0].message.zh).toBe("王芳（市教育局）缺少必填信息：职务。");
  });

  it("asks people on leave or cancelled only for name, organisation and title (no badge, no room)", () => {
    const f = check(requiredMissing, {
      参会人员: [header, ["周华", "", "市规划局", "副局长", "", "", "请假"], ["林佳", "", "", "局长", "", "", "取消"]],
    });
    expect(brief(f)).toEqual(["warning 参会人员!C3 roster.required-missing"]);
    expect(f[0].message.zh).toBe("林佳缺少必填信息：单位。");
  });

  it("names the row when the name itself is missing", () => {
    const f = check(requiredMissing, { 参会人员: [header, ["", "女", "市财政局", "处长", "出席", "出席证", ""]] });
    expect(brief(f)).toEqual(["warning 参会人员!A2 roster.required-missing"]);
    expect(f[0].message).toEqual({
      zh: "第2行人员（市财政局）缺少必填信息：姓名。",
      en: "The person on row 2 (市财政局) is missing name.",
    });
  });

  it("leaves an unreadable cell to the parser instead of calling it empty", () => {
    const sheets = { 参会人员: [header, ["张伟", "男", "市政府", "秘书长", "出席", "胸牌", "已确认"]] };
    expect(workbook(sheets).roster.findings.map((f) => `${f.id} ${f.cell}`)).toEqual(["parse.enum F2"]);
    expect(check(requiredMissing, sheets)).toEqual([]);
  });

  it("does not ask for a column the roster does not keep", () => {
    const short = [
      ["姓名", "单位", "职务", "电话"],
      ["张伟", "市政府", "秘书长", "13800138000"],
    ];
    expect(check(requiredMissing, { 参会人员: short })).toEqual([]);
  });

  it("reads English headers and role names", () => {
    const en = [
      ["Name", "Gender", "Organisation", "Title", "Role", "Badge", "Status"],
      ["Fiona Morris", "F", "", "", "Staff", "Staff badge", "Confirmed"],
    ];
    const f = check(requiredMissing, { Roster: en });
    expect(brief(f)).toEqual(["warning Roster!C2 roster.required-missing"]);
    expect(f[0].message.en).toBe("Fiona Morris is missing organisation.");
  });

  it("can be switched off on the Event sheet", () => {
    const off = [["关闭的规则", "roster.required-missing"]];
    expect(check(requiredMissing, { 会议信息: off, 参会人员: [header, ["李娜", "", "", "", "", "", ""]] })).toEqual([]);
  });
});
