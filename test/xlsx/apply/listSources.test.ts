import { inlineList, planListSources } from "../../../src/xlsx/apply/listSources";
import { openFixture, write } from "../support/books";

describe("where a drop-down list takes its items from", () => {
  it("short plain lists are typed inline", () => {
    expect(inlineList(["已确认", "待定"])).toBe('"已确认,待定"');
  });

  it("lists Excel could not take inline are not", () => {
    expect(inlineList([])).toBeUndefined();
    expect(inlineList(["Yes, confirmed", "No"])).toBeUndefined();
    expect(inlineList([" padded", "x"])).toBeUndefined();
    expect(inlineList(["", "x"])).toBeUndefined();
    expect(inlineList(['say "hi"'])).toBeUndefined();
    expect(inlineList(Array.from({ length: 60 }, (_, i) => `Room ${i}`))).toBeUndefined();
    expect(inlineList(Array.from({ length: 25 }, (_, i) => `R${i}`))).toBeDefined();
  });

  it("a long list goes to a helper column right of everything, one column apart", () => {
    const rooms = Array.from({ length: 60 }, (_, i) => `Room ${i + 1}`);
    const { sheet, sources } = planListSources(
      write("Rooms", "create", {
        values: [{ row: 0, col: 0, values: [["Guest", "Room", "Note"]] }],
        validations: [{ range: { row: 1, col: 1, rows: 10, cols: 1 }, list: rooms, strict: true }],
      }),
    );
    const source = sources.get(sheet.validations![0]);
    expect(source).toEqual({ formula: "$E$2:$E$61", helperCol: 4 });
    expect(sheet.values[1]).toEqual({ row: 1, col: 4, values: rooms.map((r) => [r]) });
  });
});

describe("drop-down lists in the saved workbook", () => {
  it("a long list is written to a hidden helper column and the validation points at it", async () => {
    const rooms = Array.from({ length: 60 }, (_, i) => `Room ${i + 1}`);
    const h = await openFixture({ sheets: [{ name: "Roster", rows: [["Name"]] }] });
    await h.gateway.apply({
      sheets: [
        write("Rooms", "create", {
          values: [
            {
              row: 0,
              col: 0,
              values: [
                ["Guest", "Room"],
                ["Zhang San", ""],
              ],
            },
          ],
          validations: [
            { range: { row: 1, col: 1, rows: 5, cols: 1 }, list: rooms, strict: false },
            { range: { row: 1, col: 0, rows: 5, cols: 1 }, list: [], strict: true },
          ],
        }),
      ],
    });
    const excelSheet = h.book.excel.getWorksheet("Rooms")!;
    expect(excelSheet.getColumn(4).hidden).toBe(true);
    const sheet = (await h.inspect()).sheets.find((s) => s.name === "Rooms")!;
    expect(sheet.cells.D2?.value).toBe("Room 1");
    expect(sheet.cells.D61?.value).toBe("Room 60");
    expect(sheet.cells.A2?.validationList).toBeUndefined();
    const validations = (
      excelSheet as unknown as { dataValidations: { model: Record<string, { formulae: string[]; errorStyle: string }> } }
    ).dataValidations.model;
    expect(validations["B2:B6"]).toMatchObject({ formulae: ["$D$2:$D$61"], errorStyle: "warning" });
  });
});
