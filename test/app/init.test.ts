import { initWorkbook } from "../../src/app/init";
import { readInputs } from "../../src/app/readInputs";
import { readRuleSettings } from "../../src/core/rules/settings";
import { writeDocuments } from "../../src/app/documents";
import { DEFAULT_TABLE_SETTINGS, readTableSettings } from "../../src/core/seating/tables";
import { MemoryGateway } from "../fakes/memoryGateway";

describe("initWorkbook", () => {
  it("adds the five input sheets to an empty workbook, and they read back as a valid contract", async () => {
    const g = new MemoryGateway({});
    const r = await initWorkbook(g, "zh");
    expect(r.created).toEqual(["会议信息", "参会人员", "预算", "任务", "酒店"]);
    const read = await readInputs(g);
    expect(read.parsed.findings).toEqual([]);
    expect(read.parsed.roster.missingColumns).toEqual([]);
    expect(read.parsed.roster.records.length).toBeGreaterThan(0);
    expect(read.parsed.lang).toBe("zh");
  });

  it("gives every enum and yes/no column a dropdown in the chosen language", async () => {
    const g = new MemoryGateway({});
    const r = await initWorkbook(g, "en");
    const roster = r.plan.sheets.find((s) => s.name === "Roster")!;
    const header = roster.values[0].values[0];
    const listFor = (h: string) => roster.validations!.find((v) => v.range.col === header.indexOf(h))?.list;
    expect(listFor("Status")).toEqual(["Confirmed", "Pending", "On leave", "Cancelled"]);
    expect(listFor("Badge")).toEqual(["Attendee badge", "Observer badge", "Staff badge"]);
    expect(listFor("VIP")).toEqual(["Yes", "No"]);
    expect(roster.tables).toHaveLength(1);
  });

  it("keeps existing input sheets exactly as they are and adds only the missing ones", async () => {
    const g = new MemoryGateway({ 参会人员: [["姓名"], ["张伟"]] });
    const r = await initWorkbook(g, "zh");
    expect(r.kept).toEqual(["参会人员"]);
    expect(r.created).not.toContain("参会人员");
    expect(g.sheets.get("参会人员")).toEqual([["姓名"], ["张伟"]]);
  });

  it("writes nothing when the workbook already has everything", async () => {
    const g = new MemoryGateway({});
    await initWorkbook(g, "zh");
    const again = await initWorkbook(g, "zh");
    expect(again.created).toEqual([]);
    expect(g.applied).toHaveLength(1);
  });
});

describe("initWorkbook: check settings", () => {
  it("writes the rule thresholds with their defaults on the Event sheet, where the checker reads them back", async () => {
    const g = new MemoryGateway({});
    await initWorkbook(g, "zh");
    const event = g.sheets.get("会议信息")!;
    const row = (label: string) => event.find((r) => r[0] === label);
    expect(row("检查规则设置")).toBeDefined();
    expect(row("VIP确认报错天数")?.[1]).toBe(3);
    expect(row("超支容差")?.[1]).toBe(0.1);
    const read = await readInputs(g);
    const { settings, findings } = readRuleSettings(read.parsed.event, new Set());
    expect(findings).toEqual([]);
    expect(settings).toMatchObject({ vipErrorDays: 3, vipWarningDays: 7, budgetTolerance: 0.1, contingencyMin: 0.05 });
  });

  it("lists the seating and document choices empty, so planners find them, and an empty choice reads as its default", async () => {
    const g = new MemoryGateway({});
    await initWorkbook(g, "zh");
    const labels = g.sheets.get("会议信息")!.map((r) => r[0]);
    expect(labels).toEqual(expect.arrayContaining(["桌号写回名单", "会议规模", "安排住宿", "签到分组", "发文单位"]));
    const read = await readInputs(g);
    expect(readTableSettings(read.parsed.event)).toEqual({ settings: DEFAULT_TABLE_SETTINGS, findings: [] });
    const docs = await writeDocuments(g, { dryRun: true });
    expect(docs.findings.filter((f) => f.id === "settings.invalid")).toEqual([]);
  });
});
