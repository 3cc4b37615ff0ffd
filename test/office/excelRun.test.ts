import { defaultRun } from "../../src/office/excelRun";
import { createFakeExcel } from "../fakes/fakeExcel";

/** Excel.run as the pane calls it, against the fake installed as the global Excel. */
function host(apiMinor: number) {
  const fake = createFakeExcel({ sheets: [{ name: "Sheet1", rows: [["x"]] }] }, { apiMinor });
  Object.assign(globalThis, {
    Excel: { run: fake.run },
    Office: {
      context: { requirements: { isSetSupported: (set: string, v: string) => set === "ExcelApi" && Number(v.split(".")[1]) <= apiMinor } },
    },
  });
  return fake;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

describe("defaultRun", () => {
  it("asks Excel to wait while the planner is editing a cell, where the host can (ExcelApi 1.11)", async () => {
    const fake = host(11);
    const value = await defaultRun(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      await context.sync();
      return r.values[0][0];
    });
    expect(value).toBe("x");
    expect(fake.stats.delayedForCellEdit).toBe(1);
  });

  it("runs plainly on an older host", async () => {
    const fake = host(8);
    await defaultRun(async (context) => context.sync());
    expect(fake.stats).toMatchObject({ runs: 1, delayedForCellEdit: 0 });
  });
});
