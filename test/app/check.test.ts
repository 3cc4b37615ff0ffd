import { ownershipStamp } from "../../src/workbook/ownership";
import { check } from "../../src/app/check";
import { MemoryGateway } from "../fakes/memoryGateway";

function book() {
  return new MemoryGateway({
    Event: [["Event name", "Annual Conference"]],
    Roster: [
      ["Name", "Gender", "Organisation", "Status", "Arrival"],
      ["Alice Chen", "F", "Finance Bureau", "Confirmed", "not a date"],
      ["Bob Li", "M", "Planning Office", "Maybe", 46000],
    ],
    Budget: [
      ["Category", "Item", "Budget"],
      ["Venue hire", "Main hall", "¥12,000"],
    ],
    Tasks: [
      ["Phase", "Task", "Owner"],
      ["Before", "Send the notice", "Mia"],
    ],
  });
}

describe("check", () => {
  it("writes an Issues sheet in the workbook's language listing the unreadable cells", async () => {
    const g = book();
    const r = await check(g, { today: "2026-12-01" });
    expect(r.parsed.lang).toBe("en");
    const parse = r.findings.filter((f) => f.id.startsWith("parse."));
    expect(parse.map((f) => `${f.sheet}!${f.cell} ${f.id}`)).toEqual(["Roster!E2 parse.date", "Roster!D3 parse.enum"]);
    // The workflow rules ran too: the columns this small roster lacks are named once each.
    expect(r.findings.some((f) => f.id === "rules.missing-column" && f.sheet === "Roster")).toBe(true);
    const issues = g.sheets.get("Issues")!;
    expect(issues[0][0]).toBe("Issues — Annual Conference");
    expect(issues.slice(4).map((row) => row[4])).toContain("Roster!E2");
    expect(g.owned).toEqual([
      { kind: "issues", name: "Issues", stamp: ownershipStamp("issues", "Issues — Annual Conference") },
      { kind: "budgetReview", name: "Budget Review", stamp: ownershipStamp("budgetReview", "Budget Review — Annual Conference") },
    ]);
    expect(g.sheets.get("Budget Review")![0][0]).toBe("Budget Review — Annual Conference");
  });

  it("replaces its own sheet on a re-run and leaves a planner's sheet called Issues alone", async () => {
    const g = book();
    g.sheets.set("Issues", [["my own notes"]]);
    await check(g, { today: "2026-12-01" });
    await check(g, { today: "2026-12-01" });
    expect(g.sheets.get("Issues")).toEqual([["my own notes"]]);
    expect(g.owned).toContainEqual(expect.objectContaining({ kind: "issues", name: "Issues (2)" }));
    expect([...g.sheets.keys()].filter((n) => n.startsWith("Issues"))).toEqual(["Issues", "Issues (2)"]);
    const second = g.applied[1].sheets[0];
    expect(second).toMatchObject({ name: "Issues (2)", exists: true, marker: "current" });
  });

  it("writes nothing on a dry run", async () => {
    const g = book();
    const r = await check(g, { today: "2026-12-01", dryRun: true });
    expect(g.applied).toHaveLength(0);
    expect(r.plan.sheets[0].name).toBe("Issues");
  });

  it("follows --lang over the workbook's language", async () => {
    const g = book();
    await check(g, { today: "2026-12-01", lang: "zh" });
    expect(g.sheets.get("检查结果")![0][0]).toBe("检查结果 — Annual Conference");
  });
});
