import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, lang: "en", out: (...l) => stdout.push(...l), err: (...l) => stderr.push(...l) };
}

async function checkJson(build: (wb: ExcelJS.Workbook) => void) {
  const file = join(mkdtempSync(join(tmpdir(), "huiwu-bad-")), "book.xlsx");
  const wb = new ExcelJS.Workbook();
  build(wb);
  await wb.xlsx.writeFile(file);
  const io = capture();
  const code = await main(["check", file, "--json"], io);
  return { code, io, out: code <= 1 ? JSON.parse(io.stdout.join("\n")) : undefined };
}

describe("messy workbooks planners really send", () => {
  it("a roster under a merged title and merged group headings, with blank rows, formulas, #N/A and text dates", async () => {
    const { code, out } = await checkJson((wb) => {
      const ws = wb.addWorksheet("参会人员");
      ws.getCell("A1").value = "2026年度工作会议参会人员名单";
      ws.mergeCells("A1:F1");
      ws.getCell("A2").value = "基本信息";
      ws.mergeCells("A2:C2");
      ws.getCell("D2").value = "行程";
      ws.mergeCells("D2:F2");
      ws.addRow(["姓 名", "单位（全称）", "手机号码", "抵达时间", "预算", "需住宿"]);
      ws.addRow(["张伟", "市财政局", "13800138000", "2026年12月9日 15:30", "¥12,000", "是"]);
      ws.addRow([]);
      ws.addRow(["李娜", "市教育局", 13912345678, new Date(Date.UTC(2026, 11, 9, 16, 0)), "", "否"]);
      ws.addRow(["王芳", { formula: "VLOOKUP(A9,X:Y,2,FALSE)", result: { error: "#N/A" } }, "１３７００００００００", "后天", "", "Y"]);
    });
    expect(code).toBe(0);
    expect(out.summary.attendees.total).toBe(3);
    const at = (cell: string) => out.findings.filter((f: { cell: string }) => f.cell === cell).map((f: { id: string }) => f.id);
    expect(at("B7")).toEqual(["parse.error-value"]);
    expect(at("D7")).toEqual(["parse.date"]);
    // Everything else is about the sheets this workbook does not have yet.
    // Parse findings only: the workflow rules have their own tests.
    const rest = out.findings
      .filter((f: { id: string }) => f.id.startsWith("parse."))
      .filter((f: { cell: string }) => f.cell !== "B7" && f.cell !== "D7")
      .map((f: { id: string; sheet: string }) => `${f.id} ${f.sheet}`);
    expect(rest).toEqual(["parse.sheet-missing 会议信息", "parse.sheet-missing 预算", "parse.sheet-missing 任务"]);
  });

  it("an empty workbook is bad input with one clear line, not a crash", async () => {
    const { code, io } = await checkJson((wb) => wb.addWorksheet("Sheet1"));
    expect(code).toBe(2);
    expect(io.stderr).toEqual([expect.stringMatching(/^huiwu: No "Roster" sheet found/)]);
  });

  it("a roster sheet whose header cannot be recognised names the sheet and the headers it expects", async () => {
    const { code, io } = await checkJson((wb) => {
      const ws = wb.addWorksheet("Roster");
      ws.addRow(["Who", "Where from"]);
      ws.addRow(["Alice", "London"]);
    });
    expect(code).toBe(2);
    expect(io.stderr[0]).toContain('No header row found on sheet "Roster": expected a row with headers such as "Name"');
  });

  it("10,000 rows with thousands separators and currency signs read completely", async () => {
    const { code, out } = await checkJson((wb) => {
      const ws = wb.addWorksheet("Roster");
      ws.addRow(["Name", "Organisation", "Phone"]);
      for (let i = 0; i < 10_000; i++) ws.addRow([`Person ${i}`, `Org ${i % 37}`, `+44 7700 9${String(i).padStart(5, "0")}`]);
      const b = wb.addWorksheet("Budget");
      b.addRow(["Category", "Item", "Budget", "Actual"]);
      b.addRow(["Catering", "Lunch", "£12,000.50", "12,000"]);
      b.addRow(["Total", "", 24000, ""]);
    });
    expect(code).toBe(0);
    expect(out.summary.attendees.total).toBe(10_000);
    expect(out.summary.inputs.find((i: { key: string }) => i.key === "budget").rows).toBe(1);
  });
});
