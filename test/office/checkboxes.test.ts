import type { WritePlan } from "../../src/core/plan/writePlan";
import { fakeGateway } from "./fakeGateway";

const plan: WritePlan = {
  sheets: [
    {
      name: "清单",
      mode: "replace",
      owner: "checklist",
      marker: "none",
      exists: false,
      values: [
        {
          row: 0,
          col: 0,
          values: [
            ["步骤", "完成"],
            ["印发会议通知", true],
            ["设立签到台", false],
          ],
        },
      ],
      checkboxes: [{ row: 1, col: 1, rows: 2, cols: 1 }],
    },
  ],
};

describe("checkbox cells", () => {
  it("shows the boolean cells as checkboxes on an ExcelApi 1.18 host, in the same single request", async () => {
    const { fake, gateway } = fakeGateway(undefined, { apiMinor: 18 });
    expect(gateway.supports?.("checkboxes")).toBe(true);
    await gateway.apply(plan);
    expect(fake.stats.syncs).toBe(1);
    const sheet = fake.state.findSheet("清单")!;
    expect([1, 2].map((r) => fake.state.peek(sheet, r, 1)?.control)).toEqual(["Checkbox", "Checkbox"]);
    expect(fake.state.peek(sheet, 1, 0)?.control).toBeUndefined();
  });

  it("leaves TRUE/FALSE cells on an older host, which the fake would refuse a checkbox", async () => {
    const { fake, gateway } = fakeGateway(undefined, { apiMinor: 9 });
    expect(gateway.supports?.("checkboxes")).toBe(false);
    await gateway.apply(plan);
    expect(fake.stats.failedSyncs).toBe(0);
    const sheet = fake.state.findSheet("清单")!;
    expect(fake.state.peek(sheet, 1, 1)).toMatchObject({ value: true });
    expect(fake.state.peek(sheet, 1, 1)?.control).toBeUndefined();
  });
});
