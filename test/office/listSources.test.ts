import type { SheetWrite } from "../../src/core/plan/writePlan";
import { inlineListSource, LIST_SOURCE_LIMIT, planListSources } from "../../src/office/listSources";

describe("inlineListSource", () => {
  it("joins a short list with commas", () => {
    expect(inlineListSource(["已确认", "待确认", "请假", "取消"])).toBe("已确认,待确认,请假,取消");
  });

  it("refuses what Excel cannot take inline", () => {
    expect(inlineListSource([])).toBeUndefined();
    expect(inlineListSource(["北京, 海淀", "上海"])).toBeUndefined();
    expect(inlineListSource([" 是", "否"])).toBeUndefined();
    expect(inlineListSource(["", "否"])).toBeUndefined();
    expect(inlineListSource(["=A1", "x"])).toBeUndefined();
    expect(inlineListSource(['say "yes"', "no"])).toBeUndefined();
  });

  it("accepts exactly 255 characters and not one more", () => {
    const item = "x".repeat(LIST_SOURCE_LIMIT);
    expect(inlineListSource([item])).toBe(item);
    expect(inlineListSource([item + "y"])).toBeUndefined();
    const many = Array.from({ length: 64 }, (_, i) => `${100 + i}`); // 64×3 + 63 commas = 255
    expect(inlineListSource(many)).toHaveLength(255);
    expect(inlineListSource([...many, "1"])).toBeUndefined();
  });
});

describe("planListSources", () => {
  const base: SheetWrite = {
    name: "住宿分配",
    mode: "replace",
    owner: "roomAllocation",
    exists: false,
    values: [{ row: 0, col: 0, values: [["a", "b", "c"]] }],
    tables: [{ name: "T", range: { row: 0, col: 0, rows: 5, cols: 5 } }],
  };

  it("moves long lists into columns right of everything else, starting on the validated row", () => {
    const long = Array.from({ length: 100 }, (_, i) => `房间${i}`);
    const shortList = { range: { row: 1, col: 0, rows: 4, cols: 1 }, list: ["是", "否"], strict: true };
    const longList = { range: { row: 3, col: 1, rows: 2, cols: 1 }, list: long, strict: false };
    const { sheet, sources } = planListSources({ ...base, validations: [shortList, longList] });
    expect(sources.get(shortList)).toEqual({ source: "是,否" });
    // The table reaches column E (index 4): one blank column, then G (index 6).
    expect(sources.get(longList)).toEqual({ source: "=$G$4:$G$103", helperCol: 6 });
    expect(sheet.values.slice(1)).toEqual([{ row: 3, col: 6, values: long.map((x) => [x]) }]);
    expect(sheet.values[0]).toBe(base.values[0]);
  });

  it("leaves a sheet without long lists as it is, and skips empty lists", () => {
    const empty = { range: { row: 1, col: 0, rows: 1, cols: 1 }, list: [], strict: true };
    const { sheet, sources } = planListSources({ ...base, validations: [empty] });
    expect(sheet.values).toBe(base.values);
    expect(sources.size).toBe(0);
  });
});
