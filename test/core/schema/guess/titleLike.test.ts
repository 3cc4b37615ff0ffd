import { isTitleLike } from "../../../../src/core/schema/guess/titleLike";

describe("isTitleLike", () => {
  test.each([
    "主任",
    "副主任",
    "局长",
    "副局长",
    "处长",
    "科长",
    "书记",
    "部长",
    "院长",
    "经理",
    "总经理",
    "董事长",
    "主席",
    "秘书长",
    "教授",
    "副教授",
    "研究员",
    "高级工程师",
    "代表",
    "委员",
    "科员",
    "干事",
    "顾问",
    "办公室主任",
    "党委书记",
    "市财政局副局长",
    "财务部经理",
    "客座教授",
    "Director",
    "Marketing Manager",
    "Professor of History",
    "Vice-Chair",
    "Vice President",
    "CEO",
    "Chief Financial Officer",
    "Secretary-General",
    "Senior Engineer",
    "Head of Finance",
    "Deputy Mayor",
    "Project Coordinator",
    "Research Assistant",
  ])("%s is a title", (s) => {
    expect(isTitleLike(s)).toBe(true);
  });

  test.each([
    "王芳",
    "王局",
    "长",
    "员",
    "市财政局",
    "北京大学",
    "Mary O'Neil",
    "Acme Ltd",
    "Headquarters",
    "请于下午三点前到达会场报到并联系会务组工作人员",
    "",
  ])("%s is not a title", (s) => {
    expect(isTitleLike(s)).toBe(false);
  });
});
