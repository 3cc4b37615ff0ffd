import { OWN_WRITE_GRACE_MS, trackWrites, watchEdits, type RunIn } from "../../src/office/watchEdits";
import type { ExcelRun } from "../../src/office/excelRun";
import { MemoryGateway } from "../fakes/memoryGateway";

type Handler = (e: Excel.WorksheetChangedEventArgs) => Promise<void>;

/** Just enough of Excel.run for the change event: one handler list, and what was removed. */
function fakeExcel() {
  const handlers: Handler[] = [];
  const removed: Handler[] = [];
  const context = {
    sync: async () => undefined,
    workbook: {
      worksheets: {
        onChanged: {
          add(h: Handler) {
            handlers.push(h);
            return { context, remove: () => removed.push(h) };
          },
        },
      },
    },
  };
  const run = (async (batch: (c: unknown) => Promise<unknown>) => batch(context)) as unknown as ExcelRun;
  const rerun: RunIn = async (_ctx, batch) => batch(context as unknown as Excel.RequestContext);
  const fire = (source: "Local" | "Remote", worksheetId = "{S1}") =>
    Promise.all(handlers.map((h) => h({ source, worksheetId } as Excel.WorksheetChangedEventArgs)));
  return { run, rerun, fire, handlers, removed };
}

describe("watching the workbook for edits", () => {
  it("reports the planner's and a co-author's edits, but not Huiwu's own writes while they land", async () => {
    let clock = 0;
    const tracked = trackWrites(new MemoryGateway({ Roster: [["Name"]] }), () => clock);
    const excel = fakeExcel();
    const edits: string[][] = [];
    const stop = await watchEdits(tracked.writingNow, excel.run, excel.rerun, () => true)((sheets) => edits.push(sheets));

    await excel.fire("Local");
    expect(edits).toEqual([["{S1}"]]);

    clock = 10_000;
    await tracked.gateway.apply({
      sheets: [{ name: "Issues", mode: "replace", exists: false, values: [{ row: 0, col: 0, values: [["x"]] }] }],
    });
    clock += OWN_WRITE_GRACE_MS - 1;
    await excel.fire("Local"); // the echo of Huiwu's own write
    await excel.fire("Remote", "{S2}"); // a co-author typing at the same moment
    expect(edits).toEqual([["{S1}"], ["{S2}"]]);

    clock += 2;
    await excel.fire("Local", "{S3}");
    expect(edits).toEqual([["{S1}"], ["{S2}"], ["{S3}"]]);

    stop();
    await Promise.resolve();
    expect(excel.removed).toEqual(excel.handlers);
  });

  it("counts a write that fails as over when it ends, and keeps reading through the same gateway", async () => {
    let clock = 0;
    const g = new MemoryGateway({ Roster: [["Name"], ["Ann"]] });
    g.apply = async () => {
      throw new Error("refused");
    };
    const tracked = trackWrites(g, () => clock);
    await expect(tracked.gateway.apply({ sheets: [] })).rejects.toThrow("refused");
    expect(tracked.writingNow()).toBe(true);
    clock += OWN_WRITE_GRACE_MS;
    expect(tracked.writingNow()).toBe(false);
    expect((await tracked.gateway.read(["Roster"])).sheets[0].values).toEqual([["Name"], ["Ann"]]);
  });

  it("watches nothing on a host without change events (before ExcelApi 1.9)", async () => {
    const excel = fakeExcel();
    const stop = await watchEdits(
      () => false,
      excel.run,
      excel.rerun,
      (_set, version) => version !== "1.9",
    )(() => undefined);
    expect(excel.handlers).toHaveLength(0);
    stop();
  });
});
