import { eventEdits } from "../../../src/core/schema/eventEdits";
import { SETTING_DEFS } from "../../../src/core/rules/settings";
import type { SheetSnapshot } from "../../../src/workbook/gateway";

const tolerance = SETTING_DEFS.find((d) => d.key === "budgetTolerance")!;
const dueSoon = SETTING_DEFS.find((d) => d.key === "taskDueSoonDays")!;

/** A planner's Event sheet starting at B3, with a 序号 column before the keys. */
const sheet: SheetSnapshot = {
  name: "会议信息",
  top: 2,
  left: 1,
  values: [
    [1, "会议名称", "年会"],
    [2, "预算容差", "", "15%"],
  ],
};

describe("eventEdits", () => {
  it("writes a setting's value where the sheet keeps it, by a synonym and past an empty cell, and expects its key unchanged", () => {
    const r = eventEdits(sheet, [{ def: tolerance, value: "20%" }], "zh");
    expect(r.write).toMatchObject({ name: "会议信息", mode: "update", exists: true });
    expect(r.write.values).toEqual([{ row: 3, col: 4, values: [["20%"]] }]);
    expect(r.write.expect).toEqual([{ row: 3, col: 2, values: [["预算容差"]] }]);
    expect(r.cells.get("budgetTolerance")).toBe("E4");
    expect(r.patched.values[1]).toEqual([2, "预算容差", "", "20%"]);
  });

  it("adds a new setting below the last row in the keys' column, expecting the cells still empty", () => {
    const r = eventEdits(sheet, [{ def: dueSoon, value: 5 }], "zh");
    expect(r.write.values).toEqual([{ row: 4, col: 2, values: [["任务临期天数", 5]] }]);
    expect(r.write.expect).toEqual([{ row: 4, col: 2, values: [["", ""]] }]);
    expect(r.patched.values).toHaveLength(3);
    expect(r.patched.values.every((row) => row.length === 4)).toBe(true);
  });

  it("picks the word for a choice in the sheet's language and skips clearing a row that is not there", () => {
    const r = eventEdits(
      sheet,
      [
        { def: dueSoon, value: "" },
        { def: tolerance, value: { zh: "二成", en: "20%" } },
      ],
      "en",
    );
    expect(r.write.values).toEqual([{ row: 3, col: 4, values: [["20%"]] }]);
  });
});
