import { buildChecklist } from "../../../../src/core/documents/checklist";
import { HEADER_ROW } from "../../../../src/core/documents/checklist";
import { meeting, snapshotOf, TARGET } from "./checklistHarness";

const wb = () => meeting({ 开始时间: "2026-12-10 09:00" }, 30);

describe("columns the planner adds to the checklist", () => {
  it("are kept on a re-run, header and values, on their rows", () => {
    const first = snapshotOf(buildChecklist({ parsed: wb(), target: TARGET }).sheet);
    const width = first.values[HEADER_ROW].length;
    // The planner adds a 经费 column and notes an amount on the notice step.
    first.values.forEach((row) => row.push(""));
    first.values[HEADER_ROW][width] = "经费";
    const notice = first.values.findIndex((row) => row[0] === "HW-B01");
    first.values[notice][width] = 1200;
    const again = buildChecklist({ parsed: wb(), target: TARGET, previous: first });
    const values = again.sheet.values[0].values;
    expect(values[HEADER_ROW][width]).toBe("经费");
    expect(values.find((row) => row[0] === "HW-B01")![width]).toBe(1200);
    expect(values.find((row) => row[0] === "HW-B02")![width]).toBe("");
    const third = buildChecklist({ parsed: wb(), target: TARGET, previous: snapshotOf(again.sheet) });
    expect(third.sheet.values).toEqual(again.sheet.values);
  });
});
