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

  it("prints at a plan's own scale instead of fitting, so its page breaks hold", async () => {
    const { fake, gateway } = fakeGateway(FIXTURE);
    const plan = tentsPlan();
    plan.sheets[0].page = { orientation: "landscape", scale: 57, breaksBefore: [2] };
    await gateway.apply(plan);
    const page = fake.sheet("桌签")!.page;
    expect(page.zoom).toEqual({ scale: 57 });
    expect(page.breaks).toEqual([2]);
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

  describe("paper, margins and footer", () => {
    /** GB/T 9704's page for a 通知: A4, margins 37/35/28/26 mm, the page number centred in the footer. */
    const noticePage = {
      paper: "A4" as const,
      margins: { top: 37, bottom: 35, left: 28, right: 26, header: 15, footer: 12.7 },
      footer: { center: "第 &P 页 共 &N 页" },
    };
    const withPage = (page: SheetWrite["page"]): WritePlan => ({ sheets: [{ ...tentsPlan().sheets[0], page }] });

    it("prints on the plan's paper with its margins, converted from millimetres to points", async () => {
      const { fake, gateway } = fakeGateway(FIXTURE);
      await gateway.apply(withPage(noticePage));
      const printed = fake.printedPage("桌签")!;
      expect(printed.paperSize).toBe("A4");
      const m = printed.margins;
      // mm × 72 / 25.4: 37 mm is 104.88 pt; 12.7 mm is exactly half an inch.
      expect(m.top).toBeCloseTo(104.88, 2);
      expect(m.bottom).toBeCloseTo(99.21, 2);
      expect(m.left).toBeCloseTo(79.37, 2);
      expect(m.right).toBeCloseTo(73.7, 2);
      expect(m.header).toBeCloseTo(42.52, 2);
      expect(m.footer).toBeCloseTo(36, 6);
      expect(fake.stats.syncs).toBe(1);
    });

    it("prints the footer's parts as Excel's codes give them (page numbers, a doubled ampersand)", async () => {
      const { fake, gateway } = fakeGateway({ sheets: [] });
      const sheet: SheetWrite = {
        name: "签到表",
        mode: "create",
        exists: false,
        values: [{ row: 0, col: 0, values: [["签到"]] }],
        page: { footer: { left: "R&&D 部", center: "第 &P 页 共 &N 页", right: "2026年会" } },
      };
      await gateway.apply({ sheets: [sheet] });
      expect(fake.printedPage("签到表")!.footer).toEqual({ left: "R&&D 部", center: "第 &P 页 共 &N 页", right: "2026年会" });
      // A new sheet keeps Excel's paper and margins where the plan says nothing.
      expect(fake.printedPage("签到表")!.paperSize).toBe("Letter");
      expect(fake.printedPage("签到表")!.margins).toEqual({ top: 54, bottom: 54, left: 50.4, right: 50.4, header: 21.6, footer: 21.6 });
    });

    it("a re-run starts the footer afresh (parts the plan leaves out are emptied), and keeps the paper and margins", async () => {
      const { fake, gateway } = fakeGateway(FIXTURE);
      await gateway.apply(withPage({ ...noticePage, footer: { left: "会务组", center: "第 &P 页", right: "内部资料" } }));
      const before = fake.printedPage("桌签")!;
      await gateway.apply(withPage({ footer: { center: "&P/&N" } }));
      const after = fake.printedPage("桌签")!;
      expect(after.footer).toEqual({ left: "", center: "&P/&N", right: "" });
      expect(after.paperSize).toBe("A4");
      expect(after.margins).toEqual(before.margins);
      // Without any print settings at all, the footer is emptied too.
      await gateway.apply(withPage(undefined));
      expect(fake.printedPage("桌签")!.footer).toEqual({ left: "", center: "", right: "" });
    });

    it("an update of a planner's sheet sets only the footer parts given", async () => {
      const roster = { sheets: [{ name: "参会人员", rows: [["姓名"], ["张伟"]] }] };
      const { fake, gateway } = fakeGateway(roster);
      const update = (footer: { left?: string; right?: string }): WritePlan => ({
        sheets: [{ name: "参会人员", mode: "update", exists: true, values: [], page: { footer } }],
      });
      await gateway.apply(update({ left: "会务组" }));
      await gateway.apply(update({ right: "&P" }));
      expect(fake.printedPage("参会人员")!.footer).toEqual({ left: "会务组", center: "", right: "&P" });
    });

    it("on an ExcelApi 1.8 host sends none of them and writes the rest", async () => {
      const { fake, gateway } = fakeGateway(FIXTURE, { apiMinor: 8 });
      await gateway.apply(withPage(noticePage));
      expect(fake.stats.failedSyncs).toBe(0);
      expect(fake.cell("桌签", "A1")?.value).toBe("第1桌");
      expect(fake.printedPage("桌签")).toEqual({
        paperSize: "Letter",
        margins: { top: 54, bottom: 54, left: 50.4, right: 50.4, header: 21.6, footer: 21.6 },
        footer: { left: "", center: "", right: "" },
      });
      const ops = planChunks(withPage(noticePage), undefined, false).chunks.flatMap((c) => c.ops);
      expect(ops.map((o) => o.kind)).not.toContain("page");
    });

    it("fails on a 1.8 host that claims 1.9, so the settings cannot slip past the detection", async () => {
      const fake = createFakeExcel({ sheets: [] }, { apiMinor: 8 });
      const gateway = createOfficeGateway(fake.run as unknown as ExcelRun, { isSetSupported: () => true });
      const sheet: SheetWrite = { name: "N", mode: "create", exists: false, values: [], page: { footer: { center: "&P" } } };
      await expect(gateway.apply({ sheets: [sheet] })).rejects.toThrow();
      expect(fake.stats.errors).toContain("ApiNotFound");
    });
  });
});
