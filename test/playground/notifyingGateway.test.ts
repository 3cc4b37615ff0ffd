import type { WritePlan } from "../../src/core/plan/writePlan";
import { notifyingGateway } from "../../src/playground/notifyingGateway";
import type { WorkbookGateway } from "../../src/workbook/gateway";

const PLAN: WritePlan = { sheets: [{ name: "检查结果", mode: "replace", exists: false, values: [{ row: 0, col: 0, values: [["x"]] }] }] };

describe("the gateway the playground gives the pane", () => {
  test("tells the shell about a write once it is in the workbook, and returns its report", async () => {
    const order: string[] = [];
    const inner: WorkbookGateway = {
      read: jest.fn(async () => ({ sheetNames: ["A"], sheets: [], owned: [] })),
      apply: jest.fn(async (_plan, onProgress) => {
        onProgress?.({ done: 1, total: 1 });
        order.push("applied");
        return { requests: 1, sheets: ["检查结果"] };
      }),
      supports: (f) => f === "checkboxes",
    };
    const heard: WritePlan[] = [];
    const gateway = notifyingGateway(inner, (plan) => {
      order.push("notified");
      heard.push(plan);
    });
    const progress = jest.fn();
    await expect(gateway.apply(PLAN, progress)).resolves.toEqual({ requests: 1, sheets: ["检查结果"] });
    expect(order).toEqual(["applied", "notified"]);
    expect(heard).toEqual([PLAN]);
    expect(progress).toHaveBeenCalledWith({ done: 1, total: 1 });
    await gateway.read(["A"], { keepWork: ["A"] });
    expect(inner.read).toHaveBeenCalledWith(["A"], { keepWork: ["A"] });
    expect(gateway.supports?.("checkboxes")).toBe(true);
  });

  test("a failed write tells nothing; a gateway without `supports` gives none", async () => {
    const inner: WorkbookGateway = {
      read: async () => ({ sheetNames: [], sheets: [], owned: [] }),
      apply: async () => Promise.reject(new Error("refused")),
    };
    const onApplied = jest.fn();
    const gateway = notifyingGateway(inner, onApplied);
    await expect(gateway.apply(PLAN)).rejects.toThrow("refused");
    expect(onApplied).not.toHaveBeenCalled();
    expect(gateway.supports).toBeUndefined();
  });
});
