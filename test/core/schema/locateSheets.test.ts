import { headerScore, locateByHeaders, locateByName } from "../../../src/core/schema/locateSheets";
import { BUDGET, EVENT, INPUT_SHEETS, ROSTER } from "../../../src/core/schema/sheets";
import { enBudget, enRoster, locate, parse, sheet, withId, zhBudget, zhEvent, zhRoster, zhTasks } from "./fixtures";

describe("locateByName", () => {
  it("finds the input sheets by their Chinese names", () => {
    expect(locateByName(["会议信息", "参会人员", "预算", "任务", "酒店"], INPUT_SHEETS)).toEqual({
      event: { name: "会议信息", foundBy: "name" },
      roster: { name: "参会人员", foundBy: "name" },
      budget: { name: "预算", foundBy: "name" },
      tasks: { name: "任务", foundBy: "name" },
      hotels: { name: "酒店", foundBy: "name" },
    });
  });

  it("finds the input sheets by their English names", () => {
    expect(locateByName(["Event", "Roster", "Budget", "Tasks", "Hotels"], INPUT_SHEETS)).toEqual({
      event: { name: "Event", foundBy: "name" },
      roster: { name: "Roster", foundBy: "name" },
      budget: { name: "Budget", foundBy: "name" },
      tasks: { name: "Tasks", foundBy: "name" },
      hotels: { name: "Hotels", foundBy: "name" },
    });
  });

  it("finds them by the other names planners use", () => {
    const found = locateByName(["会议基本信息", "参会名单", "经费预算", "任务清单", "住宿"], INPUT_SHEETS);
    expect(Object.fromEntries(Object.entries(found).map(([k, v]) => [k, v!.name]))).toEqual({
      event: "会议基本信息",
      roster: "参会名单",
      budget: "经费预算",
      tasks: "任务清单",
      hotels: "住宿",
    });
    expect(locateByName(["Guest list", "Action items", "Expenses", "Meeting info"], INPUT_SHEETS)).toMatchObject({
      roster: { name: "Guest list" },
      tasks: { name: "Action items" },
      budget: { name: "Expenses" },
      event: { name: "Meeting info" },
    });
  });

  it.each(["roster", "ROSTER", " Roster ", "ＲＯＳＴＥＲ", "Guest  List", "参会　人员", "参会人员（2026）", "名 单"])(
    "folds case, width, spaces and bracketed notes in the sheet name %j",
    (name) => {
      expect(locateByName(["Sheet1", name], INPUT_SHEETS).roster).toEqual({ name, foundBy: "name" });
    },
  );

  it("gives each sheet to one input only and leaves unknown names alone", () => {
    const found = locateByName(["Sheet1", "检查结果", "参会人员", "说明"], INPUT_SHEETS);
    expect(Object.keys(found)).toEqual(["roster"]);
  });

  it("takes the first in tab order when two sheets go by roster names", () => {
    expect(locateByName(["Roster", "参会人员"], INPUT_SHEETS).roster!.name).toBe("Roster");
    expect(locateByName(["参会人员", "Roster"], INPUT_SHEETS).roster!.name).toBe("参会人员");
  });
});

describe("headerScore", () => {
  it("counts a table sheet's recognised headers", () => {
    expect(headerScore(zhRoster("Sheet1"), ROSTER)).toBe(10);
    expect(headerScore(zhBudget("Sheet1"), BUDGET)).toBe(8);
    expect(headerScore(zhBudget("Sheet1"), ROSTER)).toBeLessThan(ROSTER.minHeaderMatches);
  });

  it("counts the settings of a key-value sheet", () => {
    expect(headerScore(zhEvent("Sheet1"), EVENT)).toBe(6);
    expect(headerScore(zhRoster("Sheet1"), EVENT)).toBeLessThan(EVENT.minHeaderMatches);
  });
});

