import { parseCell } from "../../../src/core/schema/parseCell";
import { BUDGET, EVENT, HOTELS, ROSTER, TASKS } from "../../../src/core/schema/sheets";
import type { CellValue } from "../../../src/core/cellValue";
import type { SheetDef } from "../../../src/core/schema/sheetDef";
import { column, SERIAL } from "./fixtures";

const at = (key: string, v: CellValue, def: SheetDef = ROSTER) => parseCell(v, column(def, key), "参会人员", "C7");
const valueOf = (key: string, v: CellValue, def: SheetDef = ROSTER) => at(key, v, def).cell?.value;

describe("parseCell: blanks and error values", () => {
  it.each(["", "   ", "　"])("gives nothing for the blank cell %j", (v) => {
    expect(at("name", v)).toEqual({});
    expect(at("arrival", v)).toEqual({});
    expect(at("vip", v)).toEqual({});
  });

  it.each(["#N/A", "#DIV/0!", "#REF!", "#VALUE!"])("turns the error value %s into a warning and no value", (err) => {
    const r = at("gender", err);
    expect(r.cell).toBeUndefined();
    expect(r.problem).toMatchObject({ id: "parse.error-value", severity: "warning", sheet: "参会人员", cell: "C7" });
    expect(r.problem!.message.zh).toContain(err);
    expect(r.problem!.message.en).toContain(err);
    expect(r.problem!.message.zh).toContain("性别");
    expect(r.problem!.message.en).toContain("Gender");
    expect(r.problem!.message.en).not.toContain("C7"); // the address travels in the finding, not the text
  });
});

describe("parseCell: text, IDs and phones", () => {
  it("keeps the raw cell and its address with the value", () => {
    expect(at("name", "张伟").cell).toMatchObject({ value: "张伟", address: "C7", raw: "张伟" });
  });

  it("trims stray spaces around text", () => {
    expect(valueOf("name", "  张伟 ")).toBe("张伟");
    expect(valueOf("name", "　张伟　")).toBe("张伟");
  });

  it("keeps a phone typed as a number as its digits", () => {
    const r = at("phone", 13800138000);
    expect(r.cell).toMatchObject({ value: "13800138000", raw: 13800138000 });
    expect(r.problem).toBeUndefined();
  });

  it("keeps an ID typed as a number as text, without a decimal point", () => {
    expect(valueOf("id", 1001)).toBe("1001");
    expect(valueOf("room", 8206)).toBe("8206");
    expect(valueOf("invoice", 12345678, BUDGET)).toBe("12345678");
  });

  it("keeps an 18-digit ID typed as text exactly", () => {
    expect(valueOf("idNumber", "11010119900307123X")).toBe("11010119900307123X");
    expect(valueOf("idNumber", "110101199003071234")).toBe("110101199003071234");
  });

  it("warns that an 18-digit ID stored as a number has lost digits", () => {
    // Excel keeps 15 significant digits: 110101199003071234 is stored as 110101199003071000.
    const r = at("idNumber", 110101199003071000);
    expect(r.problem).toMatchObject({ id: "parse.digits-lost", severity: "warning", sheet: "参会人员", cell: "C7" });
    expect(r.problem!.message.zh).toContain("身份证号");
    expect(r.problem!.message.en).toContain("ID number");
    expect(r.problem!.fix?.zh).toBeTruthy();
    expect(r.problem!.fix?.en).toBeTruthy();
    expect(r.cell?.raw).toBe(110101199003071000);
    expect(typeof r.cell?.value).toBe("string");
  });

  it("does not warn about an 11-digit phone number stored as a number", () => {
    expect(at("phone", 13912345678).problem).toBeUndefined();
  });
});

describe("parseCell: cells of the wrong kind", () => {
  // A yes/no in a phone or ID column is reported, like an unreadable value in any other column.
  it("reports a yes/no value in the phone column instead of dropping it", () => {
    const r = at("phone", true);
    expect(r.problem).toMatchObject({ severity: "warning", sheet: "参会人员", cell: "C7" });
  });
});

