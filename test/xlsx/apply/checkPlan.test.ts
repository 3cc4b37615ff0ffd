import { PlanRejectedError } from "../../../src/xlsx";
import type { WritePlan } from "../../../src/core/plan/writePlan";
import { openFixture, write } from "../support/books";
import { excelTables } from "../../../src/xlsx/excelJsInternals";

const FIXTURE = {
  sheets: [
    { name: "Roster", rows: [["Name"], ["Zhang San"]] },
    { name: "Issues", rows: [["Sheet"]] },
  ],
  names: [{ name: "VatRate", formula: "=0.06" }],
};

/** A workbook with sheets Roster and Issues, a defined name, and a table RoomList on sheet Rooms. */
async function seeded() {
  const h = await openFixture(FIXTURE);
  await h.gateway.apply(
    plan(
      write("Rooms", "create", {
        values: [{ row: 0, col: 0, values: [["Room"], ["101"]] }],
        tables: [{ name: "RoomList", range: { row: 0, col: 0, rows: 2, cols: 1 } }],
      }),
    ),
  );
  return h;
}

async function expectRejected(doomed: WritePlan, pattern: RegExp): Promise<void> {
  const h = await seeded();
  const before = await h.inspect();
  const err = await h.gateway.apply(doomed).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PlanRejectedError);
  expect((err as PlanRejectedError).message).toMatch(pattern);
  expect((err as PlanRejectedError).messageZh).toMatch(/[\u4e00-\u9fff]/);
  expect(await h.inspect()).toEqual(before);
}

function plan(...sheets: WritePlan["sheets"]): WritePlan {
  return { sheets };
}

describe("plans the workbook cannot take are rejected before anything is written", () => {
  it("create over a sheet whose name differs only in case", async () => {
    await expectRejected(plan(write("New", "create"), write("ROSTER", "create")), /already has a sheet called "Roster"/);
  });

  it("a name Excel does not allow for a sheet", async () => {
    await expectRejected(plan(write("Q1/Q2", "create")), /sheet name/);
    await expectRejected(plan(write("A name that is far too long for a tab", "create")), /sheet name/);
    await expectRejected(plan(write("History", "create")), /sheet name/);
  });

  it("a table name taken by another sheet's table or by a defined name is not rejected: the table gets a free name", async () => {
    const h = await seeded();
    const table = (name: string) => ({ name, range: { row: 0, col: 0, rows: 2, cols: 1 } });
    const values = [{ row: 0, col: 0, values: [["Room"], ["102"]] }];
    await h.gateway.apply(
      plan(
        write("Other", "create", { values, tables: [table("roomlist")] }),
        write("More", "create", { values, tables: [table("VatRate")] }),
      ),
    );
    const names = h.book.excel.worksheets.flatMap((ws) => excelTables(ws).map((t) => t.name));
    expect(names.sort()).toEqual(["roomlist_2", "RoomList", "VatRate_2"].sort());
  });

  it("a table name Excel does not allow, or tables that overlap", async () => {
    const range = { row: 0, col: 0, rows: 2, cols: 2 };
    await expectRejected(plan(write("Other", "create", { tables: [{ name: "My table", range }] })), /table name/);
    await expectRejected(plan(write("Other", "create", { tables: [{ name: "B2", range }] })), /table name/);
    await expectRejected(plan(write("Other", "create", { tables: [{ name: "R1C1", range }] })), /table name/);
    await expectRejected(
      plan(
        write("Other", "create", {
          tables: [
            { name: "First", range },
            { name: "Second", range: { row: 1, col: 1, rows: 2, cols: 2 } },
          ],
        }),
      ),
      /overlaps/,
    );
  });

  it("a formula that does not start with =, or a number Excel cannot store", async () => {
    await expectRejected(
      plan(write("Other", "create", { formulas: [{ row: 0, col: 0, formulas: [["SUM(A1:A2)"]] }] })),
      /does not start with "="/,
    );
    await expectRejected(
      plan(write("Other", "create", { values: [{ row: 0, col: 0, values: [[Number.NaN]] }] })),
      /not a number Excel can store/,
    );
  });

  it("a write outside the sheet", async () => {
    await expectRejected(plan(write("Other", "create", { values: [{ row: 1_048_576, col: 0, values: [["x"]] }] })), /outside the sheet/);
  });

  it("but a replaced sheet's table name is free for its new table", async () => {
    const h = await openFixture(FIXTURE);
    const rooms = (room: string) =>
      write("Rooms", "replace", {
        exists: false,
        values: [{ row: 0, col: 0, values: [["Room"], [room]] }],
        tables: [{ name: "RoomList", range: { row: 0, col: 0, rows: 2, cols: 1 } }],
      });
    await h.gateway.apply(plan(rooms("101")));
    await h.gateway.apply(plan(rooms("102")));
    const sheet = (await h.inspect()).sheets.find((s) => s.name === "Rooms")!;
    expect(sheet.tables).toEqual([{ name: "RoomList", range: "A1:A2" }]);
    expect(sheet.cells.A2?.value).toBe("102");
  });
});
