import type { CellValue } from "../../../../src/core/cellValue";
import { rosterWriteBack } from "../../../../src/core/seating/tables/rosterWriteBack";
import type { PlannedTable } from "../../../../src/core/seating/tables/types";
import type { SheetSnapshot } from "../../../../src/workbook/gateway";
import { workbook } from "../../rules/ruleHarness";

const HEAD = ["编号", "姓名", "锁定", "桌号", "座位"];

function setup(rows: CellValue[][], header = HEAD) {
  const all = [header, ...rows];
  const width = Math.max(...all.map((r) => r.length));
  const snapshot: SheetSnapshot = {
    name: "参会人员",
    top: 0,
    left: 0,
    values: all.map((r) => [...r, ...Array<CellValue>(width - r.length).fill("")]),
  };
  const parsed = workbook({ 参会人员: all });
  return { roster: parsed.roster, snapshot };
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
    const { roster, snapshot } = setup([
      ["A001", "张伟"],
      ["A002", "李娜"],
    ]);
    const r = rosterWriteBack({
      roster,
      snapshot,
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
    const { roster, snapshot } = setup([
      ["A001", "张伟", "是", "3", "5"],
      ["A002", "李娜", "是", "3", ""],
    ]);
    const r = rosterWriteBack({
      roster,
      snapshot,
      ...plan([
        ["A001", 3, 4],
        ["A002", 3, 2],
      ]),
      lang: "zh",
    });
    expect(writes(r.sheet)).toEqual(["E3=2"]);
  });

  it("clears an unlocked table number of someone who no longer dines, counts it as replaced, and leaves unchanged cells alone", () => {
    const { roster, snapshot } = setup([
      ["A001", "张伟", "", 4, 2],
      ["A002", "李娜", "", 7, 1],
    ]);
    const r = rosterWriteBack({ roster, snapshot, ...plan([["A001", 4, 2]]), lang: "zh" });
    expect(writes(r.sheet)).toEqual(["D3=", "E3="]);
    expect(r.replaced).toBe(2);
  });

  it("writes nothing when the plan matches the roster already", () => {
    const { roster, snapshot } = setup([["A001", "张伟", "", 1, 1]]);
    expect(rosterWriteBack({ roster, snapshot, ...plan([["A001", 1, 1]]), lang: "zh" })).toEqual({ cells: 0, replaced: 0, added: [] });
  });

  it("without 桌号/座位 columns writes nothing, unless 桌号写回名单 = 是 asks for them: then adds them after the last column", () => {
    const header = ["编号", "姓名", "单位"];
    const { roster, snapshot } = setup([["A001", "张伟", "市财政局"]], header);
    const seats = plan([["A001", 2, 5]]);
    expect(rosterWriteBack({ roster, snapshot, ...seats, lang: "zh" }).sheet).toBeUndefined();
    const r = rosterWriteBack({ roster, snapshot, ...seats, setting: true, lang: "en" });
    expect(writes(r.sheet)).toEqual(["D1=Table", "D2=2", "E1=Seat", "E2=5"]);
    expect(r.added).toEqual(["Table", "Seat"]);
    expect(r.sheet!.expect).toContainEqual({ row: 0, col: 3, values: [[""]] });
  });

  it("never writes when 桌号写回名单 = 否", () => {
    const { roster, snapshot } = setup([["A001", "张伟"]]);
    expect(rosterWriteBack({ roster, snapshot, ...plan([["A001", 1, 1]]), setting: false, lang: "zh" }).sheet).toBeUndefined();
  });

  it("expects the ID column and the target headers unchanged, so a row inserted meanwhile stops the write", () => {
    const { roster, snapshot } = setup([
      ["A001", "张伟"],
      ["A002", "李娜"],
    ]);
    const r = rosterWriteBack({ roster, snapshot, ...plan([["A001", 1, 1]]), lang: "zh" });
    expect(r.sheet!.expect).toEqual([
      { row: 0, col: 0, values: [["编号"], ["A001"], ["A002"]] },
      { row: 0, col: 3, values: [["桌号"]] },
      { row: 0, col: 4, values: [["座位"]] },
    ]);
  });

  it("writes consecutive rows as one block", () => {
    const rows = Array.from({ length: 50 }, (_, i) => [`A${String(i + 1).padStart(3, "0")}`, `客${i}`]);
    const { roster, snapshot } = setup(rows);
    const seats = plan(rows.map(([id], i) => [id as string, Math.floor(i / 10) + 1, (i % 10) + 1]));
    seats.rowOf = new Map(rows.map(([id], i) => [id as string, i + 1]));
    const r = rosterWriteBack({ roster, snapshot, ...seats, lang: "zh" });
    expect(r.sheet!.values.map((b) => [b.row, b.col, b.values.length])).toEqual([
      [1, 3, 50],
      [1, 4, 50],
    ]);
  });
});
