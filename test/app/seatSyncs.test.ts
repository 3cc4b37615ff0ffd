import { fillSeating } from "../../src/app/seat";
import { chunkPlan } from "../../src/workbook/chunk";
import { conference } from "../office/conference";
import { fakeGateway } from "../office/fakeGateway";

describe("Seat in Excel: round trips and a co-author's edit", () => {
  it("reads in one sync, checks the roster's IDs in one more, then writes one sync per chunk", async () => {
    const { fake, gateway } = fakeGateway(conference(300, 5).fixture);
    fake.resetStats();
    const r = await fillSeating(gateway);
    expect(r.tables.status).toBe("ok");
    expect(r.roster.cells).toBeGreaterThan(0);
    expect(fake.stats.syncs).toBe(1 + 1 + chunkPlan(r.plan).length);
    expect(r.applied?.requests).toBe(chunkPlan(r.plan).length);
  });

  it("writes nothing at all when a roster row changed between the read and the write, and names the cell", async () => {
    const { fake, gateway } = fakeGateway(conference(120, 5).fixture);
    const r = await fillSeating(gateway, { dryRun: true });
    const sheetNames = () => fake.state.sheets.map((s) => s.name);
    const before = sheetNames();
    // A co-author sorts the roster: the fifth data row now holds someone else.
    const roster = fake.state.findSheet("参会人员")!;
    fake.state.assign(fake.state.cell(roster, 5, 0), "Z999");
    const tableCol = r.parsed.roster.columns.get("table")!.col;
    const tablesBefore = fake.state.values(roster, { row: 0, col: tableCol, rows: 121, cols: 1 });
    await expect(gateway.apply(r.plan)).rejects.toThrow(/参会人员!A6|'参会人员'!A6/);
    expect(sheetNames()).toEqual(before);
    expect(fake.state.values(roster, { row: 0, col: tableCol, rows: 121, cols: 1 })).toEqual(tablesBefore);
  });
});
