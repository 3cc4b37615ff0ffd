import type { SheetWrite } from "../../src/core/plan/writePlan";
import { fakeGateway } from "./fakeGateway";

/** Table tents: a name turned +90 and -90 so it reads from both sides of the fold, in 黑体. */
function tents(): SheetWrite {
  return {
    name: "桌签",
    mode: "create",
    exists: false,
    values: [{ row: 0, col: 0, values: [["张伟", "张伟", "会议议程"]] }],
    formats: [
      { range: { row: 0, col: 0, rows: 1, cols: 2 }, fontName: "黑体", fontSize: 48 },
      { range: { row: 0, col: 0, rows: 1, cols: 1 }, rotation: 90 },
      { range: { row: 0, col: 1, rows: 1, cols: 1 }, rotation: -90 },
      { range: { row: 0, col: 2, rows: 1, cols: 1 }, fontName: "仿宋", rotation: 0 },
    ],
  };
}

describe("cell formats through Office", () => {
  it("gives the cells their typeface and turns their text", async () => {
    const { fake, gateway } = fakeGateway();
    await gateway.apply({ sheets: [tents()] });
    expect(fake.stats.failedSyncs).toBe(0);
    const a1 = fake.cell("桌签", "A1");
    const b1 = fake.cell("桌签", "B1");
    const c1 = fake.cell("桌签", "C1");
    expect([a1?.fontName, b1?.fontName, c1?.fontName]).toEqual(["黑体", "黑体", "仿宋"]);
    expect([a1?.textOrientation, b1?.textOrientation, c1?.textOrientation]).toEqual([90, -90, 0]);
    expect(a1?.fontSize).toBe(48);
    expect(fake.stats.syncs).toBe(1);
  });

  it("leaves a cell's typeface and angle alone where the plan does not set them", async () => {
    const { fake, gateway } = fakeGateway();
    const sheet = tents();
    await gateway.apply({ sheets: [{ ...sheet, formats: [{ range: { row: 0, col: 0, rows: 1, cols: 1 }, bold: true }] }] });
    expect(fake.cell("桌签", "A1")?.fontName).toBeUndefined();
    expect(fake.cell("桌签", "A1")?.textOrientation).toBeUndefined();
  });

  it("a replaced sheet loses its old typefaces and angles with its other formats", async () => {
    const { fake, gateway } = fakeGateway();
    await gateway.apply({ sheets: [{ ...tents(), owner: "tableTents", marker: "none" }] });
    await gateway.apply({
      sheets: [{ ...tents(), owner: "tableTents", marker: "current", mode: "replace", exists: true, formats: [] }],
    });
    expect(fake.cell("桌签", "A1")?.value).toBe("张伟");
    expect(fake.cell("桌签", "A1")?.fontName).toBeUndefined();
    expect(fake.cell("桌签", "A1")?.textOrientation).toBeUndefined();
  });
});
