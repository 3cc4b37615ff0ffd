import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";

/** Long inputs never make a cell Excel would refuse: every command's output stays within 32,767 characters a cell. */
it("huiwu check, seat, rooms and docs on 2,500 people and a 40,000-character meeting name write no cell past Excel's limit", async () => {
  const dir = mkdtempSync(join(tmpdir(), "huiwu-limit-"));
  const input = join(dir, "book.xlsx");
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("会议信息").addRows([
    ["会议名称", "年会".repeat(20_000)],
    ["会议地点", "地".repeat(33_000)],
  ]);
  wb.addWorksheet("参会人员").addRows([
    ["姓名", "单位", "身份"],
    ...Array.from({ length: 2_500 }, (_, i) => [`代表${String(i + 1).padStart(4, "0")}号同志姓名`, `单位${i % 50}`, "出席"]),
  ]);
  await wb.xlsx.writeFile(input);
  for (const command of ["check", "seat", "rooms", "docs"]) {
    const out = join(dir, `${command}.xlsx`);
    const lines: string[] = [];
    const io: CliIO = { lang: "zh", out: (...l) => lines.push(...l), err: (...l) => lines.push(...l) };
    expect(await main([command, input, "--out", out, "--today", "2026-12-01"], io)).toBeLessThan(2);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    let longest = 0;
    for (const ws of written.worksheets) {
      if (ws.name === "会议信息") continue; // the planner's own sheet, kept as it came
      ws.eachRow((row) => row.eachCell((c) => (longest = Math.max(longest, typeof c.value === "string" ? c.value.length : 0))));
    }
    expect(longest).toBeLessThanOrEqual(32_767);
  }
}, 120_000);
