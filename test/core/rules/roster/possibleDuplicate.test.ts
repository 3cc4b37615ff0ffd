import { possibleDuplicate } from "../../../../src/core/rules/roster/possibleDuplicate";
import { brief, check } from "../ruleHarness";

const header = ["姓名", "单位", "职务", "电话", "邮箱", "同行"];

describe("roster.possible-duplicate", () => {
  it("points at the later row of the same name and organisation, naming the earlier row", () => {
    const f = check(possibleDuplicate, {
      参会人员: [
        header,
        ["张远春", "市司法局", "副局长", "13513557333", "", ""],
        ["李娜", "市财政局", "局长", "", "", ""],
        ["张 远春", "市司法局", "副局长", "", "", ""],
      ],
    });
    expect(brief(f)).toEqual(["warning 参会人员!A4 roster.possible-duplicate"]);
    expect(f[0].message.zh).toBe("张 远春（市司法局）可能重复登记：与第2行同名同单位。");
    expect(f[0].message.en).toBe("张 远春 (市司法局) may be registered twice: same name and organisation as row 2.");
  });

  it("catches the same phone typed differently, and points at the phone", () => {
    const f = check(possibleDuplicate, {
      参会人员: [
        header,
        ["张伟", "市政府", "秘书长", "138 0013 8000", "", ""],
        ["张炜", "市人民政府", "秘书长", "+86 138-0013-8000", "", ""],
      ],
    });
    expect(brief(f)).toEqual(["warning 参会人员!D3 roster.possible-duplicate"]);
    expect(f[0].message.zh).toBe("张炜（市人民政府）可能重复登记：与第2行电话相同。");
  });

  it("catches the same e-mail in another case under a similar name, not a phone shared by another name", () => {
    const f = check(possibleDuplicate, {
      参会人员: [
        header,
        ["Alice Chen", "Finance Bureau", "Director", "13800138000", "alice@example.org", ""],
        ["Robert Miles", "City Office", "Clerk", "13912345678", "", ""],
        ["A. Chen", "Finance", "Director", "13912345678", "ALICE@example.org", ""],
      ],
    });
    expect(brief(f)).toEqual(["warning 参会人员!E4 roster.possible-duplicate"]);
    expect(f[0].message.zh).toBe("A. Chen（Finance）可能重复登记：与第2行邮箱相同。");
    expect(f[0].message.en).toBe("A. Chen (Finance) may be registered twice: same email as row 2.");
  });

  it("takes the same ID number under a misspelt name for one person: an error, merged", () => {
    const f = check(possibleDuplicate, {
      参会人员: [
        ["姓名", "单位", "身份证号"],
        ["张远春", "市司法局", "110101197003071234"],
        ["张远椿", "司法局", "110101197003071234"],
      ],
    });
    expect(brief(f)).toEqual(["error 参会人员!A3 roster.possible-duplicate"]);
    expect(f[0].message.zh).toBe("张远椿（司法局）：第2行和第3行是同一人（证件号码相同），已按一人统计、排座和制证。");
    expect(f[0].message.en).toBe("张远椿 (司法局): rows 2 and 3 are one person (same ID number), counted, seated and badged once.");
  });

  it("does not take a common name at two organisations, without a shared contact, for one person", () => {
    const f = check(possibleDuplicate, {
      参会人员: [
        header,
        ["张伟", "市政府", "秘书长", "13800138000", "zw@example.cn", ""],
        ["张伟", "市教育局", "科长", "13912345678", "zhangwei@example.cn", ""],
      ],
    });
    expect(f).toEqual([]);
  });

  it("does not match on a name alone when the organisation is empty", () => {
    expect(check(possibleDuplicate, { 参会人员: [header, ["张伟", "", "", "", "", ""], ["张伟", "", "", "", "", ""]] })).toEqual([]);
  });

  it("lets a leader and their aide share a phone, and ignores office extensions and invalid numbers", () => {
    const f = check(possibleDuplicate, {
      参会人员: [
        header,
        ["陈刚江", "市人民政府", "市长", "15101638676", "office@example.gov.cn", ""],
        ["徐欣", "市人民政府", "秘书", "15101638676", "office@example.gov.cn", "陈刚江"],
        ["王芳", "市教育局", "科长", "010-12345678-123", "", ""],
        ["刘洋", "市教育局", "科员", "010-12345678-123", "", ""],
        ["李四", "市卫健委", "科员", "12345", "", ""],
        ["赵六", "市卫健委", "科员", "12345", "", ""],
      ],
    });
    expect(f).toEqual([]);
  });

  it("still reports a third person who shares the leader's phone", () => {
    const f = check(possibleDuplicate, {
      参会人员: [
        header,
        ["陈刚江", "市人民政府", "市长", "15101638676", "", ""],
        ["徐欣", "市人民政府", "秘书", "15101638676", "", "陈刚江"],
        ["陈钢江", "市政府", "市长", "15101638676", "", ""],
      ],
    });
    expect(brief(f)).toEqual(["warning 参会人员!D4 roster.possible-duplicate"]);
    expect(f[0].message.zh).toContain("与第2行电话相同");
  });

  it("takes the same name with the same phone, spaces aside, for one person", () => {
    const f = check(possibleDuplicate, {
      参会人员: [
        header,
        ["王芳", "市财政局", "科长", "13800138000", "", ""],
        ["李娜", "市教育局", "科员", "", "", ""],
        ["王 芳", "财政局", "", "138 0013 8000", "", ""],
      ],
    });
    expect(brief(f)).toEqual(["error 参会人员!A4 roster.possible-duplicate"]);
    expect(f[0].message.zh).toBe("王 芳（财政局）：第2行和第4行是同一人（同名且电话相同），已按一人统计、排座和制证。");
  });

  it("does not take people who registered through a group's contact phone for duplicates", () => {
    const names = ["王芳", "李娜", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄敏"];
    const rows = names.map((n, i) => [n, "北京大学", "学生", i % 2 ? "13800138000" : "13912345678", "", ""]);
    expect(check(possibleDuplicate, { 参会人员: [header, ...rows] })).toEqual([]);
  });

  it("reports each later copy against the first row", () => {
    const row = ["张伟", "市政府", "秘书长", "", "", ""];
    const f = check(possibleDuplicate, { 参会人员: [header, row, row, row] });
    expect(brief(f)).toEqual(["warning 参会人员!A3 roster.possible-duplicate", "warning 参会人员!A4 roster.possible-duplicate"]);
    expect(f[1].message.zh).toContain("与第2行同名同单位");
  });

  it("can be switched off on the Event sheet", () => {
    const row = ["张伟", "市政府", "秘书长", "", "", ""];
    expect(check(possibleDuplicate, { 会议信息: [["关闭的规则", "roster.possible-duplicate"]], 参会人员: [header, row, row] })).toEqual([]);
  });
});
