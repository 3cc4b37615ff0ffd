import type { ListValidation, SheetWrite } from "../../src/core/plan/writePlan";
import { helperRange, INLINE_LIST_LIMIT, inlineList, lastColumn, placeLists } from "../../src/workbook/listSources";

describe("inlineList", () => {
  it("joins a short list with commas", () => {
    expect(inlineList(["已确认", "待确认", "请假", "取消"])).toBe("已确认,待确认,请假,取消");
  });

  it("refuses what Excel cannot take inline", () => {
    expect(inlineList([])).toBeUndefined();
    expect(inlineList(["北京, 海淀", "上海"])).toBeUndefined();
    expect(inlineList([" 是", "否"])).toBeUndefined();
    expect(inlineList(["", "否"])).toBeUndefined();
    expect(inlineList(["=A1", "x"])).toBeUndefined();
    expect(inlineList(['say "yes"', "no"])).toBeUndefined();
  });

  it("accepts exactly 255 characters and not one more", () => {
    const item = "x".repeat(INLINE_LIST_LIMIT);
    expect(inlineList([item])).toBe(item);
    expect(inlineList([item + "y"])).toBeUndefined();
    const many = Array.from({ length: 64 }, (_, i) => `${100 + i}`); // 64×3 + 63 commas = 255
    expect(inlineList(many)).toHaveLength(255);
    expect(inlineList([...many, "1"])).toBeUndefined();
  });
});

describe("lastColumn", () => {
  it("is the rightmost column anything in the write touches", () => {
    const base: SheetWrite = { name: "S", mode: "replace", exists: false, values: [] };
    expect(lastColumn(base)).toBe(-1);
    expect(lastColumn({ ...base, values: [{ row: 0, col: 1, values: [["a", "b"], ["c"]] }] })).toBe(2);
    expect(lastColumn({ ...base, columnWidths: [{ col: 9, width: 3 }] })).toBe(9);
    expect(lastColumn({ ...base, links: [{ row: 0, col: 4, sheet: "S", cell: "A1", text: "x" }] })).toBe(4);
    expect(lastColumn({ ...base, formulas: [{ row: 0, col: 3, formulas: [["=1", "=2"]] }] })).toBe(4);
    // A title merged across the page: a helper list placed inside it would lose its items.
    expect(lastColumn({ ...base, values: [{ row: 0, col: 0, values: [["标题"]] }], merges: [{ row: 0, col: 0, rows: 1, cols: 8 }] })).toBe(
      7,
    );
  });
});

describe("placeLists", () => {
  const base: SheetWrite = {
    name: "住宿分配",
    mode: "replace",
    owner: "roomAllocation",
    exists: false,
    values: [{ row: 0, col: 0, values: [["a", "b", "c"]] }],
    tables: [{ name: "T", range: { row: 0, col: 0, rows: 5, cols: 5 } }],
  };

  it("moves long lists into columns right of everything else, one blank column apart, from the validated row", () => {
    const long = Array.from({ length: 100 }, (_, i) => `房间${i}`);
    const other = Array.from({ length: 3 }, (_, i) => `北京, ${i}区`);
    const shortList: ListValidation = { range: { row: 1, col: 0, rows: 4, cols: 1 }, list: ["是", "否"], strict: true };
    const longList: ListValidation = { range: { row: 3, col: 1, rows: 2, cols: 1 }, list: long, strict: false };
    const commaList: ListValidation = { range: { row: 1, col: 2, rows: 1, cols: 1 }, list: other, strict: true };
    const { sheet, placements } = placeLists({ ...base, validations: [shortList, longList, commaList] });
    expect(placements.get(shortList)).toEqual({ inline: "是,否" });
    // The table reaches column E (index 4): one blank column, then G (index 6), then H.
    expect(placements.get(longList)).toEqual({ helperCol: 6, firstRow: 3, lastRow: 102 });
    expect(placements.get(commaList)).toEqual({ helperCol: 7, firstRow: 1, lastRow: 3 });
    expect(sheet.values.slice(1)).toEqual([
      { row: 3, col: 6, values: long.map((x) => [x]) },
      { row: 1, col: 7, values: other.map((x) => [x]) },
    ]);
    expect(sheet.values[0]).toBe(base.values[0]);
  });

  it("leaves a sheet without long lists as it is, and skips empty lists", () => {
    const empty: ListValidation = { range: { row: 1, col: 0, rows: 1, cols: 1 }, list: [], strict: true };
    const { sheet, placements } = placeLists({ ...base, validations: [empty] });
    expect(sheet).toEqual({ ...base, validations: [empty] });
    expect(sheet.values).toBe(base.values);
    expect(placements.size).toBe(0);
  });
});

describe("helperRange", () => {
  it("is the helper cells as an absolute range, in Excel's 1-based rows", () => {
    expect(helperRange({ helperCol: 6, firstRow: 3, lastRow: 102 })).toBe("$G$4:$G$103");
    expect(helperRange({ helperCol: 27, firstRow: 0, lastRow: 0 })).toBe("$AB$1:$AB$1");
  });
});
