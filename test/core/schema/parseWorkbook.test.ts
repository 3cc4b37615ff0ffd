import { parseWorkbook } from "../../../src/core/schema/parseWorkbook";
import { enBudget, enEvent, enRoster, enTasks, parse, sheet, withId, zhBudget, zhEvent, zhRoster, zhTasks } from "./fixtures";

describe("parseWorkbook", () => {
  it("parses a complete Chinese workbook without findings", () => {
    const hotels = sheet("酒店", [
      ["酒店", "房型", "房间数", "床位", "价格", "截止日期"],
      ["国际会议中心酒店", "标准间", 40, 2, 420, "2026-03-01"],
    ]);
    const wb = parse(zhEvent(), zhRoster(), zhBudget(), zhTasks(), hotels);
    expect(wb.findings).toEqual([]);
    expect(wb.lang).toBe("zh");
    expect(wb.event.fields.name?.value).toBe("2026年度工作会议");
    expect(wb.roster.records.map((r) => r.fields.name?.value)).toEqual(["张伟", "李娜"]);
    expect(wb.budget.records.map((r) => r.fields.budget?.value)).toEqual([30000, 24000]);
    expect(wb.budget.records[0].fields.paymentStatus?.value).toBe("paid");
    expect(wb.tasks.records.map((r) => r.fields.phase?.value)).toEqual(["pre", "during"]);
    expect(wb.tasks.records[1].fields.dependsOn?.value).toEqual(["T01"]);
    expect(wb.hotels.records[0].fields.releaseDate?.value).toEqual({ date: "2026-03-01" });
    for (const t of [wb.roster, wb.budget, wb.tasks, wb.hotels]) expect(t.foundBy).toBe("name");
  });

  it("parses a complete English workbook into the same codes", () => {
    const wb = parse(enEvent(), enRoster(), enBudget(), enTasks());
    expect(wb.findings).toEqual([]);
    expect(wb.lang).toBe("en");
    expect(wb.event.fields.seatingConvention?.value).toBe("international");
    expect(
      wb.roster.records.map((r) => [r.fields.gender?.value, r.fields.role?.value, r.fields.status?.value, r.fields.vip?.value]),
    ).toEqual([
      ["female", "attendee", "confirmed", true],
      ["male", "speaker", "pending", false],
    ]);
    expect(wb.budget.records[0].fields.paymentStatus?.value).toBe("paid");
    expect(wb.tasks.records.map((r) => r.fields.status?.value)).toEqual(["notStarted", "inProgress"]);
  });

  it("finds a roster on Sheet1 by its headers", () => {
    const wb = parse(zhEvent(), zhRoster("Sheet1"), zhBudget(), zhTasks());
    expect(wb.roster.sheet).toBe("Sheet1");
    expect(wb.roster.foundBy).toBe("headers");
    expect(wb.roster.records).toHaveLength(2);
    expect(wb.roster.records[0].sheet).toBe("Sheet1");
    expect(wb.findings).toEqual([]);
  });

  it("reports an empty workbook: the roster as an error, the other required sheets as warnings", () => {
    const wb = parseWorkbook([], {});
    expect(wb.findings.map((f) => [f.id, f.severity, f.sheet])).toEqual([
      ["parse.sheet-missing", "warning", "会议信息"],
      ["parse.sheet-missing", "error", "参会人员"],
      ["parse.sheet-missing", "warning", "预算"],
      ["parse.sheet-missing", "warning", "任务"],
    ]);
    for (const f of wb.findings) {
      expect(f.cell).toBe("A1");
      expect(f.fix?.zh).toBeTruthy();
      expect(f.fix?.en).toBeTruthy();
    }
    expect(wb.roster).toMatchObject({ sheet: null, foundBy: null, headerRow: -1, records: [] });
    expect(wb.event).toMatchObject({ sheet: null, fields: {}, extras: {} });
  });

  it("names each missing sheet in both languages", () => {
    const wb = parse(zhEvent(), zhRoster());
    const missing = withId(wb.findings, "parse.sheet-missing");
    expect(missing.map((f) => f.sheet)).toEqual(["预算", "任务"]);
    expect(missing[0].message.zh).toContain("预算");
    expect(missing[0].message.en).toContain("Budget");
    expect(missing[1].message.zh).toContain("任务");
    expect(missing[1].message.en).toContain("Tasks");
  });

  it("reports a located sheet whose snapshot was not read as missing rather than throwing", () => {
    const wb = parseWorkbook([zhRoster()], { roster: { name: "参会人员", foundBy: "name" }, budget: { name: "预算", foundBy: "name" } });
    expect(wb.roster.records).toHaveLength(2);
    expect(withId(wb.findings, "parse.sheet-missing").map((f) => f.sheet)).toEqual(["会议信息", "预算", "任务"]);
  });

  it("reports a roster sheet with no header row as an error naming the sheet and the expected headers", () => {
    const bare = sheet("参会人员", [
      ["张伟", "市财政局"],
      ["李娜", "市教育局"],
    ]);
    const wb = parse(zhEvent(), bare, zhBudget(), zhTasks());
    expect(wb.findings).toHaveLength(1);
    expect(wb.findings[0]).toMatchObject({ id: "parse.no-header", severity: "error", sheet: "参会人员" });
    expect(wb.findings[0].message.zh).toContain("姓名");
    expect(wb.findings[0].message.en).toContain("Name");
  });

  it("lists findings in sheet order (event, roster, budget, tasks, hotels), then row order", () => {
    const event = zhEvent("会议信息", [["报到时间", "某天"]]);
    const roster = sheet("参会人员", [
      ["姓名", "性别"],
      ["张伟", "?"],
      ["李娜", "#N/A"],
    ]);
    const budget = sheet("预算", [
      ["类别", "预算金额"],
      ["餐饮", "很多"],
    ]);
    const tasks = sheet("任务", [
      ["任务", "阶段"],
      ["布置会场", "会上"],
    ]);
    const hotels = sheet("酒店", [
      ["酒店", "房型", "房间数"],
      ["国际会议中心酒店", "标准间", "若干"],
    ]);
    // Tab order differs from the contract's order on purpose.
    const wb = parse(hotels, tasks, budget, roster, event);
    expect(wb.findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual([
      "会议信息!B8",
      "参会人员!B2",
      "参会人员!B3",
      "预算!B2",
      "任务!B2",
      "酒店!C2",
    ]);
  });

  it("gives each record the sheet it came from", () => {
    const wb = parse(zhEvent(), zhRoster("名单"), zhBudget("经费"), zhTasks());
    expect(wb.roster.records.every((r) => r.sheet === "名单")).toBe(true);
    expect(wb.budget.records.every((r) => r.sheet === "经费")).toBe(true);
  });
});
