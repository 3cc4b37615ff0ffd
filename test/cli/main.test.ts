import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { editParts, partText } from "../xlsx/support/packageEdit";
import type { CliIO } from "../../src/cli/io";

const SAMPLE_ZH = join(__dirname, "../../samples/annual-work-conference.zh.xlsx");

function capture(lang: "zh" | "en" = "en"): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, lang, out: (...l) => stdout.push(...l), err: (...l) => stderr.push(...l) };
}

const tmp = () => mkdtempSync(join(tmpdir(), "huiwu-cli-"));
const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");

async function writeBook(path: string, sheets: Record<string, (string | number)[][]>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  await wb.xlsx.writeFile(path);
}

describe("huiwu check", () => {
  it("prints the sheets found, the headcount and the findings of the sample, in the workbook's language", async () => {
    const io = capture("en");
    const code = await main(["check", SAMPLE_ZH, "--today", "2026-12-06"], io);
    expect(code).toBe(1); // the sample's planted mistakes include errors
    const text = io.stdout.join("\n");
    expect(text).toContain("会议：2026年度工作会议");
    expect(text).toMatch(/参会人员 ✓ 150 行/);
    expect(text).toMatch(/参会人员!Z\d+  “分组”显示错误值 #N\/A/);
    expect(io.stderr).toEqual([]);
  });

  it("writes the Issues sheet to --out and leaves the input file byte for byte as it was", async () => {
    const dir = tmp();
    const out = join(dir, "sub", "checked.xlsx");
    const before = sha(SAMPLE_ZH);
    const io = capture();
    expect(await main(["check", SAMPLE_ZH, "--out", out, "--lang", "en", "--today", "2026-12-06"], io)).toBe(1);
    expect(sha(SAMPLE_ZH)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const issues = wb.getWorksheet("Issues")!;
    expect(issues).toBeDefined();
    expect(String(issues.getCell("A1").value)).toBe("Issues — 2026年度工作会议");
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["会议信息", "参会人员", "预算", "任务", "酒店", "Issues"]));
  });

  it("prints findings as JSON with --json", async () => {
    const io = capture();
    await main(["check", SAMPLE_ZH, "--json", "--today", "2026-12-06"], io);
    const parsed = JSON.parse(io.stdout.join("\n"));
    // 150 rows: one repeats a person already listed, two are cancelled.
    expect(parsed.summary.attendees.total).toBe(147);
    expect(parsed.findings.find((f: { id: string }) => f.id === "parse.error-value")).toMatchObject({ sheet: "参会人员", cell: "Z58" });
  });

  it("exits 1 when there are findings of error severity", async () => {
    const dir = tmp();
    const file = join(dir, "book.xlsx");
    await writeBook(file, {
      Roster: [
        ["Name", "Gender"],
        ["Alice", "F"],
      ],
      Budget: [["just some notes"]],
    });
    const io = capture();
    expect(await main(["check", file], io)).toBe(1);
    expect(io.stdout.join("\n")).toContain('No header row found on sheet "Budget"');
  });

  it("exits 2 with one line and writes nothing when there is no roster", async () => {
    const dir = tmp();
    const file = join(dir, "book.xlsx");
    const out = join(dir, "out.xlsx");
    await writeBook(file, { Notes: [["nothing here"]] });
    const io = capture();
    expect(await main(["check", file, "--out", out], io)).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(/^huiwu: No "Roster" sheet found/);
    expect(existsSync(out)).toBe(false);
  });

  it("reads a CSV list as a roster named after the file", async () => {
    const file = join(tmp(), "报名表.csv");
    writeFileSync(file, "姓名,单位\n张伟,市财政局\n");
    const io = capture("en");
    expect(await main(["check", file, "--today", "2026-12-06"], io)).toBe(0);
    expect(io.stdout.join("\n")).toContain("参会人员 ← 工作表“报名表”");
  });

  it.each([
    ["a missing file", (d: string) => join(d, "nope.xlsx")],
    ["an empty CSV file", (d: string) => (writeFileSync(join(d, "a.csv"), ""), join(d, "a.csv"))],
    ["an empty file", (d: string) => (writeFileSync(join(d, "e.xlsx"), ""), join(d, "e.xlsx"))],
  ])("exits 2 with a one-line message for %s, naming the file, never a stack", async (_label, make) => {
    const file = make(tmp());
    const io = capture("zh");
    expect(await main(["check", file], io)).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toContain(file);
    expect(io.stderr[0]).not.toMatch(/\n\s+at /);
  });

  it("refuses to write over the input workbook", async () => {
    const io = capture();
    expect(await main(["check", SAMPLE_ZH, "--out", SAMPLE_ZH], io)).toBe(2);
    expect(io.stderr[0]).toContain("--out must name a new file");
  });

  it("explains usage errors in the user's language", async () => {
    const io = capture("zh");
    expect(await main(["check"], io)).toBe(2);
    expect(io.stderr[0]).toBe("huiwu: 缺少工作簿文件（.xlsx）");
    const io2 = capture("en");
    expect(await main(["check", SAMPLE_ZH, "--lang", "fr"], io2)).toBe(2);
    expect(io2.stderr[0]).toContain("--lang must be zh or en");
  });
});

