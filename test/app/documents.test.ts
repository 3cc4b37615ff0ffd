import path from "node:path";
import { check } from "../../src/app/check";
import { writeDocuments } from "../../src/app/documents";
import { readInputs } from "../../src/app/readInputs";
import { localToSerial } from "../../src/core/schema/normalize/serial";
import { createXlsxGateway, openXlsxFile, type XlsxWorkbook } from "../../src/xlsx";

const SAMPLES = path.join(__dirname, "../../samples");

async function open(file: string) {
  const book = await openXlsxFile(path.join(SAMPLES, file));
  return { book, gateway: createXlsxGateway(book) };
}

/** What a recorder does after the meeting: fills the first action rows of the minutes. */
function fillActions(book: XlsxWorkbook, sheet: string, rows: [string, string, number][]): void {
  const ws = book.excel.getWorksheet(sheet)!;
  let header = 0;
  ws.eachRow((row, n) => {
    if (!header && ["序号", "No."].includes(String(row.getCell(1).value))) header = n;
  });
  rows.forEach(([item, owner, due], i) => {
    const row = ws.getRow(header + 1 + i);
    row.getCell(2).value = item;
    row.getCell(3).value = owner;
    row.getCell(4).value = due;
  });
}

describe("writeDocuments", () => {
  it.each([
    ["annual-work-conference.zh.xlsx", ["会务清单", "会议纪要", "会议通知", "参会回执", "签到表", "证件", "证件卡片"]],
    ["annual-conference.en.xlsx", ["Checklist", "Minutes", "Notice", "Reply Form", "Sign-in Sheet", "Badges", "Badge Cards"]],
  ])("writes the five documents for %s, and a second run gives the same workbook", async (file, names) => {
    const { gateway } = await open(file);
    const first = await writeDocuments(gateway);
    expect(first.sheets).toEqual(names);
    expect(first.checklistRows).toBeGreaterThan(20);
    expect(first.signIn).toBeGreaterThan(50);
    const after = await gateway.read(names);
    const second = await writeDocuments(gateway);
    const settled = (plan: typeof first.plan) => plan.sheets.map((s) => ({ ...s, exists: true, marker: "current" }));
    expect(settled(second.plan)).toEqual(settled(first.plan));
    expect((await gateway.read(names)).sheets).toEqual(after.sheets);
  });

  it("adds the checklist to the Tasks sheet once, however often it runs", async () => {
    const { gateway } = await open("annual-work-conference.zh.xlsx");
    const before = (await readInputs(gateway)).parsed.tasks.records.length;
    const first = await writeDocuments(gateway, { checklistToTasks: true });
    expect(first.tasks.added).toBe(first.checklistRows);
    const tasks = (await gateway.read(["任务"])).sheets[0];
    const again = await writeDocuments(gateway, { checklistToTasks: true });
    expect(again.tasks).toMatchObject({ added: 0, moved: 0 });
    expect(again.sheets).not.toContain("任务");
    expect((await gateway.read(["任务"])).sheets[0]).toEqual(tasks);
    expect((await readInputs(gateway)).parsed.tasks.records.length).toBe(before + first.checklistRows);
  });

  it("takes the action items filled into the minutes to the Tasks sheet, where a late one shows as overdue", async () => {
    const { book, gateway } = await open("annual-work-conference.zh.xlsx");
    await writeDocuments(gateway);
    fillActions(book, "会议纪要", [
      ["报送会议纪要", "王芳", localToSerial("2026-12-12")],
      ["结算会务费用", "李娜", localToSerial("2026-12-20")],
    ]);
    const r = await writeDocuments(gateway);
    expect(r.actionItems).toBe(2);
    expect(r.tasks.added).toBe(2);
    const tasks = (await readInputs(gateway)).parsed.tasks.records.filter((t) => t.fields.id?.value.startsWith("HW-M"));
    expect(tasks.map((t) => [t.fields.id?.value, t.fields.task?.value, t.fields.owner?.value, t.fields.due?.value.date])).toEqual([
      ["HW-M1", "报送会议纪要", "王芳", "2026-12-12"],
      ["HW-M2", "结算会务费用", "李娜", "2026-12-20"],
    ]);
    const checked = await check(gateway, { today: "2026-12-15", dryRun: true });
    const overdue = checked.findings.filter((f) => f.id === "tasks.overdue").map((f) => f.message.zh);
    expect(overdue.some((m) => m.includes("报送会议纪要"))).toBe(true);
    expect(overdue.some((m) => m.includes("结算会务费用"))).toBe(false);
    expect((await writeDocuments(gateway)).tasks.added).toBe(0);
  });
});
