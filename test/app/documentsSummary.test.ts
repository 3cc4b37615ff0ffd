import path from "node:path";
import { writeDocuments } from "../../src/app/documents";
import { summarizeDocuments } from "../../src/app/documentsSummary";
import type { Lang } from "../../src/core/i18n";
import { createXlsxGateway, openXlsxFile, type XlsxWorkbook } from "../../src/xlsx";

async function open(file: string) {
  const book = await openXlsxFile(path.join(__dirname, "../../samples", file));
  return { book, gateway: createXlsxGateway(book) };
}

/** Empties the value of an Event row, as a planner who has not decided it yet would leave it. */
function clearEventValue(book: XlsxWorkbook, sheet: string, key: string): string {
  const ws = book.excel.getWorksheet(sheet)!;
  let at = "";
  ws.eachRow((row, n) => {
    if (String(row.getCell(1).value) === key) {
      row.getCell(2).value = null;
      at = `A${n}`;
    }
  });
  if (!at) throw new Error(`no ${key} row on ${sheet}`);
  return at;
}

/** Writes a due date nobody can read into the first action row of the minutes. */
function badActionDue(book: XlsxWorkbook, sheet: string): string {
  const ws = book.excel.getWorksheet(sheet)!;
  let header = 0;
  ws.eachRow((row, n) => {
    if (!header && ["序号", "No."].includes(String(row.getCell(1).value))) header = n;
  });
  const row = ws.getRow(header + 1);
  row.getCell(2).value = "报送会议纪要";
  row.getCell(3).value = "王芳";
  row.getCell(4).value = "下周找时间";
  return `D${header + 1}`;
}

describe("summarizeDocuments", () => {
  test.each<[string, Lang, string[], string, string]>([
    [
      "annual-work-conference.zh.xlsx",
      "zh",
      ["会务清单", "会议纪要", "会议通知", "参会回执", "签到表", "证件", "证件卡片"],
      "着装要求",
      "会议信息",
    ],
    [
      "annual-conference.en.xlsx",
      "en",
      ["Checklist", "Minutes", "Notice", "Reply Form", "Sign-in Sheet", "Badges", "Badge Cards"],
      "dress code",
      "Event",
    ],
  ])(
    "%s: the sheets written, the counts, and the notice's placeholder by name at its Event row",
    async (file, lang, docs, dress, event) => {
      const { gateway } = await open(file);
      const summary = summarizeDocuments(await writeDocuments(gateway));
      expect(summary.lang).toBe(lang);
      expect(summary.sheetsWritten).toEqual(docs);
      expect(summary.checklistRows).toBeGreaterThan(20);
      expect(summary.signIn).toBeGreaterThan(50);
      expect(summary.badges).toBeGreaterThanOrEqual(summary.signIn);
      // Nothing filled into the minutes yet, and the checklist was not asked for.
      expect(summary.actionItems).toBe(0);
      expect(summary.tasks).toEqual({ sheet: lang === "zh" ? "任务" : "Tasks", added: 0, moved: 0, present: 0 });
      expect(summary.placeholders).toEqual([
        { key: "dressCode", element: dress, sheet: event, cell: "A14", fix: expect.stringContaining(event) },
      ]);
      // The placeholder is listed once, as a placeholder, not again among the findings; what is
      // left is the sample's one person typed twice, merged (badged and listed once) and said.
      expect(summary.findings).toEqual([
        expect.objectContaining({
          id: "roster.merged-rows",
          severity: "warning",
          cell: "B38",
          message: expect.objectContaining({ en: expect.stringMatching(/rows 29 and 38 are one person/) }),
        }),
      ]);
    },
  );

  test("with the checklist asked for, the Tasks sheet is written too and its additions counted", async () => {
    const { gateway } = await open("annual-work-conference.zh.xlsx");
    const summary = summarizeDocuments(await writeDocuments(gateway, { checklistToTasks: true }));
    expect(summary.sheetsWritten.at(-1)).toBe("任务");
    expect(summary.tasks).toEqual({ sheet: "任务", added: summary.checklistRows, moved: 0, present: 0 });
    const again = summarizeDocuments(await writeDocuments(gateway, { checklistToTasks: true }));
    expect(again.sheetsWritten).not.toContain("任务");
    expect(again.tasks).toMatchObject({ added: 0, present: summary.checklistRows });
  });

  test("names the placeholders in the pane's language, whatever the workbook's, and keeps other findings at their cells", async () => {
    const { book, gateway } = await open("annual-work-conference.zh.xlsx");
    await writeDocuments(gateway);
    const venueRow = clearEventValue(book, "会议信息", "会议地点");
    const dueCell = badActionDue(book, "会议纪要");
    const summary = summarizeDocuments(await writeDocuments(gateway, { lang: "en" }));
    expect(summary.lang).toBe("en");
    expect(summary.placeholders.map((p) => [p.element, `${p.sheet}!${p.cell}`])).toEqual([
      ["venue", `会议信息!${venueRow}`],
      ["dress code", "会议信息!A14"],
    ]);
    expect(summary.placeholders[0].fix).toMatch(/^Fill in the Venue row/);
    expect(summary.findings.filter((f) => f.id !== "roster.merged-rows")).toEqual([
      // The minutes keep their Chinese name; the message is there in both languages.
      expect.objectContaining({
        id: "minutes.due-invalid",
        sheet: "会议纪要",
        cell: dueCell,
        message: expect.objectContaining({ en: expect.stringContaining("下周找时间") }),
      }),
    ]);
  });

  test("a dry run lists nothing as written", async () => {
    const { gateway } = await open("annual-conference.en.xlsx");
    const summary = summarizeDocuments(await writeDocuments(gateway, { dryRun: true }));
    expect(summary.sheetsWritten).toEqual([]);
    expect(summary.placeholders).toHaveLength(1);
  });
});
