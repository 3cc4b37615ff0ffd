import { check } from "../../src/app/check";
import { readInputs } from "../../src/app/readInputs";
import { saveSettings } from "../../src/app/saveSettings";
import { settingsForm } from "../../src/app/settingsForm";
import { MemoryGateway } from "../fakes/memoryGateway";

function book() {
  return new MemoryGateway({
    会议信息: [
      ["会议名称", "年度工作会议"],
      ["开始日期", "2026-12-20"],
      ["超支容差", "10%"],
      ["座次惯例", "中式"],
      ["发文单位", ""],
    ],
    参会人员: [
      ["姓名", "性别", "单位", "回执"],
      ["王芳", "女", "市财政局", "已确认"],
    ],
    预算: [
      ["类别", "项目", "预算金额", "实际金额"],
      ["场地费", "主会场", 10000, 11500],
    ],
  });
}

describe("the Settings form", () => {
  it("shows what the Event sheet says, where it says it, and what applies without a row", async () => {
    const { parsed } = await readInputs(book());
    const form = settingsForm(parsed.event, "zh");
    expect(form.sheet).toBe("会议信息");
    const by = new Map(form.fields.map((f) => [f.key, f]));
    expect(by.get("budgetTolerance")).toMatchObject({ value: 0.1, cell: "B3", type: "percent" });
    expect(by.get("seatingConvention")).toMatchObject({ value: "chinese", cell: "B4" });
    expect(by.get("vipErrorDays")).toMatchObject({ fallback: 3 });
    expect(by.get("vipErrorDays")!.value).toBeUndefined();
    expect(by.get("chairPosition")!.choices!.map((c) => c.label.zh)).toEqual(["按位次", "左端", "右端"]);
  });

  it("saves a changed threshold into its own row and a new one below the last, and the next check uses them", async () => {
    const g = book();
    const before = await check(g, { today: "2026-12-01", dryRun: true });
    const over = (r: typeof before) => r.findings.filter((f) => f.sheet === "预算" && f.severity === "error").length;
    // 15 % over a 10 % tolerance is an error; at 20 % it is a warning.
    expect(over(before)).toBeGreaterThan(0);
    const saved = await saveSettings(g, { budgetTolerance: 0.2, chairPosition: "leftEnd" });
    expect(saved).toEqual({ sheet: "会议信息", cells: ["B3", "B6"] });
    expect(g.sheets.get("会议信息")!.slice(2)).toEqual([
      ["超支容差", "20%"],
      ["座次惯例", "中式"],
      ["发文单位", ""],
      ["主持人位置", "左端"],
    ]);
    const after = await check(g, { today: "2026-12-01", dryRun: true });
    expect(over(after)).toBe(0);
    expect(after.findings.some((f) => f.id === "settings.invalid")).toBe(false);
    const form = settingsForm(after.parsed.event, "zh");
    expect(form.fields.find((f) => f.key === "chairPosition")).toMatchObject({ value: "leftEnd", cell: "B6" });
  });

  it("empties a setting's cell so the default applies again, and writes nothing for an unset one", async () => {
    const g = book();
    await saveSettings(g, { budgetTolerance: null, vipErrorDays: null });
    expect(g.sheets.get("会议信息")![2]).toEqual(["超支容差", ""]);
    expect(g.sheets.get("会议信息")).toHaveLength(5);
  });

  it("stops, changing nothing, when a co-author inserted a row since the read", async () => {
    const g = book();
    const realRead = g.read.bind(g);
    g.read = async (names: readonly string[]) => {
      const snap = await realRead(names);
      g.sheets.get("会议信息")!.splice(1, 0, ["会议地点", "市民中心"]);
      return snap;
    };
    await expect(saveSettings(g, { budgetTolerance: 0.2 })).rejects.toThrow(/changed since the read/);
    expect(g.sheets.get("会议信息")![3]).toEqual(["超支容差", "10%"]);
  });

  it("says in the planner's language that there is no Event sheet to keep settings on", async () => {
    const g = new MemoryGateway({ Roster: [["Name"], ["Ann"]] });
    await expect(saveSettings(g, { budgetTolerance: 0.2 })).rejects.toMatchObject({
      message: expect.stringMatching(/no Event sheet/),
      messageZh: expect.stringMatching(/没有可保存设置的“会议信息”工作表/),
    });
    expect(g.applied).toHaveLength(0);
  });

  it("names a new row in English on an English Event sheet and writes yes/no for a switch", async () => {
    const g = new MemoryGateway({ Event: [["Event name", "Summit"]], Roster: [["Name"], ["Ann"]] });
    await saveSettings(g, { mixedGenderPairs: true, paper: "Letter" });
    expect(g.sheets.get("Event")).toEqual([
      ["Event name", "Summit"],
      ["Mixed-gender roommates", "Yes"],
      ["Paper", "Letter"],
    ]);
  });
});
