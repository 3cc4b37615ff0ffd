import ExcelJS from "exceljs";
import { createXlsxGateway, fromExcelJs } from "../../../src/xlsx";
import { readInputs } from "../../../src/app/readInputs";

function book(stray: string[]) {
  const excel = new ExcelJS.Workbook();
  const ws = excel.addWorksheet("参会人员");
  ws.addRows([
    ["姓名", "单位"],
    ["张伟", "市财政局"],
    ["李娜", "市教育局"],
  ]);
  for (const a of stray) ws.getCell(a).value = "x";
  return createXlsxGateway(fromExcelJs(excel, "book.xlsx"));
}

describe("a value typed far from the list", () => {
  it("at XFD1048576 is left out of the read, said at its cell, and the list read as it is", async () => {
    const before = process.memoryUsage().heapUsed;
    const r = await readInputs(book(["XFD1048576", "A1048576"]));
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 2 ** 20);
    expect(r.parsed.roster.records.map((p) => p.fields.name?.value)).toEqual(["张伟", "李娜"]);
    const roster = r.snapshot.sheets.find((s) => s.name === "参会人员")!;
    expect(roster.values).toHaveLength(3);
    expect(roster.strays?.sort()).toEqual(["A1048576", "XFD1048576"]);
    expect(r.parsed.findings).toContainEqual(expect.objectContaining({ id: "parse.stray-cells", sheet: "参会人员", severity: "warning" }));
  });

  it("close by, it is part of the sheet as before", async () => {
    const r = await readInputs(book(["D40"]));
    expect(r.snapshot.sheets.find((s) => s.name === "参会人员")!.strays).toBeUndefined();
    expect(r.parsed.findings.some((f) => f.id === "parse.stray-cells")).toBe(false);
  });
});
