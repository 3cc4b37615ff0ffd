import { check } from "../../../src/app/check";
import { writeDocuments } from "../../../src/app/documents";
import { fillSeating } from "../../../src/app/seat";
import type { WritePlan } from "../../../src/core/plan/writePlan";
import { createOfficeGateway } from "../../../src/office/officeGateway";
import { generateConference } from "../../../samples/generator";
import { fakeGateway } from "../../office/fakeGateway";
import { officeJsRuntime } from "../../office/realRuntime/officeJsRuntime";
import { MemoryGateway } from "../memoryGateway";

const api19 = (set: string, v: string) => set === "ExcelApi" && Number(v.split(".")[1]) <= 9;
/** The runtime harness answers no queries: the check of what the read saw is left out of both. */
const writeOnly = (plan: WritePlan): WritePlan => ({ sheets: plan.sheets.map(({ expect: _, ...s }) => s) });

function sample(): MemoryGateway {
  const wb = generateConference({ lang: "zh", attendees: 150, seed: 11, mistakes: true });
  return new MemoryGateway(Object.fromEntries(wb.sheets.map((s) => [s.name, s.rows])));
}

async function runtimeBytes(plan: WritePlan): Promise<number[]> {
  const { run, requests } = officeJsRuntime();
  await createOfficeGateway(run, { isSetSupported: api19 }).apply(plan);
  await new Promise((r) => setTimeout(r, 50));
  return requests.filter((r) => !r.actions.some((a) => a.Name === "_RemoveReference")).map((r) => r.bytes);
}

async function fakeBytes(plan: WritePlan, memory: MemoryGateway): Promise<number[]> {
  const { fake, gateway } = fakeGateway({ sheets: [...memory.sheets].map(([name, rows]) => ({ name, rows })) });
  fake.resetStats();
  await gateway.apply(plan);
  return fake.stats.requestBytes;
}

describe("the fake counts the bytes Microsoft's Office.js runtime sends", () => {
  it.each([
    ["check", (m: MemoryGateway) => check(m, { today: "2026-12-06", dryRun: true })],
    ["seat", (m: MemoryGateway) => fillSeating(m, { dryRun: true })],
    ["docs", (m: MemoryGateway) => writeDocuments(m, { dryRun: true })],
  ])(
    "%s on the 150-person sample: every request within 5%",
    async (_command, plan) => {
      const memory = sample();
      const written = writeOnly((await plan(memory)).plan);
      const real = await runtimeBytes(written);
      const counted = await fakeBytes(written, memory);
      expect(counted).toHaveLength(real.length);
      counted.forEach((bytes, i) => expect(Math.abs(bytes / real[i] - 1)).toBeLessThan(0.05));
    },
    60_000,
  );

  it("a sheet with merges, turned text, a typeface, paper, margins and a footer, written afresh: every request within 5%", async () => {
    const memory = sample();
    const name = [...memory.sheets.keys()][0];
    const rows = Array.from({ length: 400 }, (_, i) => [`第${i + 1}桌`, "张伟", "市委办公室", ""]);
    const plan: WritePlan = {
      sheets: [
        {
          name,
          mode: "replace",
          exists: true,
          values: [{ row: 0, col: 0, values: [["桌签", "", "", ""], ...rows] }],
          merges: [{ row: 0, col: 0, rows: 1, cols: 4 }, ...rows.map((_, i) => ({ row: i + 1, col: 2, rows: 1, cols: 2 }))],
          formats: [
            { range: { row: 0, col: 0, rows: 1, cols: 4 }, fontName: "黑体", fontSize: 20 },
            { range: { row: 1, col: 0, rows: 400, cols: 1 }, rotation: 90 },
          ],
          page: {
            paper: "A4",
            margins: { top: 37, bottom: 35, left: 28, right: 26, header: 10, footer: 10 },
            footer: { center: "第 &P 页 共 &N 页" },
          },
        },
      ],
    };
    const real = await runtimeBytes(plan);
    const counted = await fakeBytes(plan, memory);
    expect(counted).toHaveLength(real.length);
    counted.forEach((bytes, i) => expect(Math.abs(bytes / real[i] - 1)).toBeLessThan(0.05));
  }, 60_000);
});
