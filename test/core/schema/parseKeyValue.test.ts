import type { CellValue } from "../../../src/core/cellValue";
import { parseKeyValue } from "../../../src/core/schema/parseKeyValue";
import { EVENT, type EventFields } from "../../../src/core/schema/sheets";
import { SERIAL, sheet, zhEvent } from "./fixtures";

const event = (rows: CellValue[][], at = "A1", name = "会议信息") => parseKeyValue<EventFields>(sheet(name, rows, at), EVENT, "name");

describe("parseKeyValue", () => {
  it("keeps a setting it cannot read as typed, so later checks can say why", () => {
    const e = event([
      ["会议名称", "年度工作会议"],
      ["开始时间", "明天上午9点"],
    ]);
    expect(e.fields.start).toBeUndefined();
    expect(e.unreadable.get("start")).toMatchObject({ value: "明天上午9点", address: "B2" });
    expect(e.unreadable.has("name")).toBe(false);
    expect(e.findings.map((f) => f.cell)).toEqual(["B2"]);
  });

  it("reads settings with keys in column A and values in column B", () => {
    const e = parseKeyValue<EventFields>(zhEvent(), EVENT, "name");
    expect(e.sheet).toBe("会议信息");
    expect(e.foundBy).toBe("name");
    expect(e.fields.name).toMatchObject({ value: "2026年度工作会议", address: "B2" });
    expect(e.fields.start).toMatchObject({ value: { date: "2026-03-15", time: "09:00" }, address: "B3" });
    expect(e.fields.venue?.value).toBe("国际会议中心三楼报告厅");
    expect(e.fields.totalBudget?.value).toBe(500000);
    expect(e.fields.seatingConvention?.value).toBe("chinese");
    expect(e.fields.seatsPerTable?.value).toBe(10);
    expect(e.findings).toEqual([]);
  });

  it("ignores a 项目 | 内容 heading row", () => {
    const e = parseKeyValue<EventFields>(zhEvent(), EVENT, "name");
    expect(e.extras).toEqual({});
    expect(e.keyCells.size).toBe(6);
  });

  it("ignores an English Setting | Value heading row and reads English keys", () => {
    const e = event([
      ["Setting", "Value"],
      ["Event name", "2026 Annual Conference"],
      ["Seating convention", "International"],
      ["Seats per table", "12"],
      ["Language", "English"],
    ]);
    expect(e.extras).toEqual({});
    expect(e.fields.name?.value).toBe("2026 Annual Conference");
    expect(e.fields.seatingConvention?.value).toBe("international");
    expect(e.fields.seatsPerTable?.value).toBe(12);
    expect(e.fields.language?.value).toBe("English");
  });

  it("reads keys in column B when column A is empty", () => {
    const e = event([
      ["", "会议名称", "2026年度工作会议"],
      ["", "会议地点", "国际会议中心"],
    ]);
    expect(e.fields.name).toMatchObject({ value: "2026年度工作会议", address: "C1" });
    expect(e.keyCells.get("name")).toBe("B1");
    expect(e.keyCells.get("venue")).toBe("B2");
  });

  it("takes the value from the next non-empty cell to the right", () => {
    const e = event([
      ["会议名称", "", "", "2026年度工作会议"],
      ["联系电话", "", 13800138000, ""],
    ]);
    expect(e.fields.name).toMatchObject({ value: "2026年度工作会议", address: "D1" });
    expect(e.fields.contactPhone).toMatchObject({ value: "13800138000", address: "C2" });
  });

  it("reads keys with synonyms and decorations", () => {
    const e = event([
      ["会议时间：", "2026-03-15 09:00"],
      ["会址", "国际会议中心"],
      ["主持人（姓名）", "张伟"],
      ["　预算总额　", "¥500,000"],
      ["Table size", 8],
    ]);
    expect(e.fields.start).toMatchObject({ value: { date: "2026-03-15", time: "09:00" }, fromText: true });
    expect(e.fields.venue?.value).toBe("国际会议中心");
    expect(e.fields.host?.value).toBe("张伟");
    expect(e.fields.totalBudget?.value).toBe(500000);
    expect(e.fields.seatsPerTable?.value).toBe(8);
  });

  it("keeps unknown keys, such as rule thresholds, in extras with the value's address", () => {
    const e = event([
      ["会议名称", "2026年度工作会议"],
      ["VIP未确认提醒天数", 7],
      ["预算超支提醒比例", "10%"],
    ]);
    expect(e.extras).toEqual({
      VIP未确认提醒天数: { value: 7, address: "B2", raw: 7 },
      预算超支提醒比例: { value: "10%", address: "B3", raw: "10%" },
    });
  });

  it("skips a title row and a section label without a value", () => {
    const e = event([["2026年度工作会议基本信息"], ["一、基本情况"], ["会议名称", "2026年度工作会议"]]);
    expect(e.extras).toEqual({});
    expect(e.fields.name?.address).toBe("B3");
  });

  it("records where each known key sits, even when its value is empty", () => {
    const e = event(
      [
        ["会议名称", "2026年度工作会议"],
        ["报到时间", ""],
      ],
      "C3",
    );
    expect(e.keyCells.get("name")).toBe("C3");
    expect(e.keyCells.get("checkInTime")).toBe("C4");
    expect(e.fields.checkInTime).toBeUndefined();
    expect(e.fields.name?.address).toBe("D3");
  });

  it("keeps the first row of a key that appears twice", () => {
    const e = event([
      ["会议名称", "第一个"],
      ["Event name", "第二个"],
      ["会议名称", "第三个"],
    ]);
    expect(e.fields.name).toMatchObject({ value: "第一个", address: "B1" });
    expect(e.keyCells.get("name")).toBe("A1");
    expect(e.findings).toEqual([]);
  });

  it("reports an unreadable value with its cell", () => {
    const e = event(
      [
        ["开始时间", "待定"],
        ["座次惯例", "日式"],
        ["每桌人数", "#N/A"],
      ],
      "B2",
    );
    expect(e.findings.map((f) => [f.id, f.sheet, f.cell])).toEqual([
      ["parse.date", "会议信息", "C2"],
      ["parse.enum", "会议信息", "C3"],
      ["parse.error-value", "会议信息", "C4"],
    ]);
    expect(e.findings[1].message.zh).toContain("中式、国际");
    expect(e.findings[1].message.en).toContain("Chinese, International");
    expect(e.fields.start).toBeUndefined();
    expect(e.fields.seatingConvention).toBeUndefined();
    expect(e.fields.seatsPerTable).toBeUndefined();
  });

  it("gives nothing for an empty sheet", () => {
    const e = event([]);
    expect(e.fields).toEqual({});
    expect(e.extras).toEqual({});
    expect(e.findings).toEqual([]);
  });

  // The common 序号 | 项目 | 内容 layout: the row number before the key is not the key.
  it("reads keys in column B when column A holds row numbers (序号 | 项目 | 内容)", () => {
    const e = event([
      ["序号", "项目", "内容"],
      [1, "会议名称", "2026年度工作会议"],
      [2, "开始时间", SERIAL["2026-03-15"]],
    ]);
    expect(e.fields.name).toMatchObject({ value: "2026年度工作会议", address: "C2" });
    expect(e.fields.start?.value).toEqual({ date: "2026-03-15" });
    expect(e.extras).toEqual({});
  });
});
