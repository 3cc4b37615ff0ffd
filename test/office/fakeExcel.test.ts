import { createFakeExcel, FakeOfficeError, type FakeRequestContext } from "../fakes/fakeExcel";

/** The fake must be as strict as Excel where the gateway could go wrong. */
describe("fake Excel", () => {
  const fixture = {
    sheets: [
      {
        name: "参会人员",
        rows: [
          ["姓名", "电话"],
          ["张伟", "13800138000"],
          ["李娜", 13900139000],
        ],
      },
      { name: "Empty", rows: [] },
    ],
    names: [{ name: "HuiwuOwned_issues", formula: "='参会人员'!$A$1" }],
  };

  it("throws PropertyNotLoaded for a property read before load + sync", async () => {
    const fake = createFakeExcel(fixture);
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("参会人员").getRange("A1:B3");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["姓名", "电话"],
        ["张伟", "13800138000"],
        ["李娜", 13900139000],
      ]);
      expect(() => range.rowIndex).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("reports null objects only after sync, and counts every sync", async () => {
    const fake = createFakeExcel(fixture);
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const empty = context.workbook.worksheets.getItemOrNullObject("empty").getUsedRangeOrNullObject(true);
      const used = context.workbook.worksheets.getItemOrNullObject("参会人员").getUsedRangeOrNullObject(true);
      const ofMissing = missing.getUsedRangeOrNullObject(true);
      expect(() => missing.isNullObject).toThrow(FakeOfficeError);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(empty.isNullObject).toBe(true);
      expect(ofMissing.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(false);
      await context.sync();
    });
    expect(fake.stats.syncs).toBe(2);
  });

  it("fails getItem of a missing sheet at sync time with ItemNotFound", async () => {
    const fake = createFakeExcel(fixture);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").getRange("A1").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("runs a batch in order and stops at the first failing command: what ran before stays, nothing after it runs", async () => {
    const fake = createFakeExcel(fixture);
    const failure = await fake
      .run(async (context) => {
        context.workbook.worksheets.add("Before");
        context.workbook.worksheets.add("参会人员"); // taken
        context.workbook.worksheets.add("After");
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: "ItemAlreadyExists" });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["参会人员", "Empty", "Before"]);
  });

  it("fails a getItem of something gone where it is queued, even when nothing uses it, and lists the traces reached", async () => {
    const fake = createFakeExcel(fixture);
    const failure = await fake
      .run(async (context) => {
        context.trace("one");
        context.workbook.names.getItem("NoSuchName");
        context.trace("two");
        context.workbook.worksheets.add("Never");
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: "ItemNotFound", traceMessages: ["one"] });
    expect(fake.sheet("Never")).toBeUndefined();
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Nope");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound", traceMessages: [] });
  });

  it("looks a sheet got by name up again in every request, as Office does", async () => {
    const fake = createFakeExcel(fixture);
    await expect(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Empty");
        sheet.getRange("A1").values = [["first"]];
        await context.sync();
        fake.state.findSheet("Empty")!.name = "Renamed"; // a co-author, between the requests
        sheet.getRange("A2").values = [["second"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(fake.cell("Renamed", "A1")).toMatchObject({ value: "first" });
    expect(fake.cell("Renamed", "A2")).toBeUndefined();
  });

  it("gives the range of a name only while it refers to one, and the intersection of ranges only where they meet", async () => {
    const fake = createFakeExcel(fixture);
    const attempt = (f: (context: FakeRequestContext) => void) =>
      fake.run(async (context) => {
        f(context);
        await context.sync();
      });
    await attempt((c) =>
      c.workbook.worksheets.getItem("参会人员").getRange("A1").getIntersection(c.workbook.names.getItem("HuiwuOwned_issues").getRange()),
    );
    await expect(
      attempt((c) =>
        c.workbook.worksheets.getItem("Empty").getRange("A1").getIntersection(c.workbook.names.getItem("HuiwuOwned_issues").getRange()),
      ),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(attempt((c) => c.workbook.worksheets.getItem("参会人员").getRange("B2").getIntersection("A1"))).rejects.toMatchObject({
      code: "ItemNotFound",
    });
    await attempt((c) => c.workbook.worksheets.getItem("参会人员").delete());
    await expect(attempt((c) => c.workbook.names.getItem("HuiwuOwned_issues").getRange())).rejects.toMatchObject({
      code: "InvalidReference",
    });
  });

  it("rejects a request over 5 MB with RequestPayloadSizeLimitExceeded and changes nothing", async () => {
    const fake = createFakeExcel(fixture);
    const big = Array.from({ length: 60_000 }, (_, i) => [`第${i}行的一段比较长的备注文字`, i, "已确认", "北京某某科技有限公司"]);
    await expect(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.add("Big");
        sheet.getRangeByIndexes(0, 0, big.length, 4).values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.sheet("Big")).toBeUndefined();
    expect(fake.stats.failedSyncs).toBe(1);
    expect(fake.stats.requestBytes[0]).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("rejects a response over 5 MB with ResponsePayloadSizeLimitExceeded", async () => {
    const rows = Array.from({ length: 80_000 }, (_, i) => [`参会人员${i}`, "北京市海淀区中关村大街某某号某某大厦", "13800138000", i]);
    const fake = createFakeExcel({ sheets: [{ name: "Big", rows }] });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Big").getUsedRange(true).load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("types strings assigned to values the way Excel does, unless they start with an apostrophe", async () => {
    const fake = createFakeExcel(fixture);
    const inputs = ["=1+1", "0012", "13800138000", "2026-03-15", "TRUE", "50%", "#N/A", "+86 138 0013 8000", "@home", "张伟"];
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Typed");
      sheet.getRangeByIndexes(0, 0, 1, inputs.length).values = [inputs];
      sheet.getRangeByIndexes(1, 0, 1, inputs.length).values = [inputs.map((s) => `'${s}`)];
      await context.sync();
    });
    const row0 = inputs.map((_, c) => fake.state.peek(fake.sheet("Typed")!, 0, c)!);
    expect(row0[0]).toMatchObject({ formula: "=1+1", value: 2 });
    expect(row0[1]).toMatchObject({ type: "Double", value: 12 });
    expect(row0[2]).toMatchObject({ type: "Double", value: 13800138000 });
    expect(row0[3]).toMatchObject({ type: "Double", value: 46096 });
    expect(row0[4]).toMatchObject({ type: "Boolean", value: true });
    expect(row0[5]).toMatchObject({ type: "Double", value: 0.5 });
    expect(row0[6]).toMatchObject({ type: "Error", value: "#N/A" });
    expect(row0[7].formula).toBe("=+86 138 0013 8000");
    expect(row0[8].formula).toBe("=@home");
    expect(row0[9]).toMatchObject({ type: "String", value: "张伟" });
    for (let c = 0; c < inputs.length; c++) {
      expect(fake.state.peek(fake.sheet("Typed")!, 1, c)).toMatchObject({ type: "String", value: inputs[c] });
    }
  });

  it("rejects values whose shape does not match the range", async () => {
    const fake = createFakeExcel(fixture);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Empty").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("keeps a name's reference on its sheet and turns it into #REF! when the sheet is deleted", async () => {
    const fake = createFakeExcel(fixture);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("参会人员").delete();
      const names = context.workbook.names.load("items/name,items/formula");
      await context.sync();
      expect(names.items.map((n) => [n.name, n.formula])).toEqual([["HuiwuOwned_issues", "=#REF!$A$1"]]);
    });
  });

  it("refuses ExcelApi 1.9 calls on a 1.8 host", async () => {
    const fake = createFakeExcel(fixture, { apiMinor: 8 });
    await expect(
      fake.run(async (context) => {
        context.workbook.application.suspendScreenUpdatingUntilNextSync();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
  it("selects a range only when the batch syncs: its sheet becomes active and keeps the selection", async () => {
    const fake = createFakeExcel(fixture);
    expect(fake.activeSheetName()).toBe("参会人员");
    expect(fake.selectedAddress()).toBeUndefined();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Empty").getRange("c3:D4").select();
      expect(fake.activeSheetName()).toBe("参会人员");
      expect(fake.selectedAddress()).toBeUndefined();
      await context.sync();
      expect(fake.activeSheetName()).toBe("Empty");
      expect(fake.selectedAddress()).toBe("Empty!C3:D4");
    });
    expect(fake.stats.syncs).toBe(1);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("参会人员").getCell(1, 1).select();
    }); // run() syncs what is still queued
    expect(fake.selectedAddress()).toBe("'参会人员'!B2");
    expect(fake.selections()).toEqual([
      { sheet: "Empty", address: "C3:D4" },
      { sheet: "参会人员", address: "B2" },
    ]);
  });

  it("keeps each sheet's own selection when another sheet is activated", async () => {
    const fake = createFakeExcel(fixture);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Empty").getRange("E5").select();
      context.workbook.worksheets.getItem("参会人员").getRange("A2").select();
      await context.sync();
      context.workbook.worksheets.getItem("Empty").activate();
      await context.sync();
    });
    expect(fake.selectedAddress()).toBe("Empty!E5");
  });

  it("fails the sync for a range that cannot be selected, and selects nothing", async () => {
    const fake = createFakeExcel(fixture);
    fake.sheet("Empty")!.visibility = "Hidden";
    const select = (pick: (context: FakeRequestContext) => { select(): void }) =>
      fake.run(async (context) => {
        pick(context).select();
        await context.sync();
      });
    await expect(select((c) => c.workbook.worksheets.getItem("参会人员").getRange("not a cell"))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(select((c) => c.workbook.worksheets.getItem("Nope").getRange("A1"))).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(select((c) => c.workbook.worksheets.getItem("Empty").getRange("A1"))).rejects.toMatchObject({
      code: "InvalidOperation",
    });
    await expect(select((c) => c.workbook.worksheets.getItem("参会人员").getRange("A1:B1").getIntersection("D4"))).rejects.toMatchObject({
      code: "ItemNotFound",
    });
    expect(fake.stats.failedSyncs).toBe(4);
    expect(fake.selections()).toEqual([]);
    expect(fake.selectedAddress()).toBeUndefined();
    expect(fake.activeSheetName()).toBe("参会人员");
  });

  it("fails a bad address where it is queued, even when nothing uses the range", async () => {
    const fake = createFakeExcel(fixture);
    const failure = await fake
      .run(async (context) => {
        context.workbook.worksheets.getItem("参会人员").getRange("A1").select();
        context.workbook.worksheets.getItem("Empty").getRange("A0");
        context.workbook.worksheets.getItem("Empty").activate();
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: "InvalidArgument" });
    // What ran before the failure stays; what came after never ran.
    expect(fake.selectedAddress()).toBe("'参会人员'!A1");
  });

  it("keeps row heights through clear() until the rows are put back to the standard height, and refuses rows over 409 pt", async () => {
    const fake = createFakeExcel(fixture);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("参会人员");
      sheet.getRangeByIndexes(0, 0, 3, 1).format.rowHeight = 30;
      sheet.getRange().clear("All");
      await context.sync();
      expect([...fake.sheet("参会人员")!.rowHeights]).toEqual([
        [0, 30],
        [1, 30],
        [2, 30],
      ]);
      sheet.getRange("A2:C3").format.useStandardHeight = true;
      await context.sync();
      expect([...fake.sheet("参会人员")!.rowHeights]).toEqual([[0, 30]]);
    });
    const failure = await fake
      .run(async (context) => {
        context.workbook.worksheets.getItem("参会人员").getRange("A5").format.rowHeight = 410;
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: "InvalidArgument" });
    expect(fake.sheet("参会人员")!.rowHeights.has(4)).toBe(false);
  });
});

