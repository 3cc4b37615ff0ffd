import { generateConference } from "../../../../samples/generator";
import { attendance, attendanceCount, attendanceNames, attendanceValue } from "../../../../src/core/documents/minutes";
import { locateByName } from "../../../../src/core/schema/locateSheets";
import { parseWorkbook } from "../../../../src/core/schema/parseWorkbook";
import { INPUT_SHEETS } from "../../../../src/core/schema/sheets";
import { conference } from "./minutesHarness";

describe("attendance on a hand roster", () => {
  const a = attendance(conference().roster);

  it("lists attendees, guests and speakers as present, by precedence then roster order", () => {
    expect(a.present.map((p) => p.name)).toEqual(["张伟", "李娜", "吴刚"]);
  });

  it("lists observers as 列席 and anyone on leave as 请假, whatever their role", () => {
    expect(a.observers.map((p) => p.name)).toEqual(["刘洋"]);
    expect(a.leave.map((p) => p.name)).toEqual(["陈静", "赵磊"]);
  });

  it("leaves out staff and cancelled people", () => {
    const all = [...a.present, ...a.observers, ...a.leave, ...a.pending].map((p) => p.name);
    expect(all).not.toContain("周敏");
    expect(all).not.toContain("孙强");
  });

  it("lists the unconfirmed on a line of their own, not among those attending", () => {
    expect(a.pending.map((p) => p.name)).toEqual(["王芳"]);
    expect(attendanceNames(a.present, "zh")).toBe("张伟、李娜、吴刚");
    expect(attendanceCount("present", a.present, "zh")).toBe("出席 3 人");
    expect(attendanceCount("pending", a.pending, "zh")).toBe("待确认 1 人");
    expect(attendanceCount("leave", a.leave, "zh")).toBe("请假 2 人");
    expect(attendanceCount("present", a.present, "en")).toBe("Present: 3");
    expect(attendanceNames(a.present, "en")).toBe("张伟, 李娜, 吴刚");
  });

  it("writes the sheet's value with the count first, and 无 for an empty list", () => {
    expect(attendanceValue(a.observers, "zh")).toBe("共 1 人：刘洋");
    expect(attendanceValue([], "zh")).toBe("无");
    expect(attendanceValue([], "en")).toBe("None");
  });
});

describe("attendance on the generated sample", () => {
  const gen = generateConference({ lang: "zh", attendees: 60, seed: 7 });
  const rows = (key: string) => gen.sheets.find((s) => s.key === key)!.rows;
  const parsed = parseWorkbook(
    gen.sheets.map((s) => ({ name: s.name, top: 0, left: 0, values: s.rows })),
    locateByName(
      gen.sheets.map((s) => s.name),
      INPUT_SHEETS,
    ),
  );

  it("counts every non-staff person who is not cancelled exactly once", () => {
    const roster = rows("roster");
    const [role, status] = ["身份", "回执"].map((h) => roster[0].indexOf(h));
    const people = roster.slice(1).filter((r) => r[0] !== "" && r[role] !== "工作人员" && r[status] !== "取消");
    const a = attendance(parsed.roster);
    expect(a.present.length + a.observers.length + a.leave.length + a.pending.length).toBe(people.length);
    expect(a.observers.length).toBe(people.filter((r) => r[role] === "列席" && r[status] !== "请假" && r[status] !== "待确认").length);
    expect(a.leave.length).toBe(people.filter((r) => r[status] === "请假").length);
    expect(a.observers.length * a.leave.length).toBeGreaterThan(0);
    const pending = people.filter((r) => r[status] === "待确认").length;
    expect(pending).toBeGreaterThan(0);
    expect(a.pending.length).toBe(pending);
  });
});

describe("attendance too long for one cell", () => {
  const many = Array.from({ length: 2_500 }, (_, i) => ({ name: `参会代表第${i + 1}号人员名字`, row: i + 1 }));

  it("names the first people within the limit asked for and counts the rest", () => {
    for (const lang of ["zh", "en"] as const) {
      const v = attendanceValue(many, lang);
      expect(v.length).toBeLessThanOrEqual(32_767);
      expect(v.startsWith(lang === "zh" ? "共 2500 人：参会代表第1号人员名字、" : "2500: ")).toBe(true);
      const shown = (v.match(/参会代表第\d+号/g) ?? []).length;
      expect(shown).toBeGreaterThan(1000);
      expect(v).toContain(lang === "zh" ? `等，另有 ${2_500 - shown} 人见签到表` : `and ${2_500 - shown} more (see the Sign-in Sheet)`);
    }
  });
});
