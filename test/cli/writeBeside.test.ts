import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { openXlsxFile, saveXlsxFile } from "../../src/xlsx";
import { excelTables } from "../../src/xlsx/excelJsInternals";

/**
 * A planner turns Huiwu's badge list into a sheet of their own (its first cell retyped): the
 * next Documents run writes a new badge list beside it, and its table needs a name of its own.
 */
describe("an output written beside a sheet that keeps the old table", () => {
  it("writes the new badge list with a free table name, not an unexpected error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "huiwu-beside-"));
    const input = join(dir, "in.xlsx");
    const first = join(dir, "first.xlsx");
    const second = join(dir, "second.xlsx");
    copyFileSync(join(__dirname, "../../samples/annual-conference.en.xlsx"), input);
    const quiet: CliIO = { lang: "en", out: () => undefined, err: () => undefined };
    expect(await main(["docs", input, "--out", first], quiet)).toBeLessThan(2);

    const book = await openXlsxFile(first);
    book.excel.getWorksheet("Badges")!.getCell("A1").value = "Our speakers' badges";
    await saveXlsxFile(book, first);

    expect(await main(["docs", first, "--out", second], quiet)).toBeLessThan(2);
    const out = await openXlsxFile(second);
    expect(out.excel.getWorksheet("Badges")!.getCell("A1").value).toBe("Our speakers' badges");
    const tables = out.excel.worksheets.flatMap((ws) => excelTables(ws).map((t) => t.name));
    expect(tables.filter((t) => /^HuiwuBadges/i.test(t))).toHaveLength(2);
    expect(new Set(tables.map((t) => t.toLowerCase())).size).toBe(tables.length);
  });
});
