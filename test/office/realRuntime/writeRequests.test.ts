import { check } from "../../../src/app/check";
import type { SheetWrite } from "../../../src/core/plan/writePlan";
import { createOfficeGateway } from "../../../src/office/officeGateway";
import { MAX_REQUEST_BYTES } from "../../../src/workbook/chunk";
import { generateConference } from "../../../samples/generator";
import { MemoryGateway } from "../../fakes/memoryGateway";
import { officeJsRuntime, type SentRequest } from "./officeJsRuntime";

/** The sample conference at this size: few findings, a large roster. */
async function samplePlan(attendees: number) {
  const wb = generateConference({ lang: "zh", attendees, seed: 11, mistakes: true });
  const memory = new MemoryGateway(Object.fromEntries(wb.sheets.map((s) => [s.name, s.rows])));
  return (await check(memory, { today: "2026-12-06", dryRun: true })).plan;
}

/** A messy roster: every phone one digit short, so a Check finds one problem per person. */
async function messyPlan(people: number) {
  const rows = [
    ["姓名", "电话"],
    ...Array.from({ length: people }, (_, i) => [`人员${i + 1}`, `1380013${String(i % 1000).padStart(3, "0")}`]),
  ];
  return (await check(new MemoryGateway({ 参会人员: rows }), { today: "2026-12-06", dryRun: true })).plan;
}

const isCleanup = (r: SentRequest) => r.actions.some((a) => a.Name === "_RemoveReference");

async function sent(plan: Awaited<ReturnType<typeof samplePlan>>) {
  const { run, requests } = officeJsRuntime();
  const gateway = createOfficeGateway(run, { isSetSupported: (set, v) => set === "ExcelApi" && Number(v.split(".")[1]) <= 9 });
  await gateway.apply(plan);
  // Office.js sends a run's clean-up after the run has resolved.
  await new Promise((r) => setTimeout(r, 50));
  return requests;
}

describe("what Microsoft's Office.js runtime really sends for a Check's write", () => {
  it.each([
    ["the 150-person sample", () => samplePlan(150)],
    ["a 10,000-person conference", () => samplePlan(10_000)],
    ["60,000 findings", () => messyPlan(60_000)],
  ])(
    "%s: every request under Excel on the web's 5 MB, the runtime's own clean-ups included and small",
    async (_what, plan) => {
      const requests = await sent(await plan());
      const writes = requests.filter((r) => !isCleanup(r));
      const cleanups = requests.filter(isCleanup);
      expect(writes.length).toBeGreaterThan(0);
      for (const r of requests) expect(r.bytes).toBeLessThan(MAX_REQUEST_BYTES);
      // One clean-up per run, never more than a chunk's own references (60,000 findings once sent one of 6.8 MB).
      for (const r of cleanups) expect(r.bytes).toBeLessThan(1024 * 1024);
    },
    300_000,
  );
});

describe("what the runtime sends for merges, turned text, a typeface and print settings", () => {
  const notice: SheetWrite = {
    name: "会议通知",
    mode: "create",
    exists: false,
    values: [
      {
        row: 0,
        col: 0,
        values: [
          ["关于召开年会的通知", "", "", ""],
          ["张伟", "", "", "李娜"],
        ],
      },
    ],
    merges: [{ row: 0, col: 0, rows: 1, cols: 4 }],
    formats: [
      { range: { row: 0, col: 0, rows: 1, cols: 4 }, fontName: "黑体", bold: true },
      { range: { row: 1, col: 0, rows: 1, cols: 1 }, rotation: 90 },
      { range: { row: 1, col: 3, rows: 1, cols: 1 }, rotation: -90 },
    ],
    page: {
      paper: "A4",
      margins: { top: 37, bottom: 35, left: 28, right: 26, header: 10, footer: 10 },
      footer: { center: "第 &P 页 共 &N 页", right: "R&&D" },
    },
  };
  /** A sheet written again: its old merges go before its values, its footer starts afresh. */
  const tents: SheetWrite = { name: "桌签", mode: "replace", exists: true, values: [{ row: 0, col: 0, values: [["第1桌"]] }] };

  it("names each of them in the requests, every request under 5 MB", async () => {
    const requests = await sent({ sheets: [notice, tents] });
    const actions = requests.flatMap((r) => r.actions) as (SentRequest["actions"][number] & { ArgumentInfo?: { Arguments?: unknown[] } })[];
    const named = (name: string) => actions.filter((a) => a.Name === name);
    for (const r of requests) expect(r.bytes).toBeLessThan(MAX_REQUEST_BYTES);
    // Range.merge(false): the whole range one cell.
    expect(named("Merge").map((a) => a.ArgumentInfo?.Arguments)).toEqual([[false]]);
    expect(named("Unmerge")).toHaveLength(1);
    expect(named("TextOrientation").map((a) => a.ArgumentInfo?.Arguments)).toEqual([[90], [-90]]);
    expect(named("Name").map((a) => a.ArgumentInfo?.Arguments)).toEqual([["黑体"]]);
    expect(named("PaperSize").map((a) => a.ArgumentInfo?.Arguments)).toEqual([["A4"]]);
    for (const margin of ["TopMargin", "BottomMargin", "LeftMargin", "RightMargin", "HeaderMargin", "FooterMargin"]) {
      expect(named(margin)).toHaveLength(1);
    }
    // 28 mm, in points.
    expect(named("LeftMargin")[0].ArgumentInfo?.Arguments?.[0]).toBeCloseTo(79.37, 2);
    // The notice's two parts; the replaced sheet's three, emptied.
    expect(named("CenterFooter").map((a) => a.ArgumentInfo?.Arguments)).toEqual([["第 &P 页 共 &N 页"], [""]]);
    expect(named("RightFooter").map((a) => a.ArgumentInfo?.Arguments)).toEqual([["R&&D"], [""]]);
    expect(named("LeftFooter").map((a) => a.ArgumentInfo?.Arguments)).toEqual([[""]]);
  }, 60_000);
});
