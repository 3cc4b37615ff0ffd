import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { WritePlan } from "../../src/core/plan/writePlan";
import { openBrowserWorkbook } from "../../src/playground/workbookInBrowser";
import { WorkbookUnavailableError } from "../../src/workbook/gateway";

const SAMPLE = join(__dirname, "..", "..", "samples", "annual-work-conference.zh.xlsx");

// Run on Node here (Node's zlib and Buffer); the playground's end-to-end test runs the same module in Chromium.
describe("the workbook the playground holds (the file adapter over bytes)", () => {
  test("opens a sample's bytes, lists its visible sheets, and saves what a write added, leaving hidden sheets off the tabs", async () => {
    const bytes = new Uint8Array(readFileSync(SAMPLE));
    const book = await openBrowserWorkbook(bytes, "annual-work-conference.zh.xlsx");
    expect(book.visibleSheets()).toEqual(["会议信息", "参会人员", "预算", "任务", "酒店"]);
    const snap = await book.gateway.read(["参会人员"]);
    expect(snap.sheets[0].values[0]).toContain("姓名");

    const plan: WritePlan = {
      sheets: [
        { name: "试写", mode: "replace", exists: false, values: [{ row: 0, col: 0, values: [["你好", 1]] }] },
        { name: "记录", mode: "replace", exists: false, values: [{ row: 0, col: 0, values: [["x"]] }], hidden: true },
      ],
    };
    await book.gateway.apply(plan);
    expect(book.visibleSheets()).toEqual(["会议信息", "参会人员", "预算", "任务", "酒店", "试写"]);
    const saved = await book.save();
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load(Buffer.from(saved) as unknown as ArrayBuffer);
    expect(excel.getWorksheet("试写")?.getCell("A1").value).toBe("你好");
    expect(excel.getWorksheet("记录")?.state).toBe("hidden");
    expect(excel.getWorksheet("参会人员")?.rowCount).toBeGreaterThan(100);
  });

  test("a list opens as one sheet named after the file; bytes that are no workbook give a bilingual error", async () => {
    const list = await openBrowserWorkbook(new TextEncoder().encode("姓名,单位\n张三,市政府\n"), "报名表.csv");
    expect(list.visibleSheets()).toEqual(["报名表"]);
    expect((await list.gateway.read(["报名表"])).sheets[0]).toMatchObject({
      values: [
        ["姓名", "单位"],
        ["张三", "市政府"],
      ],
      plainText: true,
    });

    const failure = openBrowserWorkbook(new TextEncoder().encode("not a zip"), "会务.xlsx");
    await expect(failure).rejects.toBeInstanceOf(WorkbookUnavailableError);
    await expect(failure).rejects.toMatchObject({ messageZh: expect.stringContaining("会务.xlsx") });
  });
});
