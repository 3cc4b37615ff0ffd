import ExcelJS from "exceljs";
import { minutesSheet, readActionItems } from "../../../../src/core/documents/minutes";
import { outputTarget } from "../../../../src/core/plan/outputTarget";
import { createXlsxGateway, fromExcelJs, openXlsxBuffer, toXlsxBuffer, type XlsxWorkbook } from "../../../../src/xlsx";
import { conference } from "./minutesHarness";

const reopen = async (wb: XlsxWorkbook) => openXlsxBuffer(await toXlsxBuffer(wb));

/** The minutes written to a real .xlsx, saved, reopened and read back as the add-in would. */
describe("the minutes through an .xlsx file", () => {
  const parsed = conference();

  async function written(): Promise<XlsxWorkbook> {
    const excel = new ExcelJS.Workbook();
    excel.addWorksheet("会议信息");
    const wb = fromExcelJs(excel);
    const snap = await createXlsxGateway(wb).read(["会议纪要"]);
    await createXlsxGateway(wb).apply({ sheets: [minutesSheet({ target: outputTarget(snap, "minutes", "会议纪要"), parsed })] });
    return reopen(wb);
  }

  it("comes back unchanged from a second run over the saved sheet", async () => {
    const wb = await written();
    const snap = await createXlsxGateway(wb).read(["会议纪要"]);
    const target = outputTarget(snap, "minutes", "会议纪要");
    const first = minutesSheet({ target, parsed });
    expect(minutesSheet({ target, parsed, previous: snap.sheets[0] })).toEqual(first);
  });

  it("gives back the action items a recorder typed in Excel, dates included", async () => {
    const wb = await written();
    const ws = wb.excel.getWorksheet("会议纪要")!;
    const header = ws.getColumn(1).values.findIndex((v) => v === "序号");
    ws.getCell(header + 1, 2).value = "印发会议纪要";
    ws.getCell(header + 1, 3).value = "周敏";
    ws.getCell(header + 1, 4).value = new Date(Date.UTC(2026, 11, 15));
    ws.getCell(header + 1, 5).value = "进行中";
    const snap = await createXlsxGateway(await reopen(wb)).read(["会议纪要"]);
    const read = readActionItems(snap.sheets[0], "zh");
    expect(read.tasks).toEqual([
      { key: "HW-M1", phase: "post", task: "印发会议纪要", owner: "周敏", due: { date: "2026-12-15" }, notes: "会议纪要" },
    ]);
    expect(read.items[0].status).toBe("inProgress");
  });
});
