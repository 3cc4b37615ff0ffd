import { goToCell } from "../../../src/office/navigate";
import type { ExcelRun } from "../../../src/office/excelRun";
import { createFakeExcel } from "../../fakes/fakeExcel";
import type { SelectedCell } from "./handle";
import { recordSelections, splitAddress } from "./recordSelections";

function setup() {
  const fake = createFakeExcel({
    sheets: [
      { name: "Event", rows: [["Name", "Annual meeting"]] },
      { name: "参会人员", rows: [["姓名"], ["张伟"]] },
    ],
  });
  const selections: SelectedCell[] = [];
  const run = recordSelections(fake.run, (cell) => selections.push(cell)) as unknown as ExcelRun;
  return { fake, run, selections };
}

describe("the stand-in's Range.select()", () => {
  it("selects the cell goToCell asks for, on the activated sheet, in one sync", async () => {
    const { fake, run, selections } = setup();
    expect(fake.activeSheetName()).toBe("Event");
    await goToCell("参会人员", "B2", run);
    expect(selections).toEqual([{ sheet: "参会人员", cell: "B2" }]);
    expect(fake.activeSheetName()).toBe("参会人员");
    expect(fake.stats.syncs).toBe(1);
  });

  it("selects nothing until the batch syncs, and nothing when the sync fails", async () => {
    const { fake, run, selections } = setup();
    await run(async (context) => {
      context.workbook.worksheets.getItem("Event").getRange("A1").select();
      expect(selections).toEqual([]);
      await context.sync();
    });
    expect(selections).toEqual([{ sheet: "Event", cell: "A1" }]);

    await expect(goToCell("No such sheet", "A1", run)).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(selections).toHaveLength(1);
    expect(fake.stats.failedSyncs).toBe(1);
  });

  it("reads sheet names back from quoted addresses", () => {
    expect(splitAddress("'O''Brien team'!C3:D4")).toEqual({ sheet: "O'Brien team", cell: "C3:D4" });
    expect(splitAddress("Roster!Z58")).toEqual({ sheet: "Roster", cell: "Z58" });
  });
});
