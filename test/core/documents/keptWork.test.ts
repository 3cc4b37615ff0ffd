import { keptWork, type RowMatch } from "../../../src/core/documents/keptWork";
import type { SheetSnapshot } from "../../../src/workbook/gateway";

const byFirstCell: RowMatch = {
  previousKey: (cell) => String(cell(0)),
  newKey: (cell) => String(cell(0)),
  columnOf: (col) => col,
};

const previous: SheetSnapshot = {
  name: "Checklist",
  top: 0,
  left: 0,
  values: [
    ["a", "a done", "venue"],
    ["b", 12, "note"],
  ],
  work: [
    { row: 0, col: 1, formula: '=A1&" done"' },
    { row: 0, col: 2, address: "https://venue.example.com" },
    { row: 1, col: 1, formula: "=3*4" },
    { row: 1, col: 2, location: "'Roster'!B2" },
  ],
};

describe("keptWork: the planner's formulas and links follow their rows", () => {
  it("puts a formula and a link back on the row that moved, its own-row references moved too", () => {
    const kept = keptWork(previous, [["header"], ["b", 12, "note"], ["a", "a done", "venue"]], byFirstCell);
    expect(kept.formulas).toEqual([
      { row: 1, col: 1, formulas: [["=3*4"]] },
      { row: 2, col: 1, formulas: [['=A3&" done"']] },
    ]);
    expect(kept.links).toEqual([
      { row: 1, col: 2, sheet: "Roster", cell: "B2", text: "note" },
      { row: 2, col: 2, sheet: "", cell: "", text: "venue", address: "https://venue.example.com" },
    ]);
  });

  it("lets a value the re-run changed stand alone, without the old formula", () => {
    const kept = keptWork(previous, [["a", "a changed", "venue"]], byFirstCell);
    expect(kept.formulas).toEqual([]);
    expect(kept.links).toHaveLength(1);
  });

  it("keeps nothing for a row that is gone", () => {
    expect(keptWork(previous, [["c", "a done", "venue"]], byFirstCell)).toEqual({ formulas: [], links: [] });
  });
});
