import { displayWidth, printedWidth } from "../../../src/core/plan/textWidth";

describe("text width in character cells", () => {
  it("counts Chinese characters and full-width forms as two cells wide", () => {
    expect(displayWidth("会议abc")).toBe(7);
    expect(displayWidth("（１）")).toBe(6);
  });
});

describe("printedWidth: text as wide as Excel prints it, in column-width units", () => {
  it("gives a digit one unit: Excel measures columns by the digit", () => {
    expect(printedWidth("0123456789")).toBeCloseTo(10);
  });

  it("takes Calibri's own letters: an i is under half an m, an English sentence under a unit a letter", () => {
    expect(printedWidth("i")).toBeLessThan(printedWidth("m") / 2);
    const sentence = "Draft the meeting plan (name, purpose, format, size, dates, agenda, budget, organisers)";
    expect(printedWidth(sentence) / sentence.length).toBeGreaterThan(0.75);
    expect(printedWidth(sentence) / sentence.length).toBeLessThan(0.85);
  });

  it("gives a CJK character a full em, over two units", () => {
    expect(printedWidth("会议")).toBeCloseTo(4.19);
    expect(printedWidth("（）")).toBeCloseTo(4.19);
  });
});
