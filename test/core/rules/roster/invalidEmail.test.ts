import { invalidEmail } from "../../../../src/core/rules/roster/invalidEmail";
import { brief, check } from "../ruleHarness";

const header = ["Name", "Organisation", "Email"];

describe("roster.invalid-email", () => {
  it("flags an address without a domain, in both languages", () => {
    const f = check(invalidEmail, {
      Roster: [header, ["Alice Chen", "Finance Bureau", "alice@example.org"], ["Robert Miles", "City Office", "robert@example"]],
    });
    expect(brief(f)).toEqual(["warning Roster!C3 roster.invalid-email"]);
    expect(f[0].message.en).toBe('Robert Miles (City Office): the email "robert@example" is not a valid address.');
    expect(f[0].message.zh).toBe("Robert Miles（City Office）的邮箱“robert@example”格式不正确。");
  });

  it("accepts full-width ＠ and two addresses in one cell", () => {
    const rows = [header, ["张伟", "市政府", "zhangwei＠example.cn"], ["李娜", "市财政局", "lina@example.cn; li.na@example.gov.cn"]];
    expect(check(invalidEmail, { Roster: rows })).toEqual([]);
  });

  it("names only the bad address of two", () => {
    const f = check(invalidEmail, {
      参会人员: [
        ["姓名", "单位", "邮箱"],
        ["李娜", "市财政局", "lina@example.cn、lina.example.cn"],
      ],
    });
    expect(f[0].message.zh).toBe("李娜（市财政局）的邮箱“lina.example.cn”格式不正确。");
  });

  it("without an email column says once that the check did not run", () => {
    expect(
      brief(
        check(invalidEmail, {
          Roster: [
            ["Name", "Organisation", "Title"],
            ["Alice Chen", "Finance", "Director"],
          ],
        }),
      ),
    ).toEqual(["info Roster!D1 rules.missing-column"]);
  });

  it("can be switched off on the Event sheet", () => {
    const off = [["Rules switched off", "roster.invalid-email"]];
    expect(check(invalidEmail, { Event: off, Roster: [header, ["Alice Chen", "Finance", "alice@"]] })).toEqual([]);
  });
});
