import { headerParts, questionSubject } from "../../../../src/core/schema/normalize/questionHeader";

describe("questionSubject", () => {
  it.each([
    ["1、您的姓名：", "姓名"],
    ["2、您的工作单位：", "工作单位"],
    ["请在此留下您的大名", "大名"],
    ["（6）性别", "性别"],
    ["第3题 您的职务是？", "职务"],
    ["Q5. What is your email?", "email"],
    ["Your organisation?", "organisation"],
    ["Please enter your phone number:", "phone number"],
    ["⑧ 手机号码（必填）", "手机号码"],
    ["一、您所在的单位", "单位"],
  ])("takes the subject out of %s", (header, subject) => {
    expect(questionSubject(header)).toBe(subject);
  });

  it("leaves a plain header alone", () => {
    for (const h of ["姓名", "Name", "Table No", "是否VIP", "Legal First Name", "2026年会议"]) expect(questionSubject(h)).toBe(h);
  });
});

describe("headerParts", () => {
  it("splits a combined header into its phrases", () => {
    expect(headerParts("学校 / 工作单位")).toEqual(["学校", "工作单位"]);
    expect(headerParts("Company or organisation")).toEqual(["Company", "organisation"]);
    expect(headerParts("单位｜部门")).toEqual(["单位", "部门"]);
  });

  it("does not split a single phrase", () => {
    expect(headerParts("工作单位")).toEqual([]);
    expect(headerParts("Organisation")).toEqual([]);
  });
});
