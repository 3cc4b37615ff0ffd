import type { ListValidation, SheetWrite } from "../../src/core/plan/writePlan";
import { planListSources } from "../../src/office/listSources";

describe("planListSources (Office)", () => {
  const short: ListValidation = { range: { row: 1, col: 0, rows: 4, cols: 1 }, list: ["已确认", "待确认"], strict: true };
  const long: ListValidation = {
    range: { row: 1, col: 1, rows: 4, cols: 1 },
    list: Array.from({ length: 120 }, (_, i) => `${1000 + i}室`),
    strict: false,
  };
  const write: SheetWrite = {
    name: "住宿分配",
    mode: "replace",
    owner: "roomAllocation",
    exists: false,
    values: [{ row: 0, col: 0, values: [["姓名", "房号", "城市"]] }],
    validations: [short, long],
  };

  it("gives a short list as typed text, unquoted, and a long one as a formula to its hidden helper column", () => {
    const { sheet, sources } = planListSources(write);
    expect(sources.get(short)).toEqual({ source: "已确认,待确认" });
    expect(sources.get(long)).toEqual({ source: "=$E$2:$E$121", helperCol: 4 });
    expect(sheet.values[1]).toEqual({ row: 1, col: 4, values: long.list.map((x) => [x]) });
  });
});
