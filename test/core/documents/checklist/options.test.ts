import { readChecklistOptions } from "../../../../src/core/documents/checklist/options";
import type { CellValue } from "../../../../src/core/cellValue";
import { workbook } from "../../rules/ruleHarness";
import { meeting } from "./checklistHarness";

const read = (event: Record<string, CellValue>, people = 0, extra: Record<string, CellValue[][]> = {}) =>
  readChecklistOptions(meeting(event, people, extra));

describe("checklist options", () => {
  test("read from the Event sheet in either language", () => {
    const { options, findings } = read({ 会议规模: "小型", 安排住宿: "是", 安排用餐: "否" }, 80);
    expect(options).toMatchObject({ size: "small", lodging: true, meals: false, set: { size: true, lodging: true, meals: true } });
    expect(findings).toEqual([]);
    expect(read({ "Meeting size": "Large", Banquet: "no" }).options).toMatchObject({ size: "large", meals: false });
    expect(read({ 会议规模: "例会" }).options.size).toBe("routine");
  });

  test("an unset size follows the number of active attendees (staff, leave and cancelled not counted)", () => {
    expect(read({}, 10).options.size).toBe("routine");
    expect(read({}, 15).options.size).toBe("routine");
    expect(read({}, 16).options.size).toBe("small");
    expect(read({}, 49).options.size).toBe("small");
    expect(read({}, 50).options.size).toBe("large");
    expect(read({}, 0).options.size).toBe("small");
    const roster: CellValue[][] = [["姓名", "身份", "回执"]];
    for (let i = 0; i < 50; i++) roster.push([`人${i}`, i < 5 ? "工作人员" : "出席", i < 10 ? "请假" : "已确认"]);
    const parsed = workbook({ 会议信息: [["会议名称", "会"]], 参会人员: roster });
    expect(readChecklistOptions(parsed).options).toMatchObject({ size: "small", attendees: 40 });
  });

  test("a large meeting arranges meals, and lodging when someone needs a hotel or hotels are held", () => {
    expect(read({}, 60).options).toMatchObject({ size: "large", meals: true, lodging: false });
    const hotels = {
      酒店: [
        ["酒店", "房型", "房间数"],
        ["国际会议中心酒店", "标准间", 20],
      ],
    };
    expect(read({}, 60, hotels).options.lodging).toBe(true);
  });

  test("routine and small meetings arrange no lodging or meals unless set, and say so when the roster needs hotels", () => {
    const parsed = workbook({
      会议信息: [["会议名称", "会"]],
      参会人员: [
        ["姓名", "需住宿"],
        ["张伟", "是"],
        ["李娜", "否"],
      ],
    });
    const { options, findings } = readChecklistOptions(parsed);
    expect(options).toMatchObject({ size: "routine", lodging: false, meals: false });
    expect(findings.map((f) => f.id)).toEqual(["checklist.lodging-skipped"]);
    expect(read({ 安排住宿: "是", 安排用餐: "是" }, 5).options).toMatchObject({ size: "routine", lodging: true, meals: true });
  });

  test("an unreadable value keeps the default and names its cell", () => {
    const { options, findings } = read({ 会议规模: "特大", 安排住宿: "也许" }, 60);
    expect(options).toMatchObject({ size: "large", lodging: false, set: { size: false, lodging: false } });
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.id}`)).toEqual(["会议信息!B3 settings.invalid", "会议信息!B4 settings.invalid"]);
  });
});
