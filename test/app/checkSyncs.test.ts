import { check } from "../../src/app/check";
import { chunkPlan } from "../../src/workbook/chunk";
import { conference } from "../office/conference";
import { fakeGateway } from "../office/fakeGateway";

describe("Check in Excel: round trips", () => {
  it("reads the five input sheets of a 10,000-attendee workbook in one sync and writes the Issues sheet in one sync per chunk", async () => {
    const { fake, gateway } = fakeGateway(conference(10_000).fixture);
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
    const { fake, gateway } = fakeGateway(conference(200).fixture);
    await check(gateway, { today: "2026-12-06" });
    fake.resetStats();
    const second = await check(gateway, { today: "2026-12-06" });
    expect(second.plan.sheets[0]).toMatchObject({ name: "检查结果", exists: true, marker: "current" });
    expect(fake.stats.syncs).toBe(1 + chunkPlan(second.plan).length);
    expect(fake.state.sheets.map((s) => s.name).filter((n) => n.startsWith("检查结果"))).toEqual(["检查结果"]);
  });
});
