import { enBudget, enEvent, enRoster, enTasks, parse, sheet, zhBudget, zhEvent, zhRoster, zhTasks } from "./fixtures";

describe("detectLang", () => {
  it("reads a Chinese workbook as Chinese", () => {
    expect(parse(zhEvent(), zhRoster(), zhBudget(), zhTasks()).lang).toBe("zh");
  });

  it("reads an English workbook as English", () => {
    expect(parse(enEvent(), enRoster(), enBudget(), enTasks()).lang).toBe("en");
  });

  it("goes by the headers when the sheets have neutral names", () => {
    expect(parse(zhRoster("Sheet1"), zhBudget("Sheet2")).lang).toBe("zh");
    expect(parse(enRoster("Sheet1"), enBudget("Sheet2")).lang).toBe("en");
  });

  it("reads Chinese headers on English-named sheets as Chinese when they are most of the text", () => {
    expect(parse(enEvent(), zhRoster("Roster"), zhBudget("Budget"), zhTasks("Tasks")).lang).toBe("zh");
  });

  it.each(["English", "english", "EN", "en-US", "英文", "英语"])("follows the 语言 setting %j in a Chinese workbook", (setting) => {
    const wb = parse(zhEvent("会议信息", [["语言", setting]]), zhRoster(), zhBudget(), zhTasks());
    expect(wb.lang).toBe("en");
  });

  it.each(["中文", "Chinese", "zh", "zh-CN", "简体中文"])("follows the Language setting %j in an English workbook", (setting) => {
    const wb = parse(enEvent("Event", [["Language", setting]]), enRoster(), enBudget(), enTasks());
    expect(wb.lang).toBe("zh");
  });

  it("goes by the workbook when the setting is not a language it knows", () => {
    const wb = parse(enEvent("Event", [["Language", "Klingon"]]), enRoster(), enBudget(), enTasks());
    expect(wb.lang).toBe("en");
  });

  it("goes by the workbook when the setting is empty", () => {
    const wb = parse(zhEvent("会议信息", [["语言", ""]]), zhRoster(), zhBudget(), zhTasks());
    expect(wb.lang).toBe("zh");
  });

  it("falls back to Chinese for a workbook with nothing to go by", () => {
    expect(parse().lang).toBe("zh");
    expect(parse(sheet("Sheet1", [])).lang).toBe("zh");
  });
});
