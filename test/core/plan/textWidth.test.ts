import { displayWidth, wrappedLines } from "../../../src/core/plan/textWidth";

describe("text width in character cells", () => {
  it("counts Chinese characters and full-width forms as two cells wide", () => {
    expect(displayWidth("会议abc")).toBe(7);
    expect(displayWidth("（１）")).toBe(6);
  });

  it("counts the lines a wrapped cell needs, one per paragraph at least", () => {
    expect(wrappedLines("", 10)).toBe(1);
    expect(wrappedLines("甲".repeat(4), 10)).toBe(1); // 8 cells fit a 10-wide column
    expect(wrappedLines("甲".repeat(5), 10)).toBe(2);
    expect(wrappedLines("a\nb", 10)).toBe(2);
  });
});
