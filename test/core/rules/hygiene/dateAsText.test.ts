import type { CellValue } from "../../../../src/core/cellValue";
import { dateAsText } from "../../../../src/core/rules/hygiene/dateAsText";
import { brief, check } from "../ruleHarness";

/** 2026-12-09 14:00 as Excel stores it. */
const SERIAL = 46365 + 14 / 24;

function roster(arrivals: CellValue[]): CellValue[][] {
  return [["姓名", "单位", "抵达时间"], ...arrivals.map((a, i) => [`代表${i + 1}`, "市财政局", a])];
}

describe("hygiene.date-as-text", () => {
  it("says nothing when dates are real Excel dates", () => {
    expect(check(dateAsText, { 参会人员: roster([SERIAL, SERIAL, ""]) })).toEqual([]);
  });

  it("notes each of a few dates typed as text, at its cell", () => {
    const f = check(dateAsText, { 参会人员: roster([SERIAL, "2026年12月9日 15:30", SERIAL, 20261209]) });
    expect(brief(f)).toEqual(["info 参会人员!C3 hygiene.date-as-text", "info 参会人员!C5 hygiene.date-as-text"]);
    expect(f[0].message.zh).toBe(
      "“抵达时间”中的“2026年12月9日 15:30”是以文本录入的日期：会务检查能读出 2026-12-09 15:30，但 Excel 排序、筛选和公式不会把它当作日期。",
    );
    expect(f[0].message.en).toBe(
      '"2026年12月9日 15:30" in the Arrival column is a date typed as text: Huiwu reads 2026-12-09 15:30, but Excel will not sort, filter or calculate it as a date.',
    );
    expect(f[1].message.zh).toContain("以数字录入的日期");
    expect(f[0].fix?.zh).toBe("将单元格设为日期格式，重新输入 2026-12-09 15:30。");
  });

  it("sums up a column typed entirely as text in one finding at its first cell", () => {
    const f = check(dateAsText, { 参会人员: roster(["", "2026-12-09", "2026-12-10", "2026-12-09 18:00"]) });
    expect(brief(f)).toEqual(["info 参会人员!C3 hygiene.date-as-text"]);
    expect(f[0].message.zh).toBe(
      "“抵达时间”列的 3 个日期全部是以文本录入的（第一个在 C3）：会务检查能读出它们，但 Excel 排序、筛选和公式不会把它们当作日期。",
    );
    expect(f[0].fix?.en).toContain("Text to Columns");
  });

  it("sums up a column with many text dates, so a messy sheet does not fill the Issues sheet", () => {
    const arrivals = Array.from({ length: 2000 }, (_, i) => (i % 3 === 0 ? SERIAL : "2026-12-09"));
    const f = check(dateAsText, { 参会人员: roster(arrivals) });
    expect(brief(f)).toEqual(["info 参会人员!C3 hygiene.date-as-text"]);
    expect(f[0].message.en).toMatch(/^1333 dates in the Arrival column are typed as text \(the first is C3\)/);
  });

  it("leaves 3/4/2026-style dates to hygiene.ambiguous-date", () => {
    expect(check(dateAsText, { 参会人员: roster([SERIAL, "3/4/2026"]) })).toEqual([]);
  });

  it("reads every input sheet: the Event sheet, tasks and hotels, in workbook order", () => {
    const f = check(dateAsText, {
      任务: [
        ["任务", "截止时间"],
        ["印发会议通知", "2026-12-03 17:00"],
      ],
      会议信息: [["开始时间", "2026年12月10日 9:00"]],
      酒店: [
        ["酒店", "房型", "截止日期"],
        ["滨江国际酒店", "标准间", "2026/12/1"],
      ],
    });
    expect(brief(f)).toEqual([
      "info 会议信息!B1 hygiene.date-as-text",
      "info 任务!B2 hygiene.date-as-text",
      "info 酒店!C2 hygiene.date-as-text",
    ]);
    expect(f[0].message.en).toContain("in the Start setting");
  });

  it("runs without any particular sheet, and can be switched off", () => {
    expect(check(dateAsText, {})).toEqual([]);
    const off = {
      会议信息: [
        ["开始时间", "2026-12-10"],
        ["关闭的规则", "hygiene.date-as-text"],
      ],
    };
    expect(check(dateAsText, off)).toEqual([]);
  });
});
