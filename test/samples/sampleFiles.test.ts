import * as path from "path";
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/core/cellValue";
import { dateSerial } from "../../samples/generator/excelDate";
import { generateConference } from "../../samples/generator";
import { SAMPLE_FILES } from "../../samples/sampleFiles";

/** An ExcelJS cell value as the generator's CellValue: dates back to serials, empty as "". */
function plain(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) {
    const day = dateSerial({ year: v.getUTCFullYear(), month: v.getUTCMonth() + 1, day: v.getUTCDate() });
    return day + (v.getUTCHours() * 60 + v.getUTCMinutes()) / 1440;
  }
  if (typeof v === "object") throw new Error(`unexpected cell ${JSON.stringify(v)}`);
  return v;
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(__dirname, "../../samples", file));
  return wb;
}

describe.each(SAMPLE_FILES.map((s) => [s.file, s] as const))("%s", (file, sample) => {
  const generated = generateConference(sample.options);
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await open(file);
  });

  it("has the five sheets, the four lists as Excel tables with a frozen header", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(generated.sheets.map((s) => s.name));
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      const tables = ws.getTables();
      const sheet = generated.sheets.find((s) => s.name === ws.name)!;
      expect(tables).toHaveLength(sheet.key === "event" ? 0 : 1);
    }
  });

  it("holds the generator's current rows (regenerate with samples/generate.ts after a change)", () => {
    for (const sheet of generated.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      sheet.rows.forEach((row, r) => {
        const got = row.map((_, c) => plain(ws.getCell(r + 1, c + 1).value));
        got.forEach((v, c) => {
          if (typeof v === "number") expect(v).toBeCloseTo(row[c] as number, 6);
          else expect(v).toBe(row[c]);
        });
      });
    }
  });

  it("stores dates as dates, amounts as currency and IDs and phones as text", () => {
    const roster = wb.getWorksheet(generated.sheets[1].name)!;
    const r = generated.sheets[1];
    const arrival = roster.getColumn(r.dateColumns[0] + 1);
    let dates = 0;
    arrival.eachCell((cell, n) => {
      if (n > 1 && cell.value instanceof Date) {
        dates++;
        expect(cell.numFmt).toBe("yyyy-mm-dd hh:mm");
      }
    });
    expect(dates).toBeGreaterThan(10);
    for (const c of r.textColumns) {
      roster.getColumn(c + 1).eachCell((cell, n) => {
        if (n > 1 && cell.value !== null) {
          expect(typeof cell.value).toBe("string");
          expect(cell.numFmt).toBe("@");
        }
      });
    }
    const budget = wb.getWorksheet(generated.sheets[2].name)!;
    expect(budget.getCell("E2").numFmt).toMatch(sample.options.lang === "zh" ? /¥/ : /£/);
    const hotels = wb.getWorksheet(generated.sheets[4].name)!;
    expect(hotels.getCell("F2").numFmt).toBe("yyyy/m/d");
  });
});
