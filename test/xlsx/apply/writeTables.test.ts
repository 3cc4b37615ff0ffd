import { tableHeaders } from "../../../src/xlsx/apply/writeTables";
import { openFixture, write } from "../support/books";

describe("tables", () => {
  it("header names are made the way Excel makes them", () => {
    expect(tableHeaders(["Name", "name", "", "2026", "Room\nno.", "Name"])).toEqual([
      "Name",
      "name2",
      "Column3",
      "2026",
      "Room no.",
      "Name3",
    ]);
  });

  it("header cells hold the table's column names, as text", async () => {
    const h = await openFixture({ sheets: [] });
    await h.gateway.apply({
      sheets: [
        write("T", "create", {
          values: [
            {
              row: 0,
              col: 0,
              values: [
                ["Day", 2026, ""],
                ["Mon", 1, 2],
              ],
            },
          ],
          tables: [{ name: "Days", range: { row: 0, col: 0, rows: 2, cols: 3 } }],
        }),
      ],
    });
    const sheet = (await h.inspect()).sheets[0];
    expect([sheet.cells.A1?.value, sheet.cells.B1?.value, sheet.cells.C1?.value]).toEqual(["Day", "2026", "Column3"]);
    expect(sheet.cells.B2?.value).toBe(1);
  });

  it("a header-only range gets the one empty data row Excel requires", async () => {
    const h = await openFixture({ sheets: [] });
    await h.gateway.apply({
      sheets: [
        write("T", "create", {
          values: [{ row: 0, col: 0, values: [["Task", "Owner"]] }],
          tables: [{ name: "Tasks", range: { row: 0, col: 0, rows: 1, cols: 2 }, style: "TableStyleLight9" }],
        }),
      ],
    });
    expect((await h.inspect()).sheets[0].tables).toEqual([{ name: "Tasks", range: "A1:B2" }]);
    const snap = await h.gateway.read(["T"]);
    expect(snap.sheets[0].values).toEqual([["Task", "Owner"]]);
  });
});
