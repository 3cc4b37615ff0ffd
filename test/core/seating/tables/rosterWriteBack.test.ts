import type { CellValue } from "../../../../src/core/cellValue";
import { rosterWriteBack } from "../../../../src/core/seating/tables/rosterWriteBack";
import type { PlannedTable } from "../../../../src/core/seating/tables/types";
import type { SheetSnapshot } from "../../../../src/workbook/gateway";
import { plannersPlacements } from "../../../../src/core/record/plannersPlacements";
import { workbook } from "../../rules/ruleHarness";

const HEAD = ["编号", "姓名", "锁定", "桌号", "座位"];

/** The roster and its snapshot; `record` says what Huiwu wrote last time (row key → table, seat). */
function setup(rows: CellValue[][], header = HEAD, record: Record<string, [string, string]> = {}) {
  const all = [header, ...rows];
  const width = Math.max(...all.map((r) => r.length));
  const snapshot: SheetSnapshot = {
    name: "参会人员",
    top: 0,
    left: 0,
    values: all.map((r) => [...r, ...Array<CellValue>(width - r.length).fill("")]),
  };
  const parsed = workbook({ 参会人员: all });
  const recorded = new Map(Object.entries(record).map(([k, [table, seat]]) => [k, { table, seat }]));
  return { roster: parsed.roster, snapshot, placements: plannersPlacements(parsed.roster, recorded) };
}

/** Guests A001… seated as given: [id, table, seat]. */
function plan(seats: [string, number, number][]): { tables: PlannedTable[]; rowOf: Map<string, number> } {
  const byTable = new Map<number, PlannedTable>();
  for (const [id, table, seat] of seats) {
    const t = byTable.get(table) ?? { table, capacity: 10, guests: [] };
    t.guests.push({ id, name: id, seat, role: seat === 1 ? "host" : "guest" });
    byTable.set(table, t);
  }
  const rowOf = new Map(seats.map(([id]) => [id, Number(id.slice(1))]));
  return { tables: [...byTable.values()], rowOf };
}

/** Cell → value of every write, as "D2=3". */
function writes(sheet: ReturnType<typeof rosterWriteBack>["sheet"]): string[] {
  return (sheet?.values ?? []).flatMap((b) => b.values.map((r, i) => `${"ABCDEFGH"[b.col]}${b.row + i + 1}=${r[0]}`)).sort();
}

