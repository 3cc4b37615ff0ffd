import { contactMissing } from "../../../../src/core/rules/notice/contactMissing";
import { brief, check } from "../ruleHarness";
import { FULL_EVENT, FULL_EVENT_EN, withRow } from "./eventFixture";

describe("notice.contact-missing", () => {
  it("says nothing when the notice names a contact and a phone", () => {
    expect(check(contactMissing, { 会议信息: FULL_EVENT })).toEqual([]);
    expect(check(contactMissing, { Event: FULL_EVENT_EN })).toEqual([]);
  });

  it("warns about a contact without a phone, at the empty phone", () => {
    const f = check(contactMissing, { 会议信息: withRow(FULL_EVENT, "联系电话", "") });
    expect(brief(f)).toEqual(["warning 会议信息!B12 notice.contact-missing"]);
    expect(f[0].message.zh).toBe("会议通知的联系人刘莹没有联系电话。");
  });

  it("warns once when both are missing, at the contact row or the first free row", () => {
    const emptyRows = withRow(withRow(FULL_EVENT, "联系人", ""), "联系电话", "");
    expect(brief(check(contactMissing, { 会议信息: emptyRows }))).toEqual(["warning 会议信息!B11 notice.contact-missing"]);
    const noRows = withRow(withRow(FULL_EVENT, "联系人"), "联系电话");
    const f = check(contactMissing, { 会议信息: noRows });
    expect(brief(f)).toEqual(["warning 会议信息!A11 notice.contact-missing"]);
    expect(f[0].message.en).toBe("The notice gives no contact person or phone number.");
  });

  it("warns about a phone without a name", () => {
    const f = check(contactMissing, { Event: withRow(FULL_EVENT_EN, "Contact", "") });
    expect(brief(f)).toEqual(["warning Event!B11 notice.contact-missing"]);
    expect(f[0].message.en).toBe("The notice gives a contact phone but no contact person.");
  });

  it("leaves a phone number the parser could not read to the parser", () => {
    expect(check(contactMissing, { 会议信息: withRow(FULL_EVENT, "联系电话", "#N/A") })).toEqual([]);
  });

  it("can be switched off", () => {
    expect(check(contactMissing, { 会议信息: [...withRow(FULL_EVENT, "联系人", ""), ["关闭的规则", "notice.contact-missing"]] })).toEqual(
      [],
    );
  });
});
