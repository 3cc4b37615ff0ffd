import { invalidPhone } from "../../../../src/core/rules/roster/invalidPhone";
import { brief, check } from "../ruleHarness";

const header = ["姓名", "单位", "电话"];

describe("roster.invalid-phone", () => {
  it("flags a mobile number a digit short and says so", () => {
    const f = check(invalidPhone, { 参会人员: [header, ["张伟", "市政府", "13800138000"], ["王江庆", "市财政局", "1886433337"]] });
    expect(brief(f)).toEqual(["warning 参会人员!C3 roster.invalid-phone"]);
    expect(f[0].message.zh).toBe("王江庆（市财政局）的电话“1886433337”不是有效的号码（手机号应为 11 位，这里是 10 位）。");
    expect(f[0].message.en).toBe(
      '王江庆 (市财政局): the phone "1886433337" is not a valid number (a mobile number has 11 digits; this one has 10).',
    );
  });

  it("accepts mobiles, landlines with extensions, international and full-width numbers, and numbers stored as numbers", () => {
    const ok = ["+86 138-0013-8000", "010-12345678-123", "(0755)1234567转8", "+44 20 7946 0958", "１３８００１３８０００", 13912345678];
    expect(check(invalidPhone, { 参会人员: [header, ...ok.map((p) => ["张伟", "市政府", p])] })).toEqual([]);
  });

  it("checks each number of a cell holding two, and names only the bad one", () => {
    const f = check(invalidPhone, { 参会人员: [header, ["张伟", "市政府", "13800138000、12345"]] });
    expect(brief(f)).toEqual(["warning 参会人员!C2 roster.invalid-phone"]);
    expect(f[0].message.zh).toBe("张伟（市政府）的电话“12345”不是有效的号码。");
  });

  it("leaves an empty phone alone", () => {
    expect(check(invalidPhone, { 参会人员: [header, ["张伟", "市政府", ""]] })).toEqual([]);
  });

  it("without a phone column says once that the check did not run", () => {
    expect(
      brief(
        check(invalidPhone, {
          参会人员: [
            ["姓名", "单位", "职务"],
            ["张伟", "市政府", "秘书长"],
          ],
        }),
      ),
    ).toEqual(["info 参会人员!D1 rules.missing-column"]);
  });

  it("can be switched off on the Event sheet", () => {
    const off = [["Rules switched off", "roster.invalid-phone"]];
    expect(
      check(invalidPhone, {
        Event: off,
        Roster: [
          ["Name", "Organisation", "Phone"],
          ["Alice Chen", "Finance", "123"],
        ],
      }),
    ).toEqual([]);
  });
});