describe("parseCell: lists", () => {
  it.each([
    ["张伟、李娜", ["张伟", "李娜"]],
    ["A001,A002", ["A001", "A002"]],
    ["A001;A002", ["A001", "A002"]],
    ["A001 A002", ["A001", "A002"]],
    ["张伟、李娜,王芳;刘洋", ["张伟", "李娜", "王芳", "刘洋"]],
    ["张伟 李娜　王芳", ["张伟", "李娜", "王芳"]],
    ["张伟，李娜；王芳", ["张伟", "李娜", "王芳"]],
    ["A001", ["A001"]],
  ])("splits %j", (text, items) => {
    expect(valueOf("keepApart", text)).toEqual(items);
  });

  it("splits on spaces only when no other separator is used, so full names stay whole", () => {
    expect(valueOf("roommate", "Alice Chen, Robert Miles")).toEqual(["Alice Chen", "Robert Miles"]);
    expect(valueOf("roommate", "Alice Chen; Robert Miles")).toEqual(["Alice Chen", "Robert Miles"]);
  });

  it("reads a number in a list column as one item", () => {
    expect(valueOf("dependsOn", 3, TASKS)).toEqual(["3"]);
  });
});

describe("parseCell: dates", () => {
  it("reads a date serial", () => {
    const c = at("arrival", SERIAL["2026-03-15"]).cell!;
    expect(c.value).toEqual({ date: "2026-03-15" });
    expect(c.fromText).toBeFalsy();
    expect(c.ambiguous).toBeFalsy();
  });

  it("reads a date-time serial with its time of day", () => {
    expect(valueOf("arrival", SERIAL["2026-03-15"] + 14.5 / 24)).toEqual({ date: "2026-03-15", time: "14:30" });
  });

  it.each([
    ["2026-03-15", { date: "2026-03-15" }],
    ["2026/3/15", { date: "2026-03-15" }],
    ["2026年3月15日", { date: "2026-03-15" }],
    ["2026-03-15 14:30", { date: "2026-03-15", time: "14:30" }],
  ])("reads the text date %j and marks it typed as text", (text, value) => {
    const c = at("arrival", text).cell!;
    expect(c.value).toEqual(value);
    expect(c.fromText).toBe(true);
  });

  it("marks 3/4/2026 as ambiguous (March or April)", () => {
    const c = at("arrival", "3/4/2026").cell!;
    expect(c.ambiguous).toBe(true);
    expect(["2026-03-04", "2026-04-03"]).toContain((c.value as { date: string }).date);
  });

  it("does not mark 15/3/2026 as ambiguous", () => {
    const c = at("arrival", "15/3/2026").cell!;
    expect(c.value).toEqual({ date: "2026-03-15" });
    expect(c.ambiguous).toBeFalsy();
  });

  it.each(["下周三", "2026-02-30", "TBD"])("warns about the unreadable date %j, naming what is expected", (text) => {
    const r = at("arrival", text);
    expect(r.cell).toBeUndefined();
    expect(r.problem).toMatchObject({ id: "parse.date", severity: "warning", sheet: "参会人员", cell: "C7" });
    expect(r.problem!.message.zh).toContain(text);
    expect(r.problem!.message.zh).toContain("抵达时间");
    expect(r.problem!.message.en).toContain("Arrival");
    expect(r.problem!.message.en).toContain("date");
  });
});

describe("parseCell: money and numbers", () => {
  it.each<[CellValue, number]>([
    [12000, 12000],
    ["12000", 12000],
    ["¥12,000", 12000],
    ["￥12,000", 12000],
    ["12,000元", 12000],
    ["12,000.50", 12000.5],
  ])("reads the amount %j as %d", (v, n) => {
    expect(valueOf("budget", v, BUDGET)).toBe(n);
  });

  it("marks an amount typed as text, not one typed as a number", () => {
    expect(at("budget", "¥12,000", BUDGET).cell!.fromText).toBe(true);
    expect(at("budget", 12000, BUDGET).cell!.fromText).toBeFalsy();
  });

  it("warns about an amount it cannot read", () => {
    const r = parseCell("待定", column(BUDGET, "budget"), "预算", "E4");
    expect(r.cell).toBeUndefined();
    expect(r.problem).toMatchObject({ id: "parse.number", severity: "warning", sheet: "预算", cell: "E4" });
    expect(r.problem!.message.zh).toContain("预算金额");
    expect(r.problem!.message.en).toContain("Budget");
  });

  it("reads whole numbers and refuses fractions where a whole number is expected", () => {
    expect(valueOf("precedence", 3)).toBe(3);
    expect(valueOf("precedence", "3")).toBe(3);
    expect(valueOf("seatsPerTable", 10, EVENT)).toBe(10);
    expect(at("precedence", 2.5).problem).toMatchObject({ id: "parse.integer", cell: "C7" });
  });
});

