import { check } from "../../../src/app/check";
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
