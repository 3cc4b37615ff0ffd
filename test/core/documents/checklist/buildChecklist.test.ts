import { join } from "path";
import { readInputs } from "../../../../src/app/readInputs";
import { buildChecklist, CHECKLIST_SHEET_NAME } from "../../../../src/core/documents/checklist";
import { outputTarget } from "../../../../src/core/plan/outputTarget";
import { createXlsxGateway, openXlsxFile } from "../../../../src/xlsx";

const SAMPLES = join(__dirname, "../../../../samples");

/** Writes the checklist into a sample workbook, reads it back and builds it again. */
async function twice(file: string) {
  const book = await openXlsxFile(join(SAMPLES, file));
  const gateway = createXlsxGateway(book);
  const first = await readInputs(gateway);
  const lang = first.parsed.lang;
  const a = buildChecklist({ parsed: first.parsed, target: outputTarget(first.snapshot, "checklist", CHECKLIST_SHEET_NAME[lang]) });
  await gateway.apply({ sheets: [a.sheet] });
  const second = await readInputs(gateway, { alsoOwned: ["checklist"] });
  const target = outputTarget(second.snapshot, "checklist", CHECKLIST_SHEET_NAME[lang]);
  const previous = second.snapshot.sheets.find((s) => s.name === target.name);
  const b = buildChecklist({ parsed: second.parsed, target, previous });
  return { a, b, target, previous };
}

describe("the checklist on the sample workbooks", () => {
  test.each(["annual-work-conference.zh.xlsx", "annual-conference.en.xlsx"])(
    "%s: written, read back and rebuilt unchanged",
    async (file) => {
      const { a, b, target, previous } = await twice(file);
      expect(previous).toBeDefined();
      expect(target.exists).toBe(true);
      expect(b.sheet.values).toEqual(a.sheet.values);
      expect(b.rows.length).toBeGreaterThan(20);
      expect(b.tasks.every((t) => t.due && t.previousDue && t.due.date === t.previousDue.date)).toBe(true);
      expect(b.findings.filter((f) => f.id === "checklist.start-missing")).toEqual([]);
    },
  );
});
