import type { ExcelRun } from "../../src/office/excelRun";
import { goToCell } from "../../src/office/navigate";
import { createFakeExcel } from "../fakes/fakeExcel";

function setup() {
  const fake = createFakeExcel({
    sheets: [
      { name: "Event", rows: [["Name", "Annual meeting"]] },
      { name: "Roster 2026", rows: [["Name", "Phone"]] },
      { name: "O'Brien team", rows: [] },
      { name: "参会人员", rows: [["姓名"], ["张伟"]] },
    ],
  });
  return { fake, run: fake.run as unknown as ExcelRun };
}

describe("goToCell", () => {
  it("activates the sheet and selects the cell in one round trip", async () => {
    const { fake, run } = setup();
    expect(fake.activeSheetName()).toBe("Event");
    await goToCell("参会人员", "A2", run);
    expect(fake.activeSheetName()).toBe("参会人员");
    expect(fake.selectedAddress()).toBe("'参会人员'!A2");
    expect(fake.stats).toMatchObject({ runs: 1, syncs: 1, failedSyncs: 0 });
  });

  it.each([
    ["Roster 2026", "B2:C2", "'Roster 2026'!B2:C2"],
    ["O'Brien team", "F4", "'O''Brien team'!F4"],
    ["参会人员", "Z58", "'参会人员'!Z58"],
  ])("finds the sheet %p and selects %s", async (sheet, cell, selected) => {
    const { fake, run } = setup();
    await goToCell(sheet, cell, run);
    expect(fake.activeSheetName()).toBe(sheet);
    expect(fake.selectedAddress()).toBe(selected);
  });

  it("fails for a sheet that is gone, leaving the active sheet and selection as they were", async () => {
    const { fake, run } = setup();
    await goToCell("Event", "B1", run);
    const failure = await goToCell("参会人员 (old)", "A1", run).catch((e: unknown) => e);
    // What reaches the pane today is Excel's own error: ItemNotFound, English only, not naming the sheet.
    expect(failure).toMatchObject({ code: "ItemNotFound" });
    expect(fake.activeSheetName()).toBe("Event");
    expect(fake.selectedAddress()).toBe("Event!B1");
    expect(fake.stats.failedSyncs).toBe(1);
  });

  it("explains a sheet that is gone in both languages, naming it", async () => {
    const { run } = setup();
    const failure = await goToCell("参会人员 (old)", "A1", run).catch((e: unknown) => e);
    expect(failure).toMatchObject({
      message: expect.stringContaining("参会人员 (old)"),
      messageZh: expect.stringContaining("参会人员 (old)"),
    });
  });
});
