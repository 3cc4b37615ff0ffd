import ExcelJS from "exceljs";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { openXlsxFile, saveXlsxFile } from "../../src/xlsx";
import type { CliIO } from "../../src/cli/io";

/**
 * A planner works in the documents Huiwu wrote — a formula in the checklist's notes, a link to
 * the venue's site, a link to another sheet in the minutes — and runs Documents again: the work
 * behind the values stays, on the same rows.
 */

const quiet: CliIO = { lang: "en", out: () => undefined, err: () => undefined };
const dir = mkdtempSync(join(tmpdir(), "huiwu-docs-work-"));
const input = join(dir, "conference.xlsx");
const first = join(dir, "first.xlsx");
const second = join(dir, "second.xlsx");
copyFileSync(join(__dirname, "../../samples/annual-conference.en.xlsx"), input);

async function open(path = second): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** The first table row of the checklist (under its header "ID"), 1-based. */
function firstStepRow(ws: ExcelJS.Worksheet): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === "ID") return r + 1;
  throw new Error("no checklist header");
}

const col = (ws: ExcelJS.Worksheet, header: string, headerRow: number) => {
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(headerRow, c).value === header) return c;
  throw new Error(`no column ${header}`);
};

describe("Documents re-run keeps the planner's formulas and links", () => {
  let step: { row: number; id: string; notes: number; owner: number };

  beforeAll(async () => {
    expect(await main(["docs", input, "--out", first], quiet)).toBeLessThan(2);
    // Edited and saved as Excel would: through the file adapter, which keeps the sheets' marks.
    const opened = await openXlsxFile(first);
    const wb = opened.excel;
    const ws = wb.getWorksheet("Checklist")!;
    const row = firstStepRow(ws);
    step = { row, id: String(ws.getCell(row, 1).value), notes: col(ws, "Notes", row - 1), owner: col(ws, "Owner", row - 1) };
    ws.getCell(row, step.notes).value = { formula: `A${row}&" booked"`, result: `${step.id} booked` };
    ws.getCell(row, step.owner).value = { text: "Venue team", hyperlink: "https://venue.example.com/contacts" };
    const minutes = wb.getWorksheet("Minutes")!;
    let discussion = 0;
    for (let r = 1; r <= minutes.rowCount && !discussion; r++) if (minutes.getCell(r, 1).value === "Discussion") discussion = r + 1;
    expect(discussion).toBeGreaterThan(0);
    minutes.getCell(discussion, 1).value = { formula: 'CONCATENATE("Item ","1")', result: "Item 1" };
    minutes.getCell(discussion, 2).value = "Agreed the venue";
    await saveXlsxFile(opened, first);
    expect(await main(["docs", first, "--out", second], quiet)).toBeLessThan(2);
  });

  it("keeps a formula typed into the checklist, on the step's row", async () => {
    const ws = (await open()).getWorksheet("Checklist")!;
    expect(ws.getCell(step.row, 1).value).toBe(step.id);
    expect(ws.getCell(step.row, step.notes).formula).toBe(`A${step.row}&" booked"`);
  });

  it("keeps a web link the planner put on a checklist cell", async () => {
    const ws = (await open()).getWorksheet("Checklist")!;
    expect(ws.getCell(step.row, step.owner).value).toEqual(
      expect.objectContaining({ text: "Venue team", hyperlink: "https://venue.example.com/contacts" }),
    );
  });

  it("keeps a formula in the minutes' discussion", async () => {
    const ws = (await open()).getWorksheet("Minutes")!;
    const found: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => c.formula && found.push(c.formula)));
    expect(found).toContain('CONCATENATE("Item ","1")');
  });
});
