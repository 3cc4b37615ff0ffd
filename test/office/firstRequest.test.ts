import { queueFirstChunk, TRACE, whereItFailed } from "../../src/office/firstRequest";
import { WriteSession } from "../../src/office/writeSession";
import type { ChunkOp } from "../../src/workbook/chunk";
import { createFakeExcel } from "../fakes/fakeExcel";

/** Runs one first chunk against a fake workbook holding sheet "A" (marked) and "Taken"; gives where it failed. */
async function failAt(ops: ChunkOp[]): Promise<ReturnType<typeof whereItFailed> | "no failure"> {
  const fake = createFakeExcel({
    sheets: [
      { name: "A", rows: [["a"]] },
      { name: "Taken", rows: [] },
    ],
    names: [{ name: "HuiwuOwned_issues", formula: "=A!$A$1" }],
  });
  return fake.run(async (context) => {
    const ctx = context as unknown as Excel.RequestContext;
    queueFirstChunk(new WriteSession(ctx, new Map()), ops);
    try {
      await ctx.sync();
      return "no failure" as const;
    } catch (e) {
      return whereItFailed(e);
    }
  });
}

const checks: ChunkOp[] = [
  { kind: "expectSheet", sheet: "A" },
  { kind: "expectMarker", sheet: "A", owner: "issues", state: "current" },
];

describe("the first request's trace messages", () => {
  it("tell a failed check", async () => {
    expect(
      await failAt([
        { kind: "expectSheet", sheet: "Gone" },
        { kind: "addSheet", sheet: "B" },
      ]),
    ).toEqual({ at: "checks" });
    expect(await failAt([...checks, { kind: "expectMarker", sheet: "A", owner: "checklist", state: "stale" }])).toEqual({ at: "checks" });
  });

  it("tell a failed add, with the sheets added before it", async () => {
    expect(
      await failAt([...checks, { kind: "addSheet", sheet: "B" }, { kind: "addSheet", sheet: "C" }, { kind: "addSheet", sheet: "taken" }]),
    ).toEqual({ at: "adds", added: ["B", "C"] });
    expect(await failAt([{ kind: "addSheet", sheet: "Taken" }])).toEqual({ at: "adds", added: [] });
  });

  it("tell a failure after the adds", async () => {
    const bad: ChunkOp = { kind: "table", sheet: "A", table: { name: "1 bad", range: { row: 0, col: 0, rows: 1, cols: 1 } } };
    expect(await failAt([...checks, { kind: "addSheet", sheet: "B" }, bad])).toEqual({ at: "writes" });
    expect(await failAt([bad])).toEqual({ at: "writes" });
  });

  it("are not needed when all goes well", async () => {
    expect(await failAt([...checks, { kind: "addSheet", sheet: "B" }, { kind: "clearSheet", sheet: "A" }])).toBe("no failure");
  });

  it("say nothing when the host reported none", () => {
    expect(whereItFailed(Object.assign(new Error("x"), { code: "ItemNotFound" }))).toEqual({ at: "unknown" });
    expect(whereItFailed({ traceMessages: [] })).toEqual({ at: "unknown" });
    expect(whereItFailed(undefined)).toEqual({ at: "unknown" });
    expect(whereItFailed({ traceMessages: [TRACE.start, TRACE.checked, `${TRACE.added}会议信息`] })).toEqual({
      at: "adds",
      added: ["会议信息"],
    });
  });
});
