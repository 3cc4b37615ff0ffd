import type { CellValue } from "../../src/core/cellValue";
import type { WritePlan } from "../../src/core/plan/writePlan";
import { planChunks } from "../../src/office/planChunks";
import { fakeGateway } from "./fakeGateway";

/** Text written through the Office gateway stays exactly that text, whatever it looks like. */
describe("text guard, end to end through the fake Excel", () => {
  const tricky = [
    "=1+1",
    "+86 138 0013 8000",
    "0012",
    "13800138000",
    "2026-03-15",
    "TRUE",
    "@home",
    "-5",
    "50%",
    "#N/A",
    "1/2",
    "'quoted",
    "110101199003071234",
    "2026年3月15日",
  ];
  const plain = ["张伟", "北京市海淀区", "Room 5", "已确认"];

  function plan(values: CellValue[][]): WritePlan {
    return {
      sheets: [{ name: "签到表", mode: "replace", owner: "signIn", marker: "none", exists: false, values: [{ row: 0, col: 0, values }] }],
    };
  }

  it("reads back every tricky string unchanged, stored as text", async () => {
    const { fake, gateway } = fakeGateway();
    const values = [...tricky, ...plain].map((s): CellValue[] => [s]);
    await gateway.apply(plan(values));
    const snap = await gateway.read(["签到表"]);
    expect(snap.sheets[0].values).toEqual(values);
    [...tricky, ...plain].forEach((s, i) => {
      const cell = fake.cell("签到表", `A${i + 1}`)!;
      expect(cell).toMatchObject({ type: "String", value: s });
      expect(cell.formula).toBeUndefined();
    });
  });

  it("sends plain text as it is and prefixes only what needs it", () => {
    const { chunks } = planChunks(plan([...plain, "=1+1"].map((s) => [s])));
    const sent = chunks.flatMap((c) => c.ops).flatMap((o) => (o.kind === "values" ? o.values.flat() : []));
    expect(sent).toEqual([...plain, "'=1+1"]);
  });

  it("keeps numbers and booleans as numbers and booleans", async () => {
    const { fake, gateway } = fakeGateway();
    await gateway.apply(plan([[12, true, 46096.5, ""]]));
    expect(fake.cell("签到表", "A1")).toMatchObject({ type: "Double", value: 12 });
    expect(fake.cell("签到表", "B1")).toMatchObject({ type: "Boolean", value: true });
    expect(fake.cell("签到表", "C1")).toMatchObject({ type: "Double", value: 46096.5 });
    expect(fake.cell("签到表", "D1")).toBeUndefined();
  });

  it("writes a formula block as formulas, and a stray text in it as text", async () => {
    const { fake, gateway } = fakeGateway();
    await gateway.apply({
      sheets: [{ ...plan([[2], [3]]).sheets[0], formulas: [{ row: 2, col: 0, formulas: [["=A1*A2"], ["=1+1"], ["0012"]] }] }],
    });
    expect(fake.cell("签到表", "A3")!.formula).toBe("=A1*A2");
    expect(fake.cell("签到表", "A4")).toMatchObject({ formula: "=1+1", value: 2 });
    expect(fake.cell("签到表", "A5")).toMatchObject({ type: "String", value: "0012" });
  });
});
