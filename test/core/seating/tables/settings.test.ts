import { canonicalDiet, dietTableOf, readTableSettings } from "../../../../src/core/seating/tables/settings";
import { workbook } from "../../rules/ruleHarness";

describe("diet tables", () => {
  it("names one diet whichever language it is typed in", () => {
    expect(["Halal", "清真", "穆斯林", "Vegetarian", "素食", "无麸质"].map(canonicalDiet)).toEqual([
      "清真",
      "清真",
      "清真",
      "素食",
      "素食",
      "无麸质",
    ]);
  });

  it("finds the configured diet inside a guest's 生活习俗 text, and nothing when it is not configured", () => {
    expect(dietTableOf("清真，不吃辣", ["清真", "素食"])).toBe("清真");
    expect(dietTableOf("halal", ["清真"])).toBe("清真");
    expect(dietTableOf("吃素", ["清真", "素食"])).toBe("素食");
    expect(dietTableOf("清真", ["素食"])).toBe("");
    expect(dietTableOf("", ["清真"])).toBe("");
  });
});

describe("banquet settings out of range", () => {
  const read = (rows: (string | number)[][]) => readTableSettings(workbook({ 会议信息: rows }).event);

  it.each([0, -5, 1, 10_000_000])("每桌人数 %s keeps the default of 10 and says where and why", (seats) => {
    const { settings, findings } = read([["每桌人数", seats]]);
    expect(settings.seatsPerTable).toBe(10);
    expect(findings).toEqual([
      expect.objectContaining({ id: "settings.out-of-range", sheet: "会议信息", cell: "B1", severity: "warning" }),
    ]);
    expect(findings[0].message.zh).toBe(`“每桌人数”为 ${seats}，应为 2 到 40 之间的整数；沿用默认值 10。`);
    expect(findings[0].message.en).toBe(`"每桌人数" is ${seats}; it should be a whole number from 2 to 40. Using the default of 10.`);
  });

  it("takes values within range, and refuses absurd table counts, sizes and search lengths one by one", () => {
    const ok = read([
      ["每桌人数", 12],
      ["桌数", 30],
      ["主桌人数", 16],
    ]);
    expect(ok.settings).toMatchObject({ seatsPerTable: 12, tableCount: 30, mainTableSeats: 16 });
    expect(ok.findings).toEqual([]);
    const bad = read([
      ["桌数", 1e9],
      ["各桌人数", "12、0、500、10"],
      ["排桌迭代次数", 1e12],
    ]);
    expect(bad.settings.tableSizes).toEqual([12, 10]);
    expect(bad.settings.tableCount).toBeUndefined();
    expect(bad.findings.map((f) => f.cell)).toEqual(["B1", "B2", "B3"]);
    expect(bad.findings[1].message.zh).toBe("“各桌人数”为 0、500，应为 1 到 60 之间的整数；沿用其余各桌的人数。");
  });
});
