import type { CellValue } from "../../src/core/cellValue";
import type { WritePlan } from "../../src/core/plan/writePlan";
import { chunkPlan, splitChunk } from "../../src/workbook/chunk";
import { fakeGateway } from "./fakeGateway";

const rows = (n: number, tag: string): CellValue[][] =>
  Array.from({ length: n }, (_, i) => [`${tag}${i}`, "会务助手写入的一段较长文字".repeat(3), i]);

function plan(n: number): WritePlan {
  return {
    sheets: [
      {
        name: "检查结果",
        mode: "replace",
        owner: "issues",
        exists: false,
        marker: "none",
        values: [{ row: 0, col: 0, values: rows(n, "甲") }],
      },
      {
        name: "预算审核",
        mode: "replace",
        owner: "budgetReview",
        exists: false,
        marker: "none",
        values: [{ row: 0, col: 0, values: rows(n, "乙") }],
      },
    ],
  };
}

describe("a write Excel refuses for its size", () => {
  it("is halved and retried until every piece fits, the first piece keeping the checks, and nothing is lost", async () => {
    const budget = 200_000;
    // Excel takes at most a third of what the estimate allows: every chunk, the first included, is refused at first.
    const { fake, gateway } = fakeGateway({ sheets: [{ name: "Sheet1", rows: [] }] }, { budgetBytes: budget, payloadLimit: 70_000 });
    const p = plan(4_000);
    const report = await gateway.apply(p);
    expect(report.requests).toBeGreaterThan(chunkPlan(p, budget).length);
    expect(fake.stats.errors.every((e) => e === "RequestPayloadSizeLimitExceeded")).toBe(true);
    const wb = fake.inspect();
    for (const [sheet, tag] of [
      ["检查结果", "甲"],
      ["预算审核", "乙"],
    ] as const) {
      const s = wb.sheets.find((x) => x.name === sheet)!;
      expect(Object.keys(s.cells).length).toBe(4_000 * 3);
      expect(s.cells.A4000).toEqual({ value: `${tag}3999` });
    }
  });

  it("stops with the error when one row alone is too large", async () => {
    const { fake, gateway } = fakeGateway({ sheets: [{ name: "Sheet1", rows: [] }] }, { payloadLimit: 2_000 });
    const one: WritePlan = { sheets: [{ ...plan(1).sheets[0], values: [{ row: 0, col: 0, values: [["长".repeat(3_000)]] }] }] };
    await expect(gateway.apply(one)).rejects.toThrow(/too large|过大|5 MB|size/i);
    // Refused before anything ran: no half-made sheet is left behind.
    expect(fake.inspect().sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});

describe("splitChunk", () => {
  it("cuts a chunk into parts of at most half its estimate, in order, rows of a block split", () => {
    const [chunk] = chunkPlan(plan(100));
    const parts = splitChunk(chunk);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.bytes).toBeLessThanOrEqual(Math.ceil(chunk.bytes / 2) + 1_000);
    const kinds = (c: typeof chunk) => c.ops.map((o) => o.kind).filter((k, i, a) => k !== a[i - 1]);
    expect(kinds({ ops: parts.flatMap((p) => p.ops), bytes: 0 })).toEqual(kinds(chunk));
  });
});