describe("fake Excel: merged cells, typefaces, turned text and the printed page", () => {
  const grid = {
    sheets: [
      {
        name: "S",
        rows: [
          ["a", "b", "c", "d"],
          ["e", "f", "g", "h"],
          ["i", "j", "k", "l"],
        ],
      },
    ],
  };
  type Sheet = ReturnType<FakeRequestContext["workbook"]["worksheets"]["getItem"]>;
  async function on(fake: ReturnType<typeof createFakeExcel>, batch: (sheet: Sheet) => void): Promise<unknown> {
    return fake
      .run(async (context) => {
        batch(context.workbook.worksheets.getItem("S"));
        await context.sync();
      })
      .then(() => undefined)
      .catch((e: unknown) => e);
  }

  it("merges a range into one area, keeping only the top-left cell's value", async () => {
    const fake = createFakeExcel(grid);
    await on(fake, (s) => s.getRange("A1:B2").merge(false));
    expect(fake.mergedAreas("S")).toEqual(["A1:B2"]);
    expect(fake.cell("S", "A1")?.value).toBe("a");
    for (const address of ["B1", "A2", "B2"]) expect(fake.cell("S", address)?.value ?? "").toBe("");
    expect(fake.cell("S", "C1")?.value).toBe("c");
  });

  it("merges row by row with across = true, and does nothing for a single cell", async () => {
    const fake = createFakeExcel(grid);
    await on(fake, (s) => {
      s.getRange("B1:D2").merge(true);
      s.getRange("A3").merge();
    });
    expect(fake.mergedAreas("S")).toEqual(["B1:D1", "B2:D2"]);
    expect(fake.cell("S", "B2")?.value).toBe("f");
    expect(fake.cell("S", "C2")?.value ?? "").toBe("");
    expect(fake.cell("S", "A3")?.value).toBe("i");
  });

  it("grows a merge that partly covers a merged area to the bounding area of both", async () => {
    const fake = createFakeExcel(grid);
    await on(fake, (s) => {
      s.getRange("A1:B2").merge();
      s.getRange("D1:D2").merge();
      s.getRange("B2:C3").merge();
    });
    // A1:B2 and B2:C3 make A1:C3, which now touches nothing else; D1:D2 stays apart.
    expect(fake.mergedAreas("S")).toEqual(["A1:C3", "D1:D2"]);
    expect(fake.cell("S", "A1")?.value).toBe("a");
    expect(fake.cell("S", "C3")?.value ?? "").toBe("");
  });

  it("unmerges every merged area a range touches, and clear() leaves merges as they are", async () => {
    const fake = createFakeExcel(grid);
    await on(fake, (s) => {
      s.getRange("A1:B1").merge();
      s.getRange("C1:D1").merge();
      s.getRange("A3:D3").merge();
      s.getRange().clear("All");
    });
    expect(fake.mergedAreas("S")).toEqual(["A1:B1", "C1:D1", "A3:D3"]);
    await on(fake, (s) => s.getRange("B1:C1").unmerge());
    expect(fake.mergedAreas("S")).toEqual(["A3:D3"]);
    await on(fake, (s) => s.getRange().unmerge());
    expect(fake.mergedAreas("S")).toEqual([]);
  });

  it("refuses to merge cells of a table", async () => {
    const fake = createFakeExcel(grid);
    await on(fake, (s) => s.tables.add(s.getRange("A1:D2"), true));
    expect(await on(fake, (s) => s.getRange("B2:C3").merge())).toMatchObject({ code: "InvalidOperation" });
    expect(fake.mergedAreas("S")).toEqual([]);
  });

  it("takes any non-empty font name, and whole-degree angles from -90 to 90 or 180 (ExcelApi 1.7)", async () => {
    const fake = createFakeExcel(grid);
    await on(fake, (s) => {
      s.getRange("A1").format.font.name = "仿宋";
      s.getRange("B1").format.textOrientation = -90;
      s.getRange("C1").format.textOrientation = 180;
    });
    expect(fake.cell("S", "A1")?.fontName).toBe("仿宋");
    expect(fake.cell("S", "B1")?.textOrientation).toBe(-90);
    expect(fake.cell("S", "C1")?.textOrientation).toBe(180);
    expect(await on(fake, (s) => (s.getRange("A2").format.font.name = ""))).toMatchObject({ code: "InvalidArgument" });
    for (const angle of [91, -91, 45.5, 135]) {
      expect(await on(fake, (s) => (s.getRange("A2").format.textOrientation = angle))).toMatchObject({ code: "InvalidArgument" });
    }
    expect(fake.cell("S", "A2")?.textOrientation).toBeUndefined();
    const old = createFakeExcel(grid, { apiMinor: 6 });
    expect(await on(old, (s) => (s.getRange("A1").format.textOrientation = 90))).toMatchObject({ code: "ApiNotFound" });
  });

  it("starts a sheet on Letter with Excel's Normal margins and no footer, and takes Excel's paper sizes, margins ≥ 0, parts ≤ 255", async () => {
    const fake = createFakeExcel(grid);
    expect(fake.printedPage("S")).toEqual({
      paperSize: "Letter",
      margins: { top: 54, bottom: 54, left: 50.4, right: 50.4, header: 21.6, footer: 21.6 },
      footer: { left: "", center: "", right: "" },
    });
    await on(fake, (s) => {
      s.pageLayout.paperSize = "A3";
      s.pageLayout.leftMargin = 0;
      s.pageLayout.footerMargin = 30;
      s.pageLayout.headersFooters.defaultForAllPages.centerFooter = "&P";
      s.pageLayout.headersFooters.defaultForAllPages.leftHeader = "会务组";
    });
    expect(fake.printedPage("S")).toMatchObject({ paperSize: "A3", margins: { left: 0, footer: 30 }, footer: { center: "&P" } });
    expect(fake.sheet("S")!.page.headersFooters.leftHeader).toBe("会务组");
    expect(await on(fake, (s) => (s.pageLayout.paperSize = "A6" as Excel.PaperType))).toMatchObject({ code: "InvalidArgument" });
    expect(await on(fake, (s) => (s.pageLayout.topMargin = -1))).toMatchObject({ code: "InvalidArgument" });
    expect(await on(fake, (s) => (s.pageLayout.headersFooters.defaultForAllPages.rightFooter = "x".repeat(256)))).toMatchObject({
      code: "InvalidArgument",
    });
    expect(fake.printedPage("S")).toMatchObject({ paperSize: "A3", margins: { top: 54 }, footer: { right: "" } });
  });

  it("fails every print setting on a host below ExcelApi 1.9 with ApiNotFound", async () => {
    for (const set of [
      (s: Sheet) => (s.pageLayout.paperSize = "A4"),
      (s: Sheet) => (s.pageLayout.bottomMargin = 20),
      (s: Sheet) => (s.pageLayout.headersFooters.defaultForAllPages.leftFooter = "&P"),
    ]) {
      const fake = createFakeExcel(grid, { apiMinor: 8 });
      expect(await on(fake, set)).toMatchObject({ code: "ApiNotFound" });
    }
  });
});
