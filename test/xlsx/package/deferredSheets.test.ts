import { readFileSync } from "node:fs";
import { join } from "node:path";
import { check } from "../../../src/app/check";
import { writeDocuments } from "../../../src/app/documents";
import { allocateHotelRooms } from "../../../src/app/rooms";
import { fillSeating } from "../../../src/app/seat";
import type { WorkbookGateway } from "../../../src/workbook/gateway";
import { createXlsxGateway, openXlsxBuffer, packXlsx, type OpenOptions } from "../../../src/xlsx";
import { firstDifference, workbookFacts } from "../support/workbookFacts";

const SAMPLES = {
  en: readFileSync(join(__dirname, "../../../samples/annual-conference.en.xlsx")),
  zh: readFileSync(join(__dirname, "../../../samples/annual-work-conference.zh.xlsx")),
};

const COMMANDS: Record<string, (g: WorkbookGateway) => Promise<{ findings?: unknown; plan?: unknown }>> = {
  check: (g) => check(g, { today: "2026-12-03" }),
  seat: (g) => fillSeating(g, {}),
  rooms: (g) => allocateHotelRooms(g, {}),
  docs: (g) => writeDocuments(g, {}),
};

/** Every sheet deferred (a threshold of 0 bytes), as the command line defers a 100,000-row roster. */
const DEFER_ALL: OpenOptions = { deferSheetsAbove: 0 };

async function run(input: Buffer, command: string, options: OpenOptions = {}) {
  const book = await openXlsxBuffer(input, "workbook", options);
  const result = await COMMANDS[command](createXlsxGateway(book));
  return { book, result, saved: await packXlsx(book) };
}

describe("sheets read from their XML instead of loaded into ExcelJS", () => {
  describe.each(Object.keys(SAMPLES) as (keyof typeof SAMPLES)[])("on the %s sample", (lang) => {
    it.each(Object.keys(COMMANDS))(
      "give the same findings, plan and saved file after %s, and again on a re-run over its output",
      async (command) => {
        let input: Buffer = SAMPLES[lang];
        for (let round = 0; round < 2; round++) {
          const loaded = await run(input, command);
          const deferred = await run(input, command, DEFER_ALL);
          expect(deferred.book.source!.deferred.size).toBeGreaterThan(3);
          expect(deferred.result).toEqual(loaded.result);
          expect(deferred.saved.path).toBe("splice");
          expect(deferred.saved.data.equals(loaded.saved.data)).toBe(true);
          input = deferred.saved.data;
        }
      },
      60_000,
    );
  });

  it.each(Object.keys(COMMANDS))(
    "and large output sheets written straight into the file, not as ExcelJS cells, look the same after %s",
    async (command) => {
      for (const lang of ["zh", "en"] as const) {
        const loaded = await run(SAMPLES[lang], command);
        const direct = await run(SAMPLES[lang], command, { ...DEFER_ALL, writeDirectAbove: 0 });
        expect(direct.saved.path).toBe("splice");
        // Seating and documents have such sheets; the Issues and room sheets link every row, so ExcelJS writes them.
        if (command === "seat" || command === "docs") expect(direct.book.source!.direct.size).toBeGreaterThan(0);
        const [a, b] = await workbookFacts(loaded.saved.data, direct.saved.data);
        expect(firstDifference(a, b)).toBeUndefined();
        // And a re-run over that output reads it as it reads its own.
        const again = await run(direct.saved.data, command, { ...DEFER_ALL, writeDirectAbove: 0 });
        const reference = await run(loaded.saved.data, command);
        expect(again.result).toEqual(reference.result);
      }
    },
    90_000,
  );

  it("are read in full again when the whole workbook must be written: the roster keeps every row", async () => {
    const loaded = await openXlsxBuffer(SAMPLES.zh);
    const deferred = await openXlsxBuffer(SAMPLES.zh, "workbook", DEFER_ALL);
    for (const book of [loaded, deferred]) await fillSeating(createXlsxGateway(book), {});
    const [a, b] = await workbookFacts((await packXlsx(loaded, { full: true })).data, (await packXlsx(deferred, { full: true })).data);
    expect(firstDifference(a, b)).toBeUndefined();
    const roster = b.sheets.find((s) => s.name === "参会人员")!;
    expect(JSON.stringify(roster).length).toBeGreaterThan(5_000);
  });

  it("show what apply wrote when read again, and refuse a plan whose expected cells a write has changed", async () => {
    const book = await openXlsxBuffer(SAMPLES.en, "workbook", DEFER_ALL);
    const gateway = createXlsxGateway(book);
    const before = await gateway.read(["Roster"]);
    const roster = before.sheets[0];
    const cell = { row: roster.top + 1, col: roster.left };
    const was = roster.values[1][0];
    await gateway.apply({ sheets: [{ name: "Roster", mode: "update", exists: true, values: [{ ...cell, values: [["changed"]] }] }] });
    const after = await gateway.read(["Roster"]);
    expect(after.sheets[0].values[1][0]).toBe("changed");
    expect(after.sheets[0].values.slice(2)).toEqual(roster.values.slice(2));
    const stale = {
      sheets: [
        {
          name: "Roster",
          mode: "update" as const,
          exists: true,
          expect: [{ ...cell, values: [[was]] }],
          values: [{ ...cell, values: [["again"]] }],
        },
      ],
    };
    await expect(gateway.apply(stale)).rejects.toThrow(/changed|no longer|still/i);
  });

  it("are not handed out: the ExcelJS workbook of such a file cannot be used directly", async () => {
    const book = await openXlsxBuffer(SAMPLES.en, "workbook", DEFER_ALL);
    expect(() => book.excel.worksheets).toThrow(/deferred/);
  });
});
