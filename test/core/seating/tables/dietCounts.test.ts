import { dietCounts, formatDietCounts } from "../../../../src/core/seating/tables/dietCounts";

describe("dietCounts", () => {
  it("splits each note into items and counts them, most frequent first, as typed", () => {
    const c = dietCounts(["清真", "素食；不吃辣", "", "清真，不吃辣", " 清真 "]);
    expect(formatDietCounts(c, "zh")).toBe("清真 3、不吃辣 2、素食 1");
  });

  it("does not merge vegan into vegetarian", () => {
    expect(formatDietCounts(dietCounts(["Vegan", "Vegetarian", "vegan"]), "en")).toBe("Vegan 2, Vegetarian 1");
  });
});
