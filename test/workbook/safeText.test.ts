import { guardText, needsGuard } from "../../src/workbook/safeText";

describe("guardText", () => {
  const guarded = [
    // formulas and formula-like starts
    "=1+1",
    "=SUM(A1:A3)",
    "+86 138 0013 8000",
    "+1",
    "-5",
    "-abc",
    "- 备注",
    "@home",
    "@",
    "'already quoted",
    "＝1+1",
    " =1+1",
    // numbers, IDs and phones that Excel would turn into numbers
    "0012",
    "13800138000",
    "110101199003071234",
    "1,234",
    "1.5",
    ".5",
    "1e5",
    "1E-3",
    "(123)",
    "１２３",
    "138-0013-8000",
    "12 345",
    " 42 ",
    // percentages and currency
    "50%",
    "12.5 %",
    "$5",
    "¥1,000",
    "￥1,000",
    "€3.50",
    // dates and times
    "2026-03-15",
    "2026/3/15",
    "3/15/2026",
    "15-3-2026",
    "1/2",
    "1 1/2",
    "12:30",
    "12:30:00",
    "2026-03-15 08:30",
    "2026年3月15日",
    "3月15日",
    "10时30分",
    "下午3点",
    "15-Mar-2026",
    "Mar 15",
    "March 15, 2026",
    "15 March",
    "10am",
    "10:30 PM",
    "10 a.m.",
    "10 a",
    "3p",
    "Mon 3/16",
    // booleans and error literals
    "TRUE",
    "false",
    "True",
    " TRUE ",
    "#N/A",
    "#DIV/0!",
    "#REF!",
    "#NAME?",
    "#VALUE!",
    "#SPILL!",
    "#n/a",
  ];

  const unchanged = [
    "",
    "张伟",
    "欧阳娜娜",
    "北京市海淀区中关村大街1号",
    "已确认",
    "出席证",
    "会议厅费",
    "3号楼201室",
    "第1组",
    "Zhang Wei",
    "Room 5",
    "A1",
    "P3",
    "Plan A",
    "v1.2",
    "zhang.wei@example.com",
    "CA1234",
    "G102次",
    "MU5101 航班",
    "11010119900307123X",
    "5元",
    "Hello, world",
    "会前准备",
    "清真",
    "Mr. Smith",
    "March",
    "May",
    "#hashtag words",
    "It's fine",
    "O'Brien",
    "50 people",
    "1楼",
  ];

  it.each(guarded)("guards %j", (s) => {
    expect(needsGuard(s)).toBe(true);
    expect(guardText(s)).toBe(`'${s}`);
  });

  it.each(unchanged)("leaves %j unchanged", (s) => {
    expect(needsGuard(s)).toBe(false);
    expect(guardText(s)).toBe(s);
  });

  it("guards a string that already starts with an apostrophe by doubling it, so the apostrophe survives", () => {
    expect(guardText("'abc")).toBe("''abc");
  });

  it("adds exactly one character and never changes the rest", () => {
    for (const s of guarded) expect(guardText(s).slice(1)).toBe(s);
  });
});
