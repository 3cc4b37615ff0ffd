import { wrappedHeight } from "../../../../src/core/documents/notice/textHeight";

describe("wrappedHeight", () => {
  it("grows with the lines the text wraps to, one line per paragraph at least", () => {
    expect(wrappedHeight("短", 64)).toBe(20);
    expect(wrappedHeight("甲".repeat(31), 64)).toBe(20); // 62 cells fit one line of a 64-wide column
    expect(wrappedHeight("甲".repeat(32), 64)).toBe(36);
    expect(wrappedHeight("a\nb\nc", 64)).toBe(52);
    expect(wrappedHeight("甲".repeat(10_000), 64)).toBe(409);
  });

  it("allows for a larger font", () => {
    expect(wrappedHeight("Notice", 64, { fontSize: 16, minimum: 36 })).toBe(36);
    expect(wrappedHeight("x".repeat(60), 64, { fontSize: 16 })).toBe(51);
  });
});
