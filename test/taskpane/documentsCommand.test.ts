import path from "node:path";
import { runDocumentsCommand } from "../../src/taskpane/documentsCommand";
import { createXlsxGateway, openXlsxFile } from "../../src/xlsx";

async function gateway() {
  return createXlsxGateway(await openXlsxFile(path.join(__dirname, "../../samples/annual-work-conference.zh.xlsx")));
}

describe("runDocumentsCommand", () => {
  test("writes in the pane's language and leaves the Tasks sheet alone unless the checklist is asked for", async () => {
    const summary = await runDocumentsCommand(await gateway(), { lang: "en", checklistToTasks: false });
    expect(summary.lang).toBe("en");
    expect(summary.sheetsWritten).toEqual(["Checklist", "Minutes", "Notice", "Reply Form", "Sign-in Sheet", "Badges", "Badge Cards"]);
    expect(summary.placeholders.map((p) => p.element)).toEqual(["dress code"]);
    expect(summary.tasks.added).toBe(0);
  });

  test("with the checklist asked for, its steps are added to the Tasks sheet", async () => {
    const summary = await runDocumentsCommand(await gateway(), { lang: "zh", checklistToTasks: true });
    expect(summary.sheetsWritten.at(-1)).toBe("任务");
    expect(summary.tasks.added).toBe(summary.checklistRows);
  });
});
