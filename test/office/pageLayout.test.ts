import type { SheetWrite, WritePlan } from "../../src/core/plan/writePlan";
import type { ExcelRun } from "../../src/office/excelRun";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { planChunks } from "../../src/office/planChunks";
import { createFakeExcel } from "../fakes/fakeExcel";
import { fakeGateway } from "./fakeGateway";

const FIXTURE = {
  sheets: [{ name: "桌签", rows: [["old tent"]] }],
  names: [{ name: "HuiwuOwned_tableChart", formula: "='桌签'!$A$1" }],
};

/** Replaces the table tents sheet with four tents, one per page, landscape, one page wide. */
function tentsPlan(): WritePlan {
  const tents: SheetWrite = {
    name: "桌签",
    mode: "replace",
    owner: "tableChart",
    marker: "current",
    exists: true,
    values: [{ row: 0, col: 0, values: [["第1桌"], ["第2桌"], ["第3桌"], ["第4桌"]] }],
    page: { orientation: "landscape", fitToWidth: true, breaksBefore: [1, 2, 3], titleRows: { first: 0, last: 0 } },
  };
  return { sheets: [tents] };
}

describe("print settings through Office", () => {
  it("on an ExcelApi 1.8 host writes everything else and never touches the page layout (the host would refuse it)", async () => {
    const { fake, gateway } = fakeGateway(FIXTURE, { apiMinor: 8 });
    await gateway.apply(tentsPlan());
    expect(fake.stats.failedSyncs).toBe(0);
    expect(fake.cell("桌签", "A4")?.value).toBe("第4桌");
    expect(fake.inspect().sheets[0].page).toBeUndefined();
    // Nothing at all was sent for them: no page step in any request.
    const ops = planChunks(tentsPlan(), undefined, false).chunks.flatMap((c) => c.ops);
    expect(ops.map((o) => o.kind)).not.toContain("page");
    expect(fake.stats.syncs).toBe(1);
  });

  it("fails the write on a 1.8 host when the host's answer is ignored, so a missing check cannot pass unnoticed", async () => {
    const fake = createFakeExcel(FIXTURE, { apiMinor: 8 });
    const gateway = createOfficeGateway(fake.run as unknown as ExcelRun, { isSetSupported: () => true });
    await expect(gateway.apply(tentsPlan())).rejects.toThrow();
    expect(fake.stats.errors).toContain("ApiNotFound");
  });

  it("on ExcelApi 1.9 sets one page wide and as many tall, in the same request as the content", async () => {
    const { fake, gateway } = fakeGateway(FIXTURE);
    await gateway.apply(tentsPlan());
    const page = fake.sheet("桌签")!.page;
    expect(page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(page.orientation).toBe("Landscape");
    expect(page.breaks).toEqual([1, 2, 3]);
    expect(page.titleRows).toEqual({ first: 0, last: 0 });
    expect(planChunks(tentsPlan()).chunks).toHaveLength(1);
    expect(fake.stats.syncs).toBe(1);
  });

  it("a replace without print settings puts back actual size and removes every old break", async () => {
    const { fake, gateway } = fakeGateway(FIXTURE);
    await gateway.apply(tentsPlan());
    const [again] = tentsPlan().sheets;
    await gateway.apply({ sheets: [{ ...again, page: undefined }] });
    const page = fake.sheet("桌签")!.page;
    expect(page.zoom).toEqual({ scale: 100 });
    expect(page.orientation).toBe("Portrait");
    expect(page.breaks).toEqual([]);
  });
});
