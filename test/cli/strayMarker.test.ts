import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { fixtureBuffer } from "../xlsx/support/fixtureBook";

const ROSTER = [["编号", "姓名", "单位"], ...Array.from({ length: 40 }, (_, i) => [`A${i + 1}`, `来宾${i + 1}`, `单位${i % 4}`])];

/** The defined name HuiwuOwned_<kind> pointing at the roster: every command reads it and writes beside it. */
describe.each(["check", "seat", "rooms", "docs"])("huiwu %s with a stray ownership marker on the roster", (command) => {
  it("keeps every roster cell and writes its own sheets beside it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "huiwu-marker-"));
    const input = join(dir, "book.xlsx");
    const kinds = ["issues", "daisSeating", "tableAssignment", "roomAllocation", "checklist", "signIn"];
    const names = kinds.map((k) => ({ name: `HuiwuOwned_${k}`, formula: "='参会人员'!$A$1" }));
    writeFileSync(input, await fixtureBuffer({ sheets: [{ name: "参会人员", rows: ROSTER }], names }));
    const out = join(dir, "out.xlsx");
    const stdout: string[] = [];
    const io: CliIO = { lang: "zh", out: (...l) => stdout.push(...l), err: (...l) => stdout.push(...l) };
    const code = await main([command, input, "--out", out, "--today", "2026-12-01"], io);
    expect(code).toBeLessThan(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const roster = wb.getWorksheet("参会人员")!;
    ROSTER.forEach((row, r) => row.forEach((v, c) => expect(roster.getCell(r + 1, c + 1).value).toBe(v)));
    expect(wb.worksheets.length).toBeGreaterThan(1);
    expect(stdout.join("\n")).toContain("带有会务助手的输出标记");
  });
});