describe("locateByHeaders", () => {
  it("finds a roster kept on Sheet1 by its headers", () => {
    const s = zhRoster("Sheet1");
    expect(locateByHeaders([s], INPUT_SHEETS, {})).toEqual({ roster: { name: "Sheet1", foundBy: "headers" } });
  });

  it("does not take a budget for the roster, nor the roster for the budget", () => {
    const budget = zhBudget("Sheet1");
    const roster = zhRoster("Sheet2");
    const tasks = zhTasks("Sheet3");
    expect(locateByHeaders([budget, roster, tasks], INPUT_SHEETS, {})).toEqual({
      budget: { name: "Sheet1", foundBy: "headers" },
      roster: { name: "Sheet2", foundBy: "headers" },
      tasks: { name: "Sheet3", foundBy: "headers" },
    });
    expect(locateByHeaders([enBudget("Sheet1"), enRoster("Sheet2")], INPUT_SHEETS, {})).toEqual({
      budget: { name: "Sheet1", foundBy: "headers" },
      roster: { name: "Sheet2", foundBy: "headers" },
    });
  });

  it("does not take a budget alone for a roster", () => {
    expect(locateByHeaders([zhBudget("Sheet1")], [ROSTER], {})).toEqual({});
  });

  it("gives the roster to the sheet that fits it best, whatever the tab order", () => {
    const staff = sheet("工作人员", [
      ["姓名", "单位", "电话"],
      ["刘洋", "会务组", "13700000000"],
    ]);
    const full = zhRoster("Sheet9");
    expect(locateByHeaders([staff, full], [ROSTER], {}).roster!.name).toBe("Sheet9");
    expect(locateByHeaders([full, staff], [ROSTER], {}).roster!.name).toBe("Sheet9");
  });

  it("chooses the same sheet every time when two fit equally well: the first in tab order", () => {
    const a = zhRoster("Sheet1");
    const b = zhRoster("Sheet2");
    for (let i = 0; i < 3; i++) expect(locateByHeaders([a, b], INPUT_SHEETS, {}).roster!.name).toBe("Sheet1");
    expect(locateByHeaders([b, a], INPUT_SHEETS, {}).roster!.name).toBe("Sheet2");
  });

  it("leaves alone inputs already found by name and the sheets they use", () => {
    const already = { roster: { name: "参会人员", foundBy: "name" as const } };
    const found = locateByHeaders([zhRoster("参会人员"), zhRoster("Sheet2"), zhTasks("Sheet3")], INPUT_SHEETS, already);
    expect(found).toEqual({ tasks: { name: "Sheet3", foundBy: "headers" } });
  });

  it("needs the minimum number of matching headers", () => {
    const two = sheet("Sheet1", [
      ["姓名", "单位"],
      ["张伟", "市财政局"],
    ]);
    const three = sheet("Sheet1", [
      ["姓名", "单位", "职务"],
      ["张伟", "市财政局", "局长"],
    ]);
    expect(locateByHeaders([two], INPUT_SHEETS, {})).toEqual({});
    expect(locateByHeaders([three], INPUT_SHEETS, {})).toEqual({ roster: { name: "Sheet1", foundBy: "headers" } });
  });

  // A key-value sheet has one setting per row: a header row "Name | Phone | Notes" is a roster, not three settings.
  it("takes a three-column English roster for the roster, not for the event settings", () => {
    const s = sheet("Sheet1", [
      ["Name", "Phone", "Notes"],
      ["Alice Chen", "+44 7700 900123", "vegetarian"],
    ]);
    expect(locateByHeaders([s], INPUT_SHEETS, {})).toEqual({ roster: { name: "Sheet1", foundBy: "headers" } });
  });

  it("finds the event settings on a sheet with an unknown name", () => {
    expect(locateByHeaders([zhEvent("封面")], INPUT_SHEETS, {})).toEqual({ event: { name: "封面", foundBy: "headers" } });
  });
});

describe("locating a whole workbook", () => {
  it("uses names first, then headers for the rest", () => {
    const located = locate([zhEvent(), zhRoster("Sheet1"), zhBudget(), zhTasks("Sheet2")]);
    expect(located).toEqual({
      event: { name: "会议信息", foundBy: "name" },
      roster: { name: "Sheet1", foundBy: "headers" },
      budget: { name: "预算", foundBy: "name" },
      tasks: { name: "Sheet2", foundBy: "headers" },
    });
  });

  it("reports nothing when the optional Hotels sheet is absent", () => {
    const wb = parse(zhEvent(), zhRoster(), zhBudget(), zhTasks());
    expect(wb.hotels.sheet).toBeNull();
    expect(wb.findings.filter((f) => f.id === "parse.sheet-missing")).toEqual([]);
    expect(wb.findings).toEqual([]);
  });

  it("reports one error naming the roster when there is none", () => {
    const wb = parse(zhEvent(), zhBudget(), zhTasks());
    const missing = withId(wb.findings, "parse.sheet-missing");
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ severity: "error", sheet: "参会人员", cell: "A1" });
    expect(missing[0].message.zh).toContain("参会人员");
    expect(missing[0].message.en).toContain("Roster");
    expect(wb.roster.records).toEqual([]);
    expect(wb.findings.filter((f) => f.severity === "error")).toHaveLength(1);
  });
});
