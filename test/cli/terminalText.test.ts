import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { terminalText } from "../../src/cli/terminalText";

describe("terminalText", () => {
  it("shows escape sequences, C1 controls and bidi overrides as their escapes, and keeps Chinese, tabs and line feeds", () => {
    expect(terminalText("\u001b[31m红\u001b]8;;http://x\u0007link")).toBe("\\u001b[31m红\\u001b]8;;http://x\\u0007link");
    expect(terminalText("abc\u202egpj.exe")).toBe("abc\\u202egpj.exe");
    expect(terminalText("\u009b2J")).toBe("\\u009b2J");
    expect(terminalText("张伟\t市财政局\n")).toBe("张伟\t市财政局\n");
  });

  it("keeps a JSON line parseable to the same text", () => {
    const line = JSON.stringify({ name: "abc\u202edef\u001b" });
    expect(JSON.parse(terminalText(line))).toEqual({ name: "abc\u202edef\u001b" });
  });
});

describe("huiwu on a workbook whose names carry terminal escapes", () => {
  it("prints no raw control character, in text or JSON", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "huiwu-esc-")), "book.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("参会人员").addRows([
      ["姓名", "单位", "电话"],
      ["\u001b]8;;http://evil\u0007张\u202e伟\u001b]8;;\u0007", "\u202e局政财市", "123"],
    ]);
    await wb.xlsx.writeFile(path);
    for (const command of [["check"], ["check", "--json"], ["seat"]]) {
      const lines: string[] = [];
      const io: CliIO = { lang: "zh", out: (...l) => lines.push(...l), err: (...l) => lines.push(...l) };
      await main([command[0], path, ...command.slice(1)], io);
      const all = lines.join("\n");
      expect(all).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(all).toContain("\\u202e");
    }
  });
});
