import { flowSections, pageBreaks, type FlowRow } from "../../../src/core/plan/pageFlow";

const row = (text: string, height = 20): FlowRow => ({ cells: [text], height });
const table = (name: string, n: number): FlowRow[] => [
  { cells: [`${name} header`], height: 20, formats: [{ col: 0, cols: 1, spec: { bold: true } }] },
  ...Array.from({ length: n }, (_, i) => row(`${name} ${i + 1}`)),
];

describe("flowSections: sections cut into pages, each table's header on every page it reaches", () => {
  it("breaks where the page is full and repeats the header above the rows that run on", () => {
    const out = flowSections([{ rows: table("Rooms", 9), repeat: { from: 0, count: 1 } }], 100);
    // Five rows of 20 points a page: header + 4, then header + 3 (the last row does not go over
    // alone, so row 8 goes with it), then header + 2.
    expect(out.breaksBefore).toEqual([5, 9]);
    expect(out.values.map((r) => r[0])).toEqual([
      "Rooms header",
      "Rooms 1",
      "Rooms 2",
      "Rooms 3",
      "Rooms 4",
      "Rooms header",
      "Rooms 5",
      "Rooms 6",
      "Rooms 7",
      "Rooms header",
      "Rooms 8",
      "Rooms 9",
    ]);
    // The repeated header keeps its look.
    expect(out.formats.filter((f) => f.bold).map((f) => f.range.row)).toEqual([0, 5, 9]);
  });

  it("never sends a table's last row over alone: the row before it goes with it", () => {
    // Header + 4 rows fill a page of 100; a 5th row would be alone under the repeated header.
    const out = flowSections([{ rows: table("Rooms", 5), repeat: { from: 0, count: 1 } }], 100);
    expect(out.breaksBefore).toEqual([4]);
    expect(out.values.slice(4).map((r) => r[0])).toEqual(["Rooms header", "Rooms 4", "Rooms 5"]);
  });

  it("gives each table its own header: a second table never prints under the first one's", () => {
    const out = flowSections(
      [
        { rows: table("Rooms", 2), repeat: { from: 0, count: 1 } },
        { rows: [row("Nights title"), ...table("Nights", 6)], repeat: { from: 1, count: 1 }, newPage: true },
      ],
      100,
    );
    expect(out.breaksBefore).toEqual([3, 8]);
    expect(out.values[3][0]).toBe("Nights title");
    expect(out.values[8][0]).toBe("Nights header");
    expect(out.values.slice(3).map((r) => r[0])).not.toContain("Rooms header");
  });

  it("moves a table to the next page rather than leave its header alone at the foot of one", () => {
    const out = flowSections(
      [{ rows: [row("a"), row("b"), row("c"), row("d")] }, { rows: table("T", 3), repeat: { from: 0, count: 1 } }],
      100,
    );
    // 80 points used: the header and its first row (40) do not fit, so the table starts page 2.
    expect(out.breaksBefore).toEqual([4]);
    expect(out.values[4][0]).toBe("T header");
  });

  it("gives rows formatted alike one format between them, in the order the rows set them", () => {
    const striped = (fill: string): FlowRow => ({
      cells: ["x"],
      formats: [
        { col: 0, cols: 2, spec: { border: true } },
        { col: 0, cols: 1, spec: { fill } },
      ],
    });
    const out = flowSections([{ rows: [striped("#FFFFFF"), striped("#FFFFFF"), striped("#FF0000"), striped("#FFFFFF")] }], 1000);
    expect(out.formats).toEqual([
      { range: { row: 0, col: 0, rows: 2, cols: 2 }, border: true },
      { range: { row: 0, col: 0, rows: 2, cols: 1 }, fill: "#FFFFFF" },
      { range: { row: 2, col: 0, rows: 1, cols: 2 }, border: true },
      { range: { row: 2, col: 0, rows: 1, cols: 1 }, fill: "#FF0000" },
      { range: { row: 3, col: 0, rows: 1, cols: 2 }, border: true },
      { range: { row: 3, col: 0, rows: 1, cols: 1 }, fill: "#FFFFFF" },
    ]);
  });

  it("carries merges, links and heights to the rows they land on, and squares the block", () => {
    const out = flowSections(
      [
        {
          rows: [
            {
              cells: ["a", "b", "c"],
              merges: [{ col: 1, cols: 2 }],
              links: [{ col: 0, sheet: "Roster", cell: "A2", text: "a" }],
              height: 30,
            },
            { cells: ["x"] },
          ],
        },
      ],
      1000,
    );
    expect(out.values).toEqual([
      ["a", "b", "c"],
      ["x", "", ""],
    ]);
    expect(out.merges).toEqual([{ row: 0, col: 1, rows: 1, cols: 2 }]);
    expect(out.links).toEqual([{ row: 0, col: 0, sheet: "Roster", cell: "A2", text: "a" }]);
    expect(out.rowHeights).toEqual([{ row: 0, height: 30 }]);
    expect(out.breaksBefore).toEqual([]);
  });
});

describe("pageBreaks: pages in rows already laid down", () => {
  it("starts a page where a row would not fit, the default row where no height is given", () => {
    expect(pageBreaks([40, 40, 40, undefined, 50], 100)).toEqual([2, 4]);
  });

  it("moves a heading over with the rows it must keep", () => {
    // Row 2 is a heading kept with the next two: 40 + 20 + 20 + 20 > 100, so it starts page 2.
    expect(pageBreaks([40, 20, 20, 20, 20, 20], 100, new Map([[2, 2]]))).toEqual([2]);
    expect(pageBreaks([40, 20, 20, 20, 20, 20], 100)).toEqual([4]);
  });
});
