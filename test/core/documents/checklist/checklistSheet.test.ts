import { buildChecklist, HEADER_ROW } from "../../../../src/core/documents/checklist";
import { localToSerial } from "../../../../src/core/schema/normalize/serial";
import { workbook } from "../../rules/ruleHarness";
import { meeting, TARGET } from "./checklistHarness";

const conf = { 开始时间: "2026-12-10 09:00", 结束时间: "2026-12-12 17:00", 会议规模: "大型", 安排住宿: "是" };

describe("the 会务清单 sheet", () => {
  const result = buildChecklist({ parsed: meeting(conf, 3), target: TARGET });
  const { sheet } = result;
  const grid = sheet.values[0].values;
  const header = grid[HEADER_ROW];
  const row = (key: string) => grid.find((r) => r[0] === key)!;

  test("a title with the meeting's name, how due dates are counted, the options, then the table", () => {
    expect(grid[0][0]).toBe("会务清单 — 2026年度工作会议");
    expect(grid[1][0]).toContain("2026年12月10日（星期四）09:00");
    expect(grid[2][0]).toContain("会议规模：大型");
    expect(grid[2][0]).toContain("安排住宿：是");
    expect(header).toEqual(["编号", "阶段", "步骤", "负责组", "负责人", "截止时间", "状态", "备注", "按会期计算"]);
    expect(row("HW-B08").slice(0, 8)).toEqual([
      "HW-B08",
      "会前准备",
      "印发会议通知（会名、内容、参加人员、报到时间、会期、会址、着装、注意事项）",
      "秘书组",
      "",
      localToSerial("2026-12-03"),
      "未开始",
      "",
    ]);
  });

  test("due dates are serials with a date or date-time format; the generated copy mirrors them", () => {
    const d05 = row("HW-D05");
    expect(d05[5]).toBe(localToSerial("2026-12-10", "08:30"));
    expect(d05[8]).toBe(d05[5]);
    const at = grid.indexOf(d05);
    const fmt = sheet.formats!.find((f) => f.numberFormat && f.range.col === 5 && at >= f.range.row && at < f.range.row + f.range.rows);
    expect(fmt?.numberFormat).toBe("yyyy-mm-dd hh:mm");
    const b08 = grid.indexOf(row("HW-B08"));
    const fmtB08 = sheet.formats!.find(
      (f) => f.numberFormat && f.range.col === 5 && b08 >= f.range.row && b08 < f.range.row + f.range.rows,
    );
    expect(fmtB08?.numberFormat).toBe("yyyy-mm-dd");
  });

  test("status is a dropdown of the Tasks statuses, and its range is reported", () => {
    const n = result.rows.length;
    expect(result.statusRange).toEqual({ row: HEADER_ROW + 1, col: 6, rows: n, cols: 1 });
    expect(sheet.validations).toEqual([{ range: result.statusRange, list: ["未开始", "进行中", "已完成", "受阻"], strict: true }]);
  });

  test("prints landscape, fit to width, header repeated, without the generated-copy column", () => {
    expect(sheet.page).toEqual({
      orientation: "landscape",
      fitToWidth: true,
      printArea: { row: 0, col: 0, rows: HEADER_ROW + 1 + result.rows.length, cols: 8 },
      titleRows: { first: HEADER_ROW, last: HEADER_ROW },
    });
    expect(sheet.freeze).toEqual({ rows: HEADER_ROW + 1, cols: 0 });
    expect(sheet.columnWidths).toHaveLength(9);
    const grey = sheet.formats!.find((f) => f.range.col === 8 && f.range.row === HEADER_ROW);
    expect(grey).toMatchObject({ fontColor: "#808080" });
    expect(sheet.owner).toBe("checklist");
  });

  test("long steps wrap and get taller rows", () => {
    const at = grid.indexOf(row("HW-B08"));
    expect(sheet.rowHeights!.find((h) => h.row === at)?.height).toBeGreaterThan(15);
    expect(sheet.formats!.some((f) => f.wrap && f.range.col === 2)).toBe(true);
  });

  test("an English workbook gets an English checklist", () => {
    const en = workbook({
      Event: [
        ["Setting", "Value"],
        ["Event name", "Annual Conference"],
        ["Start", "2026-12-10 09:00"],
        ["Meeting size", "small"],
      ],
      Roster: [
        ["Name", "Organisation", "Role"],
        ["Alice Chen", "City Office", "Attendee"],
      ],
    });
    const r = buildChecklist({ parsed: en, target: { ...TARGET, name: "Checklist" } });
    const g = r.sheet.values[0].values;
    expect(g[0][0]).toBe("Checklist — Annual Conference");
    expect(g[HEADER_ROW]).toEqual(["ID", "Phase", "Step", "Team", "Owner", "Due", "Status", "Notes", "Computed due"]);
    expect(g.find((x) => x[0] === "HW-B08")!.slice(1, 4)).toEqual([
      "Before the meeting",
      "Send the meeting notice (name, content, attendees, check-in, dates, venue, dress code, notes)",
      "Secretariat",
    ]);
    expect(r.sheet.validations![0].list).toEqual(["Not started", "In progress", "Done", "Blocked"]);
  });

  test("without a start: no due dates, the note says so, and one finding", () => {
    const r = buildChecklist({ parsed: meeting({ 会议规模: "例会" }), target: TARGET });
    const g = r.sheet.values[0].values;
    expect(g[1][0]).toContain("没有开始时间");
    expect(r.rows.every((x) => x.cells.due === "" && x.cells.computed === "")).toBe(true);
    expect(r.findings.map((f) => f.id)).toEqual(["checklist.start-missing"]);
  });
});
