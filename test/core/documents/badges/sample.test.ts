import { join } from "node:path";
import { readInputs } from "../../../../src/app/readInputs";
import { BADGE_SHEET_NAME, BADGE_TABLE_NAME, badgeSheet } from "../../../../src/core/documents/badges";
import { outputTarget } from "../../../../src/core/plan/outputTarget";
import { createXlsxGateway, openXlsxFile } from "../../../../src/xlsx";
import { excelTables } from "../../../../src/xlsx/excelJsInternals";

describe("the badge list of the Chinese sample", () => {
  it("is written as a named table at A1, and written again over itself without a name clash", async () => {
    const book = await openXlsxFile(join(__dirname, "../../../../samples/annual-work-conference.zh.xlsx"));
    const gateway = createXlsxGateway(book);
    for (let run = 0; run < 2; run++) {
      const { parsed, snapshot } = await readInputs(gateway);
      const { sheet, counts } = badgeSheet({ target: outputTarget(snapshot, "badges", BADGE_SHEET_NAME.zh), lang: "zh", parsed });
      expect(counts.attendance + counts.observer + counts.staff).toBeGreaterThan(100);
      await expect(gateway.apply({ sheets: [sheet] })).resolves.toMatchObject({ sheets: ["证件"] });
    }
    const written = (await gateway.read(["证件"])).sheets[0];
    expect(written).toMatchObject({ top: 0, left: 0 });
    expect(written.values[0].slice(0, 6)).toEqual(["证件类型", "姓名", "单位", "职务", "分组", "颜色"]);
    const tables = excelTables(book.excel.getWorksheet("证件")!);
    expect(tables.map((t) => [t.name, t.ref ?? t.tableRef])).toEqual([[BADGE_TABLE_NAME, "A1"]]);
    expect(tables[0].columns.map((c) => c.name)).toEqual(["证件类型", "姓名", "单位", "职务", "分组", "颜色"]);
  });
});