describe("parseCell: yes/no", () => {
  it.each<[CellValue, boolean]>([
    ["是", true],
    ["否", false],
    ["Y", true],
    ["N", false],
    ["y", true],
    ["Yes", true],
    ["No", false],
    ["✓", true],
    [true, true],
    [false, false],
  ])("reads %j as %s", (v, b) => {
    expect(valueOf("vip", v)).toBe(b);
  });

  it("warns about a yes/no cell it cannot read", () => {
    const r = at("vip", "也许");
    expect(r.cell).toBeUndefined();
    expect(r.problem).toMatchObject({ id: "parse.boolean", severity: "warning", cell: "C7" });
    expect(r.problem!.message.zh).toContain("VIP");
  });
});

describe("parseCell: lists of allowed values", () => {
  it.each([
    ["gender", "男", "male"],
    ["gender", "Female", "female"],
    ["gender", "女士", "female"],
    ["role", "列席", "observer"],
    ["role", "Speaker", "speaker"],
    ["role", "特邀嘉宾", "guest"],
    ["role", "工作人员", "staff"],
    ["status", "已确认", "confirmed"],
    ["status", " 已 确认 ", "confirmed"],
    ["status", "TBC", "pending"],
    ["status", "请假", "leave"],
    ["badge", "出席证", "attendance"],
    ["badge", "Staff badge", "staff"],
  ])("reads %s %j as %s", (key, text, code) => {
    expect(valueOf(key, text)).toBe(code);
  });

  it("reads task phases, task statuses, payment statuses and the seating convention", () => {
    expect(valueOf("phase", "会前", TASKS)).toBe("pre");
    expect(valueOf("phase", "After", TASKS)).toBe("post");
    expect(valueOf("status", "已完成", TASKS)).toBe("done");
    expect(valueOf("status", "In progress", TASKS)).toBe("inProgress");
    expect(valueOf("paymentStatus", "已付定金", BUDGET)).toBe("partial");
    expect(valueOf("seatingConvention", "西式", EVENT)).toBe("international");
  });

  it("warns about a value outside the list, listing the allowed values in both languages", () => {
    const r = at("role", "经理");
    expect(r.cell).toBeUndefined();
    expect(r.problem).toMatchObject({ id: "parse.enum", severity: "warning", sheet: "参会人员", cell: "C7" });
    expect(r.problem!.message.zh).toContain("经理");
    expect(r.problem!.message.zh).toContain("出席、列席、嘉宾、讲师、工作人员");
    expect(r.problem!.message.en).toContain("经理");
    expect(r.problem!.message.en).toContain("Attendee, Observer, Guest, Speaker, Staff");
  });
});

describe("parseCell: counts out of range", () => {
  const rooms = column(HOTELS, "rooms");
  const beds = column(HOTELS, "beds");

  it("refuses a negative block of rooms and a room of 50 beds, naming the range", () => {
    const r = parseCell(-3, rooms, "酒店", "C2");
    expect(r.cell).toBeUndefined();
    expect(r.problem).toMatchObject({ id: "parse.range", sheet: "酒店", cell: "C2" });
    expect(r.problem!.message.zh).toContain("0 到 100000 之间的数");
    expect(parseCell(50, beds, "酒店", "D2").problem?.id).toBe("parse.range");
  });

  it("takes counts within range", () => {
    expect(parseCell(40, rooms, "酒店", "C2").cell?.value).toBe(40);
    expect(parseCell(0, rooms, "酒店", "C2").cell?.value).toBe(0);
    expect(parseCell("2", beds, "酒店", "D2").cell?.value).toBe(2);
  });
});

describe("parseCell: numbers no meeting has", () => {
  it("refuses an amount past a hundred trillion, or one Excel shows as infinite", () => {
    const budget = column(BUDGET, "budget");
    expect(parseCell(1e308, budget, "预算", "C2").problem?.id).toBe("parse.range");
    expect(parseCell("9e99", budget, "预算", "C2").cell).toBeUndefined();
    expect(parseCell(12_000, budget, "预算", "C2").cell?.value).toBe(12_000);
  });
});

describe("parseCell: a date past any meeting", () => {
  it("names 9999-12-31 as the date, not as its serial number, and says which years a meeting has", () => {
    const r = parseCell(2_958_465, column(ROSTER, "arrival"), "参会人员", "Q2");
    expect(r.cell).toBeUndefined();
    expect(r.problem?.message.zh).toContain("9999-12-31");
    expect(r.problem?.message.zh).not.toContain("2958465");
    expect(r.problem?.message.en).toContain("a date between 1950 and 2100");
  });

  it("still quotes a small number as typed", () => {
    expect(parseCell(12, column(ROSTER, "arrival"), "参会人员", "Q2").problem?.message.zh).toContain("12");
  });
});
