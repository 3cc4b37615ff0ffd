import { canonicalDiet, dietTableOf } from "../../../../src/core/seating/tables/settings";

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
