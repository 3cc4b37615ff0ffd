import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";

function capture(lang: "zh" | "en" = "en"): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, lang, out: (...l) => stdout.push(...l), err: (...l) => stderr.push(...l) };
}

async function book(sheets: Record<string, (string | number)[][]>): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), "huiwu-lists-")), "list.xlsx");
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  await wb.xlsx.writeFile(path);
  return path;
}

const run = async (file: string, ...rest: string[]) => {
  const io = capture("en");
  const code = await main(["check", file, "--today", "2026-12-06", ...rest], io);
  return { code, io, out: io.stdout.join("\n") };
};

describe("huiwu check on the lists planners bring", () => {
  it("reads a list on Sheet1 with two known headers and says how", async () => {
    const { code, out } = await run(
      await book({
        Sheet1: [
          ["name", "table"],
          ["Alice Chen", 1],
          ["Bob Li", 2],
        ],
      }),
    );
    expect(code).toBe(0);
    expect(out).toContain('Roster ← sheet "Sheet1" (recognised by its name column, header on row 1)');
    expect(out).toContain("Attendees: 2 in all");
  });

  it("lists which column became which field in --json", async () => {
    const file = await book({
      Sheet1: [
        ["序号", "提交答卷时间", "1、您的姓名：", "2、您的工作单位："],
        [1, "2026/11/20", "王芳", "北京大学"],
      ],
    });
    const { io } = await run(file, "--json");
    const json = JSON.parse(io.stdout.join("\n"));
    const roster = json.understood.find((u: { sheetKey: string }) => u.sheetKey === "roster");
    expect(roster).toMatchObject({ sheet: "Sheet1", foundBy: "nameColumn", headerRow: 1, people: 1, records: 1 });
    expect(roster.columns).toEqual([
      expect.objectContaining({ field: "name", header: "1、您的姓名：", cell: "C1" }),
      expect.objectContaining({ field: "organisation", header: "2、您的工作单位：", cell: "D1" }),
    ]);
    expect(roster.kept).toEqual([
      { header: "序号", cell: "A1", why: "export" },
      { header: "提交答卷时间", cell: "B1", why: "export" },
    ]);
  });

  it("exits 2 naming the closest sheet and what it lacked, in the workbook's language", async () => {
    const { code, io } = await run(
      await book({
        Sheet1: [
          ["姓名", "爱好"],
          ["甲乙", "读书"],
        ],
      }),
    );
    expect(code).toBe(2);
    expect(io.stdout).toEqual([]);
    expect(io.stderr[0]).toContain("工作表“Sheet1”有“姓名”列，但没有会务助手认识的其他列");
  });

  it("speaks English about an English list, and --lang wins over both", async () => {
    const file = await book({
      Contacts: [
        ["Company", "Phone"],
        ["Acme Ltd", "+1 415 555 0134"],
      ],
    });
    expect((await run(file)).io.stderr[0]).toContain('Sheet "Contacts" has "Company", "Phone" but no name column');
    expect((await run(file, "--lang", "zh")).io.stderr[0]).toContain("但没有姓名列");
  });

  it("says a numbered template has nobody on it yet instead of reporting success", async () => {
    const { code, io } = await run(await book({ 参会人员: [["序号", "姓名", "单位", "电话"], [1], [2], [3]] }));
    expect(code).toBe(2);
    expect(io.stderr[0]).toContain("参会人员名单“参会人员”还没有人：3 行只有序号，没有姓名");
  });

  it("checks a budget-only workbook, the roster's rules skipped with one info line", async () => {
    const file = await book({
      预算: [
        ["类别", "项目", "预算金额", "实际金额"],
        ["会议厅费", "主会场", 30000, 28000],
        ["不可预计费用", "预留", 3000, ""],
      ],
    });
    const { code, io } = await run(file, "--json");
    expect([0, 1]).toContain(code);
    const json = JSON.parse(io.stdout.join("\n"));
    const skipped = json.findings.filter((f: { id: string }) => f.id === "rules.roster-skipped");
    expect(skipped).toHaveLength(1);
    expect(skipped[0].severity).toBe("info");
    expect(json.findings.some((f: { id: string; severity: string }) => f.id === "parse.sheet-missing" && f.severity === "error")).toBe(
      false,
    );
  });

  it("still refuses seat on a budget-only workbook, naming the missing roster", async () => {
    const file = await book({
      预算: [
        ["类别", "项目", "预算金额"],
        ["会议厅费", "主会场", 30000],
      ],
    });
    const io = capture("en");
    expect(await main(["seat", file], io)).toBe(2);
    expect(io.stderr[0]).toContain("参会人员");
  });
});