describe("huiwu docs", () => {
  it("writes the five documents to --out, adds the checklist to Tasks with --tasks, and a re-run on the result adds nothing", async () => {
    const dir = tmp();
    const out = join(dir, "docs.xlsx");
    const io = capture("zh");
    expect(await main(["docs", SAMPLE_ZH, "--out", out, "--tasks"], io)).toBe(0);
    expect(io.stdout[0]).toBe("文档：会务清单、会议纪要、会议通知、参会回执、签到表、证件、证件卡片、任务");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(["会务清单", "会议纪要", "会议通知", "参会回执", "签到表", "证件", "证件卡片"]),
    );
    const again = capture("en");
    expect(await main(["docs", out, "--tasks", "--json"], again)).toBe(0);
    expect(JSON.parse(again.stdout.join("\n")).tasks).toMatchObject({ added: 0 });
  });
});

describe("huiwu init", () => {
  it("creates a new workbook with the five input sheets; the checker then asks only for the meeting's details", async () => {
    const dir = tmp();
    const file = join(dir, "new.xlsx");
    const io = capture("en");
    expect(await main(["init", file, "--lang", "en"], io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Event", "Roster", "Budget", "Tasks", "Hotels"]);
    const check = capture("en");
    await main(["check", file, "--json"], check);
    // The template reads cleanly; what is left to do is the meeting's own details on the Event sheet.
    const findings: { sheet: string; id: string }[] = JSON.parse(check.stdout.join("\n")).findings;
    expect(findings.filter((f) => f.sheet !== "Event")).toEqual([]);
    expect(findings.map((f) => f.id)).toContain("notice.element-missing");
  });

  it("adds only the missing sheets of an existing workbook, to --out", async () => {
    const dir = tmp();
    const file = join(dir, "mine.xlsx");
    await writeBook(file, { 参会人员: [["姓名"], ["张伟"]] });
    const io = capture("zh");
    expect(await main(["init", file], io)).toBe(2);
    const out = join(dir, "completed.xlsx");
    expect(await main(["init", file, "--out", out, "--lang", "zh"], io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["参会人员", "会议信息", "预算", "任务", "酒店"]);
    expect(wb.getWorksheet("参会人员")!.getCell("A2").value).toBe("张伟");
  });
});

describe("huiwu seat", () => {
  it("prints the rostrum order and the tables, and writes the Dais Seating, Table Assignment and Table Chart sheets to --out", async () => {
    const dir = tmp();
    const out = join(dir, "seated.xlsx");
    const io = capture("en");
    expect(await main(["seat", SAMPLE_ZH, "--out", out], io)).toBe(0);
    const text = io.stdout.join("\n");
    expect(text).toContain("主席台座次（面向主席台，从左到右）：");
    const row = io.stdout.find((l) => l.startsWith("  第1排: "))!;
    expect(row.replace("  第1排: ", "").split("　")).toHaveLength(9);
    expect(text).toContain("桌次安排（主陪面向门）：");
    const tables = io.stdout.filter((l) => /^  第\d+桌（\d+人）：主陪 \S+、副主陪 \S+/.test(l));
    expect(tables.length).toBeGreaterThan(1);
    expect(tables[0]).toMatch(/^  第1桌（10人）：/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const dais = wb.getWorksheet("主席台座次")!;
    expect(String(dais.getCell("A1").value)).toBe("主席台座次 — 2026年度工作会议");
    expect(String(dais.getCell("A2").value)).toBe("面向主席台（观众视角）");
    expect(String(wb.getWorksheet("桌次安排")!.getCell("A1").value)).toBe("桌次安排 — 2026年度工作会议");
    expect(String(wb.getWorksheet("桌次图")!.getCell("A1").value)).toBe("桌次图 — 2026年度工作会议");
  });

  it("says which people cannot be seated and why, writes nothing and exits 1", async () => {
    const dir = tmp();
    const input = join(dir, "small.xlsx");
    const out = join(dir, "seated.xlsx");
    await writeBook(input, {
      会议信息: [
        ["会议名称", "小型会议"],
        ["每桌人数", 10],
      ],
      参会人员: [
        ["编号", "姓名", "单位", "同行", "不同桌"],
        ["A001", "张伟", "市财政局", "A002", "李娜"],
        ["A002", "李娜", "市教育局", "", ""],
      ],
    });
    const io = capture("en");
    expect(await main(["seat", input, "--out", out], io)).toBe(1);
    const text = io.stdout.join("\n");
    expect(text).toContain("无法安排桌次：");
    expect(io.stdout.find((l) => l.includes("不同桌") && l.includes("张伟") && l.includes("李娜"))).toBeDefined();
    expect(text).toContain("未写入任何内容。");
    expect(existsSync(out)).toBe(false);
  });
});

describe("huiwu rooms", () => {
  it("allocates rooms, lists who could not be placed (exit 1) and writes the Room Allocation sheet", async () => {
    const dir = tmp();
    const out = join(dir, "rooms.xlsx");
    const io = capture("en");
    expect(await main(["rooms", SAMPLE_ZH, "--out", out], io)).toBe(1);
    expect(io.stdout[0]).toMatch(/^住宿分配：\d+ 人入住 \d+ 间房，机动房 2 间，无法安排 3 人$/);
    expect(io.stdout.filter((l) => l.startsWith("  参会人员!")).map((l) => l.trim().split(" ")[0])).toEqual([
      "参会人员!U20",
      "参会人员!U23",
      "参会人员!Q35",
      // Rows 29 and 38 are one person, housed once: said at the row to delete.
      "参会人员!B38",
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(String(wb.getWorksheet("住宿分配")!.getCell("A1").value)).toBe("住宿分配 — 2026年度工作会议");
  });
});

describe("--out from a workbook with parts ExcelJS cannot carry", () => {
  it.each(["check", "seat", "rooms"])(
    "%s keeps the charts in the copy, as they were, and leaves the original untouched",
    async (command) => {
      const dir = tmp();
      const file = join(dir, "with-chart.xlsx");
      const chart = '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>';
      writeFileSync(file, await editParts(readFileSync(SAMPLE_ZH), { "xl/charts/chart1.xml": () => chart }));
      const before = sha(file);
      const io = capture("en");
      await main([command, file, "--out", join(dir, "out.xlsx"), "--today", "2026-12-06"], io);
      expect(io.stderr.join("\n")).not.toContain("不含原工作簿");
      expect(await partText(readFileSync(join(dir, "out.xlsx")), "xl/charts/chart1.xml")).toBe(chart);
      expect(sha(file)).toBe(before);
    },
  );

  it("says what the copy lacks when it has to be written whole (a macro-enabled workbook named .xlsx)", async () => {
    const dir = tmp();
    const file = join(dir, "with-macros.xlsx");
    writeFileSync(
      file,
      await editParts(readFileSync(SAMPLE_ZH), {
        "[Content_Types].xml": (xml) =>
          xml.replace(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
          ),
        "xl/vbaProject.bin": () => "binary",
      }),
    );
    const before = sha(file);
    const io = capture("en");
    await main(["check", file, "--out", join(dir, "out.xlsx"), "--today", "2026-12-06"], io);
    expect(io.stderr.join("\n")).toContain("不含原工作簿的宏"); // in the workbook's language
    expect(sha(file)).toBe(before);
  });
});
