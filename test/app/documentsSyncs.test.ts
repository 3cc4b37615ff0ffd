import { writeDocuments } from "../../src/app/documents";
import { chunkPlan } from "../../src/workbook/chunk";
import { conference } from "../office/conference";
import { fakeGateway } from "../office/fakeGateway";

describe("Documents in Excel: round trips and checkboxes", () => {
  it("reads the inputs and its own earlier documents in one sync (and one for the links in them), then writes one sync per chunk", async () => {
    const { fake, gateway } = fakeGateway(conference(300, 3).fixture, { apiMinor: 18 });
    fake.resetStats();
    const first = await writeDocuments(gateway);
    expect(fake.stats.syncs).toBe(1 + chunkPlan(first.plan, undefined, { checkboxes: true }).length);
    fake.resetStats();
    const second = await writeDocuments(gateway);
    expect(second.plan.sheets.slice(0, 5).every((s) => s.exists && s.marker === "current")).toBe(true);
    // The hyperlinks a planner may have inserted in the documents (Range.getCellProperties) take a sync of their own.
    expect(fake.stats.syncs).toBe(2 + chunkPlan(second.plan, undefined, { checkboxes: true }).length);
  });

  it("shows the checklist's status as checkboxes where the host has them, and keeps a ticked box on a re-run", async () => {
    const { fake, gateway } = fakeGateway(conference(100, 3).fixture, { apiMinor: 18 });
    const r = await writeDocuments(gateway);
    const range = r.checklistStatus!;
    const sheet = fake.state.findSheet("会务清单")!;
    expect(fake.state.peek(sheet, range.row, range.col)).toMatchObject({ value: false, control: "Checkbox" });
    // The planner ticks the first step.
    fake.state.assign(fake.state.cell(sheet, range.row, range.col), true);
    await writeDocuments(gateway);
    expect(fake.state.peek(sheet, range.row, range.col)).toMatchObject({ value: true, control: "Checkbox" });
    expect(fake.state.peek(sheet, range.row + 1, range.col)).toMatchObject({ value: false, control: "Checkbox" });
  });

  it("keeps a link the planner inserted in the checklist on a re-run", async () => {
    const { fake, gateway } = fakeGateway(conference(100, 3).fixture, { apiMinor: 9 });
    const r = await writeDocuments(gateway);
    const range = r.checklistStatus!;
    const sheet = fake.state.findSheet("会务清单")!;
    // Insert › Link on the first step's note cell: a web page the planner keeps for that step.
    const cell = fake.state.cell(sheet, range.row, range.col + 1);
    fake.state.assign(cell, "酒店合同");
    cell.hyperlink = { address: "https://example.com/hotel-contract" };
    await writeDocuments(gateway);
    const after = fake.inspect().sheets.find((s) => s.name === "会务清单")!;
    const linked = Object.values(after.cells).filter((c) => c.address === "https://example.com/hotel-contract");
    expect(linked).toHaveLength(1);
  });
});
