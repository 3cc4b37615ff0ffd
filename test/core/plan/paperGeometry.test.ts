import { columnPoints, printableArea, PT_PER_MM, rowsHeight, scaleToWidth } from "../../../src/core/plan/paperGeometry";

const MARGINS = { top: 10, bottom: 20, left: 15, right: 15, header: 5, footer: 5 };

describe("paper geometry", () => {
  it("gives the printable area inside the margins, turned for landscape", () => {
    expect(printableArea("A4", "portrait", MARGINS)).toEqual({ width: 180 * PT_PER_MM, height: 267 * PT_PER_MM });
    expect(printableArea("A4", "landscape", MARGINS)).toEqual({ width: 267 * PT_PER_MM, height: 180 * PT_PER_MM });
    expect(printableArea("A3", "portrait", MARGINS).width).toBeCloseTo(267 * PT_PER_MM);
    expect(printableArea("Letter", "portrait", MARGINS).width).toBeCloseTo(185.9 * PT_PER_MM);
  });

  it("takes a column as wide as the wider host prints it: LibreOffice's 5.58 pt a character, Excel's 7 px + 5 px", () => {
    for (const chars of [2.5, 11, 45, 83]) {
      expect(columnPoints(chars)).toBeGreaterThanOrEqual(chars * 5.575);
      expect(columnPoints(chars)).toBeGreaterThanOrEqual((chars * 7 + 5) * 0.75);
    }
  });
});

describe("scaleToWidth", () => {
  it("prints at 100 % what fits, and scales down, to a whole percent, what does not", () => {
    expect(scaleToWidth([10, 10], 500)).toBe(100);
    const wide = Array<number>(30).fill(16);
    const scale = scaleToWidth(wide, 500);
    expect(scale).toBeLessThan(100);
    expect((wide.reduce((s, w) => s + columnPoints(w), 0) * scale) / 100).toBeLessThanOrEqual(500);
    expect(Number.isInteger(scale)).toBe(true);
  });

  it("never goes below Excel's smallest scale", () => {
    expect(scaleToWidth(Array<number>(500).fill(100), 500)).toBe(10);
  });
});

describe("rowsHeight", () => {
  it("fills a page a little short of its height, for hosts that round row heights up", () => {
    const area = printableArea("A4", "portrait", MARGINS);
    expect(rowsHeight(area)).toBeLessThan(area.height);
    expect(rowsHeight(area)).toBeGreaterThan(area.height * 0.9);
  });
});