describe("rosterWriteBack", () => {
  it("writes each diner's table and seat into the roster's own columns, as an update of that sheet only", () => {
    const { roster, snapshot, placements } = setup([
      ["A001", "张伟"],
      ["A002", "李娜"],
    ]);
    const r = rosterWriteBack({
      roster,
      snapshot,
      placements,
      ...plan([
        ["A001", 1, 1],
        ["A002", 2, 3],
      ]),
      lang: "zh",
    });
    expect(r.sheet).toMatchObject({ name: "参会人员", mode: "update", exists: true });
    expect(r.sheet!.owner).toBeUndefined();
    expect(writes(r.sheet)).toEqual(["D2=1", "D3=2", "E2=1", "E3=3"]);
    expect(r).toMatchObject({ cells: 4, replaced: 0, added: [] });
  });

  it("keeps a locked row's table and seat as typed, and gives a locked row without a seat the plan's seat", () => {
    const { roster, snapshot, placements } = setup([
      ["A001", "张伟", "是", "3", "5"],
      ["A002", "李娜", "是", "3", ""],
    ]);
    const r = rosterWriteBack({
      roster,
      snapshot,
      placements,
      ...plan([
        ["A001", 3, 4],
        ["A002", 3, 2],
      ]),
      lang: "zh",
    });
    expect(writes(r.sheet)).toEqual(["E3=2"]);
  });

  it("clears Huiwu's own table number of someone who no longer dines, counts it as replaced, and leaves unchanged cells alone", () => {
    const { roster, snapshot, placements } = setup(
      [
        ["A001", "张伟", "", 4, 2],
        ["A002", "李娜", "", 7, 1],
      ],
      HEAD,
      { "id:a001": ["4", "2"], "id:a002": ["7", "1"] },
    );
    const r = rosterWriteBack({ roster, snapshot, placements, ...plan([["A001", 4, 2]]), lang: "zh" });
    expect(writes(r.sheet)).toEqual(["D3=", "E3="]);
    expect(r.replaced).toBe(2);
  });

  it("writes nothing when the plan matches the roster already", () => {
    const { roster, snapshot, placements } = setup([["A001", "张伟", "", 1, 1]], HEAD, { "id:a001": ["1", "1"] });
    expect(rosterWriteBack({ roster, snapshot, placements, ...plan([["A001", 1, 1]]), lang: "zh" })).toMatchObject({
      cells: 0,
      replaced: 0,
      added: [],
      record: new Map([["id:a001", { table: "1", seat: "1" }]]),
    });
  });

  it("without 桌号/座位 columns writes nothing, unless 桌号写回名单 = 是 asks for them: then adds them after the last column", () => {
    const header = ["编号", "姓名", "单位"];
    const { roster, snapshot, placements } = setup([["A001", "张伟", "市财政局"]], header);
    const seats = plan([["A001", 2, 5]]);
    expect(rosterWriteBack({ roster, snapshot, placements, ...seats, lang: "zh" }).sheet).toBeUndefined();
    const r = rosterWriteBack({ roster, snapshot, placements, ...seats, setting: true, lang: "en" });
    expect(writes(r.sheet)).toEqual(["D1=Table", "D2=2", "E1=Seat", "E2=5"]);
    expect(r.added).toEqual(["Table", "Seat"]);
    expect(r.sheet!.expect).toContainEqual({ row: 0, col: 3, values: [[""]] });
  });

  it("never writes when 桌号写回名单 = 否", () => {
    const { roster, snapshot, placements } = setup([["A001", "张伟"]]);
    expect(rosterWriteBack({ roster, snapshot, placements, ...plan([["A001", 1, 1]]), setting: false, lang: "zh" }).sheet).toBeUndefined();
  });

  it("expects the ID column and the target headers unchanged, so a row inserted meanwhile stops the write", () => {
    const { roster, snapshot, placements } = setup([
      ["A001", "张伟"],
      ["A002", "李娜"],
    ]);
    const r = rosterWriteBack({ roster, snapshot, placements, ...plan([["A001", 1, 1]]), lang: "zh" });
    expect(r.sheet!.expect).toEqual([
      { row: 0, col: 0, values: [["编号"], ["A001"], ["A002"]] },
      { row: 0, col: 3, values: [["桌号"]] },
      { row: 0, col: 4, values: [["座位"]] },
    ]);
  });

  it("writes consecutive rows as one block", () => {
    const rows = Array.from({ length: 50 }, (_, i) => [`A${String(i + 1).padStart(3, "0")}`, `客${i}`]);
    const { roster, snapshot, placements } = setup(rows);
    const seats = plan(rows.map(([id], i) => [id as string, Math.floor(i / 10) + 1, (i % 10) + 1]));
    seats.rowOf = new Map(rows.map(([id], i) => [id as string, i + 1]));
    const r = rosterWriteBack({ roster, snapshot, placements, ...seats, lang: "zh" });
    expect(r.sheet!.values.map((b) => [b.row, b.col, b.values.length])).toEqual([
      [1, 3, 50],
      [1, 4, 50],
    ]);
  });

  it("keeps a table the planner typed (not Huiwu's) as if locked, and gives it the plan's seat", () => {
    const { roster, snapshot, placements } = setup([
      ["A001", "张伟", "", "3", ""],
      ["A002", "李娜", "", "", ""],
    ]);
    const r = rosterWriteBack({
      roster,
      snapshot,
      placements,
      ...plan([
        ["A001", 3, 2],
        ["A002", 1, 1],
      ]),
      lang: "zh",
    });
    expect(writes(r.sheet)).toEqual(["D3=1", "E2=2", "E3=1"]);
    expect(r).toMatchObject({ kept: 1, replaced: 0 });
    // The planner's table is not recorded as Huiwu's, so the next run keeps it too; the seat Huiwu wrote is.
    expect(r.record).toEqual(
      new Map([
        ["id:a001", { table: "", seat: "2" }],
        ["id:a002", { table: "1", seat: "1" }],
      ]),
    );
  });

  it("keeps a table the planner changed from Huiwu's, and replaces one still as Huiwu wrote it", () => {
    const { roster, snapshot, placements } = setup(
      [
        ["A001", "张伟", "", "5", "1"],
        ["A002", "李娜", "", "2", "3"],
      ],
      HEAD,
      { "id:a001": ["4", "1"], "id:a002": ["2", "3"] },
    );
    const r = rosterWriteBack({
      roster,
      snapshot,
      placements,
      ...plan([
        ["A001", 5, 4],
        ["A002", 6, 1],
      ]),
      lang: "zh",
    });
    expect(writes(r.sheet)).toEqual(["D3=6", "E2=4", "E3=1"]);
  });

  it("hands a typed table back to the plan when 锁定 = 否", () => {
    const { roster, snapshot, placements } = setup([["A001", "张伟", "否", "5", ""]]);
    expect(placements.size).toBe(0);
    const r = rosterWriteBack({ roster, snapshot, placements, ...plan([["A001", 2, 3]]), lang: "zh" });
    expect(writes(r.sheet)).toEqual(["D2=2", "E2=3"]);
  });

  it("writes the seats of a row of several people together, and a planner's table name as it is", () => {
    const { roster, snapshot, placements } = setup([["A001", "张伟", "", "", ""]]);
    const tables: PlannedTable[] = [
      {
        table: 7,
        label: "亲友",
        capacity: 10,
        guests: [
          { id: "A001", name: "张伟", seat: 6, role: "guest" },
          { id: "A001#2", name: "张伟的同行人员", seat: 5, role: "guest" },
        ],
      },
    ];
    const r = rosterWriteBack({
      roster,
      snapshot,
      placements,
      tables,
      rowOf: new Map([
        ["A001", 1],
        ["A001#2", 1],
      ]),
      lang: "zh",
    });
    expect(writes(r.sheet)).toEqual(["D2=亲友", "E2=5、6"]);
  });
});
