import { describeFitProblems, printFitProblems } from "../../../support/printFit";
import { columnPoints, printableArea } from "../../../../src/core/plan/paperGeometry";
import { SHEET_MARGINS } from "../../../../src/core/plan/printSetup";
import { enumLabels, TASK_STATUS } from "../../../../src/core/schema/enums";
import { build, conference, grid, rowOf, valueOf } from "./minutesHarness";

describe("the minutes sheet, first run", () => {
  const w = build(conference());
  const rows = grid(w);

  it("titles the sheet after the meeting", () => {
    expect(rows[1][0]).toBe("2026年度工作会议纪要");
  });

  it("prefills time with the weekday, place, chair and recorder from the Event sheet", () => {
    expect(valueOf(w, "时间")).toBe("2026年12月10日（星期四）09:00—17:30");
    expect(valueOf(w, "地点")).toBe("市行政中心第一会议室");
    expect(valueOf(w, "主持人")).toBe("张伟");
    expect(valueOf(w, "记录人")).toBe("周敏");
  });

  it("lists attendance with counts and names", () => {
    // Only those coming count as attending; the unconfirmed have a line of their own.
    expect(valueOf(w, "出席")).toBe("共 3 人：张伟、李娜、吴刚");
    expect(valueOf(w, "待确认")).toBe("共 1 人：王芳");
    expect(valueOf(w, "列席")).toBe("共 1 人：刘洋");
    expect(valueOf(w, "请假")).toBe("共 2 人：陈静、赵磊");
  });

  it("numbers the agenda one item per line", () => {
    expect(valueOf(w, "议程")).toBe("1．传达上级会议精神\n2．总结全年工作\n3．部署明年任务");
  });

  it("then gives the discussion and decisions sections empty tall rows, and a numbered action table", () => {
    const d = rowOf(w, "会议讨论");
    expect(rowOf(w, "会议决定（会议明确）")).toBeGreaterThan(d + 5);
    expect(w.rowHeights).toContainEqual({ row: d + 1, height: 45 });
    const header = rowOf(w, "序号");
    expect(rows[header].slice(0, 5)).toEqual(["序号", "事项", "负责人", "截止时间", "状态"]);
    expect(rows.slice(header + 1).map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("offers the Tasks statuses as a list and formats the due column as a date", () => {
    const header = rowOf(w, "序号");
    expect(w.validations).toEqual([
      { range: { row: header + 1, col: 4, rows: 30, cols: 1 }, list: enumLabels(TASK_STATUS, "zh"), strict: true },
    ]);
    expect(w.formats).toContainEqual(
      expect.objectContaining({ range: { row: header + 1, col: 3, rows: 30, cols: 1 }, numberFormat: 'yyyy"年"m"月"d"日"' }),
    );
  });

  it("prints portrait, one page wide, from the title to the last action row, without the grey column", () => {
    expect(w.page).toMatchObject({
      orientation: "portrait",
      // Its own scale and breaks (Excel drops the breaks of a sheet fitted to width).
      fitToWidth: false,
      printArea: { row: 1, col: 0, rows: rows.length - 1, cols: 5 },
      centerHorizontally: true,
    });
    const printed = w.columnWidths!.slice(0, 5).reduce((sum, c) => sum + columnPoints(c.width), 0);
    expect((printed * w.page!.scale!) / 100).toBeLessThanOrEqual(printableArea("A4", "portrait", SHEET_MARGINS).width);
    expect(w.columnWidths!.slice(0, 5).every((c) => c.width >= 10)).toBe(true);
    expect(w.formats).toContainEqual(expect.objectContaining({ range: { row: rowOf(w, "时间"), col: 0, rows: 9, cols: 5 }, wrap: true }));
  });

  it("never leaves a section's heading at the foot of a page", () => {
    const headings = ["会议讨论", "会议决定（会议明确）", "行动事项"].map((h) => rowOf(w, h));
    for (const b of w.page!.breaksBefore ?? []) {
      // A break falls before a heading or well under one, never just after it.
      expect(headings.some((h) => b === h + 1 || b === h + 2)).toBe(false);
    }
    expect((w.page!.breaksBefore ?? []).length).toBeGreaterThan(0);
  });

  it("makes the long attendance row tall enough to show every name", () => {
    const many = conference(
      {},
      Array.from({ length: 80 }, (_, i) => [`代表${i + 1}`, "出席", "已确认"]),
    );
    const big = build(many);
    const h = big.rowHeights!.find((r) => r.row === rowOf(big, "出席"))!.height;
    expect(h).toBeGreaterThan(100);
  });

  it("names as many of a large meeting as one printed row holds, and points to the sign-in sheet for the rest", () => {
    const many = conference(
      {},
      Array.from({ length: 600 }, (_, i) => [`参会代表${i + 1}`, "出席", "已确认"]),
    );
    const big = build(many);
    expect(valueOf(big, "出席")).toMatch(/^共 600 人：.*等，另有 \d+ 人见签到表$/);
    expect(describeFitProblems(printFitProblems(big))).toEqual([]);
  });

  it("keeps a copy of every generated value in the grey column", () => {
    expect(rows[0][6]).toBe("自动生成");
    expect(rows[rowOf(w, "主持人")][6]).toBe("张伟");
    expect(rows[1][6]).toBe("2026年度工作会议纪要");
  });
});

describe("missing Event values", () => {
  const w = build(conference({ 开始时间: "", 结束时间: "", 主持人: "", 主要内容: "", 会议名称: "" }));

  it("show a visible placeholder instead of an empty cell", () => {
    expect(valueOf(w, "时间")).toBe("【待填写】");
    expect(valueOf(w, "主持人")).toBe("【待填写】");
    expect(valueOf(w, "议程")).toBe("【待填写】");
    expect(grid(w)[1][0]).toBe("会议纪要");
  });
});

describe("in English", () => {
  const w = build(conference({ 结束时间: "" }), undefined, "en");

  it("uses English labels, dates and names", () => {
    expect(grid(w)[1][0]).toBe("Minutes of the 2026年度工作会议");
    expect(valueOf(w, "Time")).toBe("Thursday, 10 December 2026, 09:00");
    expect(valueOf(w, "Present")).toBe("3: 张伟, 李娜, 吴刚");
    expect(valueOf(w, "Unconfirmed")).toBe("1: 王芳");
    expect(valueOf(w, "Apologies")).toBe("2: 陈静, 赵磊");
    expect(grid(w)[rowOf(w, "No.")].slice(0, 5)).toEqual(["No.", "Item", "Owner", "Due", "Status"]);
    expect(w.validations![0].list).toEqual(["Not started", "In progress", "Done", "Blocked"]);
  });

  it("spells out a meeting over several days", () => {
    const two = build(conference({ 结束时间: 46367.75 }), undefined, "en");
    expect(valueOf(two, "Time")).toBe("Thursday, 10 December 2026, 09:00 to Friday, 11 December 2026, 18:00");
  });
});
