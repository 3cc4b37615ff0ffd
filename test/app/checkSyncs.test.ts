import { check } from "../../src/app/check";
import { chunkPlan } from "../../src/workbook/chunk";
import { generateConference } from "../../samples/generator";
import type { FixtureWorkbook } from "../workbook/gatewayHarness";
import { fakeGateway } from "../office/fakeGateway";

/** The sample generator's workbook as the fake Excel's starting state. */
function conference(attendees: number): FixtureWorkbook {
  const wb = generateConference({ lang: "zh", attendees, seed: 11, mistakes: true });
  return { sheets: wb.sheets.map((s) => ({ name: s.name, rows: s.rows })) };
}

describe("Check in Excel: round trips", () => {
  it("reads the five input sheets of a 10,000-attendee workbook in one sync and writes the Issues sheet in one sync per chunk", async () => {
    const { fake, gateway } = fakeGateway(conference(10_000));
    fake.resetStats();
    const result = await check(gateway, { today: "2026-12-06", dryRun: true });
    expect(result.parsed.roster.records).toHaveLength(10_000);
    expect(result.reads).toBe(1);
    expect(fake.stats.syncs).toBe(1);

    fake.resetStats();
    const applied = await gateway.apply(result.plan);
    const chunks = chunkPlan(result.plan).length;
    expect(applied.requests).toBe(fake.stats.syncs);
    expect(fake.stats.syncs).toBe(chunks);
    expect(Math.max(...fake.stats.requestBytes)).toBeLessThan(5 * 1024 * 1024);
  });

  it("a re-run replaces its own Issues sheet, found by its marker, with the same syncs", async () => {
    const { fake, gateway } = fakeGateway(conference(200));
    await check(gateway, { today: "2026-12-06" });
    fake.resetStats();
    const second = await check(gateway, { today: "2026-12-06" });
    expect(second.plan.sheets[0]).toMatchObject({ name: "检查结果", exists: true, marker: "current" });
    expect(fake.stats.syncs).toBe(1 + chunkPlan(second.plan).length);
    expect(fake.state.sheets.map((s) => s.name).filter((n) => n.startsWith("检查结果"))).toEqual(["检查结果"]);
  });
});
