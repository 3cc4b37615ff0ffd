import type { DaisSeat } from "../../../../src/core/seating/dais/daisPlan";
import { drawTents, fittingHeight, tentRowHeights } from "../../../../src/core/seating/dais/daisTents";
import { SheetCanvas } from "../../../../src/core/seating/dais/sheetCanvas";

function seat(seatNumber: number, name: string, title: string): { rowNumber: number; seat: DaisSeat } {
  return {
    rowNumber: 1,
    seat: {
      seatNumber,
      precedence: seatNumber,
      chair: false,
      person: { name, title, organisation: "", sheet: "参会人员", row: seatNumber, cell: "A2" },
    },
  };
}

const TOP = 20;
const SEATS = [seat(1, "张伟", "局长"), seat(2, "Alexandra Montgomery", "")];

function drawn() {
  const canvas = new SheetCanvas();
  const next = drawTents(canvas, TOP, SEATS, "zh");
  const heights = new Map(tentRowHeights(TOP, SEATS).map((h) => [h.row, h.height]));
  const values = canvas.block().values;
  const rowOf = (text: string) => values.findIndex((r) => r.includes(text));
  return { canvas, next, heights, rowOf };
}

describe("table tents", () => {
  it("gives each name row the height of its large print, so the name no longer prints over the caption and title", () => {
    const { heights, rowOf } = drawn();
    expect(heights.get(rowOf("张伟"))).toBeCloseTo(78, 5); // 60 pt
    expect(heights.get(rowOf("Alexandra Montgomery"))).toBeCloseTo(57.2, 5); // 44 pt, a long name
    expect(heights.get(rowOf("局长"))).toBeCloseTo(23.4, 5);
    expect(heights.get(rowOf("第1排第1座"))).toBeCloseTo(11.7, 5);
    expect(heights.get(rowOf("桌签"))).toBeCloseTo(16.9, 5);
  });

  it("sizes every row whose text has a font size to that size, and leaves the other rows alone", () => {
    const { canvas, heights } = drawn();
    const sized = new Map<number, number>();
    for (const f of canvas.formats) if (f.fontSize !== undefined) sized.set(f.range.row, Math.max(sized.get(f.range.row) ?? 0, f.fontSize));
    expect([...heights.keys()].sort((a, b) => a - b)).toEqual([...sized.keys()].sort((a, b) => a - b));
    for (const [row, size] of sized) {
      expect(heights.get(row)).toBeGreaterThanOrEqual(size * 1.2);
      expect(heights.get(row)).toBeLessThanOrEqual(409);
    }
  });

  it("gives a tent without a title no title row height", () => {
    const { heights, rowOf } = drawn();
    const name = rowOf("Alexandra Montgomery");
    expect(heights.has(name + 1)).toBe(false);
  });

  it("keeps the blank rows between tents at the standard height and returns the row after the last tent", () => {
    const { heights, rowOf, next } = drawn();
    const first = rowOf("张伟");
    expect(heights.has(first + 2)).toBe(false);
    expect(heights.has(first + 3)).toBe(false);
    expect(next).toBe(rowOf("第1排第2座") + 6);
  });

  it("fits a row to a font at about 1.3 × its size, as the standard 15 pt row holds 11 pt text", () => {
    expect(fittingHeight(11)).toBeCloseTo(14.3, 5);
    expect(fittingHeight(60)).toBeCloseTo(78, 5);
  });
});
