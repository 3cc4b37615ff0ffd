import type { CellValue } from "../../src/core/cellValue";
import type { RangeRef, SheetWrite, WritePlan } from "../../src/core/plan/writePlan";
import { OfficeRequestError } from "../../src/office/errors";
import { planChunks } from "../../src/office/planChunks";
import { fakeGateway } from "./fakeGateway";

const at = (row: number, col: number, rows: number, cols: number): RangeRef => ({ row, col, rows, cols });

/** A minutes-like sheet: a title across six columns, a table, and a two-row note under it. */
function minutes(rest: Partial<SheetWrite> = {}, exists = false): SheetWrite {
  const rows: CellValue[][] = [
    ["会议纪要", "", "", "", "", ""],
    ["议题", "发言人", "要点", "决定", "负责人", "期限"],
    ["开幕", "张伟", "致辞", "—", "王芳", "3月1日"],
  ];
  return {
    name: "会议纪要",
    mode: exists ? "replace" : "create",
    owner: "minutes",
    marker: exists ? "current" : "none",
    exists,
    values: [
      { row: 0, col: 0, values: rows },
      { row: 4, col: 0, values: [["注：本纪要经主持人审定后印发。"]] },
    ],
    merges: [at(0, 0, 1, 6), at(4, 0, 2, 6)],
    formats: [{ range: at(0, 0, 1, 6), bold: true, fontSize: 16, horizontal: "center" }],
    ...rest,
  };
}

async function refusal(sheet: SheetWrite, fixture = { sheets: [{ name: "Sheet1", rows: [["keep"]] }] }) {
  const { fake, gateway } = fakeGateway(fixture);
  const before = fake.inspect();
  const failure = (await gateway.apply({ sheets: [sheet] }).catch((e: unknown) => e)) as OfficeRequestError;
  expect(failure).toBeInstanceOf(OfficeRequestError);
  expect(failure.code).toBe("InvalidArgument");
  expect(failure.message).toMatch(/^Could not write to the workbook: .*Nothing was changed\.$/);
  expect(failure.messageZh).toMatch(/^无法写入工作簿：.*未做任何更改。$/);
  // Refused before any request: nothing written.
  expect(fake.stats.syncs).toBe(0);
  expect(fake.inspect()).toEqual(before);
  return failure;
}

describe("merged cells through Office", () => {
  it("writes a merged title and a merged note: one cell each, their text in the top-left", async () => {
    const { fake, gateway } = fakeGateway();
    await gateway.apply({ sheets: [minutes()] });
    expect(fake.mergedAreas("会议纪要")).toEqual(["A1:F1", "A5:F6"]);
    expect(fake.cell("会议纪要", "A1")?.value).toBe("会议纪要");
    expect(fake.cell("会议纪要", "A5")?.value).toBe("注：本纪要经主持人审定后印发。");
    expect(fake.cell("会议纪要", "B2")?.value).toBe("发言人");
    // The title's format covers the merged cell.
    expect(fake.cell("会议纪要", "A1")?.bold).toBe(true);
    expect(fake.stats.failedSyncs).toBe(0);
  });

  it("a re-run leaves exactly the new merges: the old ones go with the old contents", async () => {
    const { fake, gateway } = fakeGateway();
    await gateway.apply({ sheets: [minutes()] });
    // The table grew by a row and the note moved down; the title now spans four columns.
    const again = minutes(
      {
        values: [
          { row: 0, col: 0, values: [["会议纪要（修订）"]] },
          { row: 5, col: 0, values: [["注：修订稿。"]] },
        ],
        merges: [at(0, 0, 1, 4), at(5, 0, 1, 6)],
        formats: [],
      },
      true,
    );
    await gateway.apply({ sheets: [again] });
    expect(fake.mergedAreas("会议纪要")).toEqual(["A1:D1", "A6:F6"]);
    expect(fake.cell("会议纪要", "A1")?.value).toBe("会议纪要（修订）");
    expect(fake.cell("会议纪要", "A5")).toBeUndefined();

    // And a re-run without merges leaves none.
    await gateway.apply({ sheets: [{ ...again, merges: undefined }] });
    expect(fake.mergedAreas("会议纪要")).toEqual([]);
  });

  it("a re-run written over several requests (staged beside the old sheet) also leaves exactly the new merges", async () => {
    const { fake, gateway } = fakeGateway(undefined, { budgetBytes: 8 * 1024 });
    await gateway.apply({ sheets: [minutes()] });
    const long: CellValue[][] = Array.from({ length: 200 }, (_, i) => [`第${i + 1}项`, "内容".repeat(10)]);
    const again = minutes({ values: [{ row: 0, col: 0, values: [["会议纪要"], ...long] }], merges: [at(0, 0, 1, 2)], formats: [] }, true);
    expect(planChunks({ sheets: [again] }, 8 * 1024).chunks.length).toBeGreaterThan(1);
    await gateway.apply({ sheets: [again] });
    expect(fake.stats.failedSyncs).toBe(0);
    expect(fake.mergedAreas("会议纪要")).toEqual(["A1:B1"]);
    expect(fake.cell("会议纪要", "A201")?.value).toBe("第200项");
  });

  it("costs no extra request: a plan with merges takes as many syncs as the same plan without", async () => {
    const plain = minutes({ merges: undefined });
    const merged = minutes();
    const runs = await Promise.all(
      [plain, merged].map(async (sheet) => {
        const { fake, gateway } = fakeGateway();
        const report = await gateway.apply({ sheets: [sheet] });
        return { syncs: fake.stats.syncs, requests: report.requests, bytes: fake.stats.requestBytes };
      }),
    );
    expect(runs[1].syncs).toBe(runs[0].syncs);
    expect(runs[1].requests).toBe(runs[0].requests);
    expect(planChunks({ sheets: [merged] }).chunks).toHaveLength(planChunks({ sheets: [plain] }).chunks.length);
    // The chunker's estimate covers what the requests with merges really carried.
    planChunks({ sheets: [merged] }).chunks.forEach((c, i) => expect(c.bytes).toBeGreaterThanOrEqual(runs[1].bytes[i]));
  });

  it("orders a sheet's merges after its values and formulas and before its formats", () => {
    const sheet = minutes({ formulas: [{ row: 3, col: 0, formulas: [["=ROWS(A2:A3)"]] }] });
    const kinds = planChunks({ sheets: [sheet] }).chunks.flatMap((c) => c.ops.map((o) => o.kind));
    expect(kinds.filter((k) => ["values", "formulas", "merge", "format"].includes(k))).toEqual([
      "values",
      "values",
      "formulas",
      "merge",
      "merge",
      "format",
    ]);
  });
});

describe("plans with merges Excel would spoil are refused before anything is written", () => {
  it("merges that overlap each other", async () => {
    const failure = await refusal(minutes({ merges: [at(0, 0, 1, 6), at(0, 4, 2, 2)] }));
    expect(failure.message).toContain("the merged ranges A1:F1 and E1:F2 of “会议纪要” overlap");
    expect(failure.messageZh).toContain("“会议纪要”的合并区域 A1:F1 与 E1:F2 相互重叠");
  });

  it("a merge outside the sheet", async () => {
    const failure = await refusal(minutes({ merges: [at(1_048_575, 0, 2, 3)] }));
    expect(failure.message).toContain("the merged range A1048576:C1048577 of “会议纪要” lies outside the sheet");
    expect(failure.messageZh).toContain("“会议纪要”的合并区域 A1048576:C1048577 超出了工作表范围");
    const negative = await refusal(minutes({ merges: [at(-1, 0, 1, 2)] }));
    expect(negative.message).toContain("lies outside the sheet");
  });

  it("a value in a merged cell other than the top-left (Excel would drop it)", async () => {
    const failure = await refusal(minutes({ merges: [at(1, 0, 1, 2)] }));
    expect(failure.message).toContain("B2 of “会议纪要” holds a value but lies inside the merged range A2:B2");
    expect(failure.messageZh).toContain("“会议纪要”的 B2 有内容，但位于合并区域 A2:B2 中");
    // A formula counts too.
    const formula = await refusal(minutes({ formulas: [{ row: 4, col: 3, formulas: [["=1+1"]] }] }));
    expect(formula.message).toContain("D5 of “会议纪要” holds a value but lies inside the merged range A5:F6");
  });

  it("a merge inside a table of the plan", async () => {
    const failure = await refusal(minutes({ tables: [{ name: "议程", range: at(1, 0, 2, 6) }], merges: [at(2, 2, 1, 2)] }));
    expect(failure.message).toContain("the merged range C3:D3 of “会议纪要” lies in the table 议程");
  });

  it("merges on the planner's own sheet, whose other cells the plan does not know", async () => {
    const roster = {
      sheets: [
        {
          name: "参会人员",
          rows: [
            ["姓名", "单位"],
            ["张伟", "市委办"],
          ],
        },
      ],
    };
    const update: SheetWrite = { name: "参会人员", mode: "update", exists: true, values: [], merges: [at(1, 0, 1, 2)] };
    const failure = await refusal(update, roster);
    expect(failure.message).toContain("“参会人员” is the planner's sheet: merging A2:B2 there");
  });
});

describe("formats and print settings Excel would refuse are refused before anything is written", () => {
  it("a rotation outside -90 … 90 or not whole degrees", async () => {
    const steep = await refusal(minutes({ formats: [{ range: at(1, 0, 1, 1), rotation: 91 }] }));
    expect(steep.message).toContain("the text of A2 in “会议纪要” cannot be turned 91°");
    expect(steep.messageZh).toContain("“会议纪要”中 A2 的文字不能旋转 91°");
    const half = await refusal(minutes({ formats: [{ range: at(1, 0, 2, 2), rotation: 45.5 }] }));
    expect(half.message).toContain("the text of A2:B3 in “会议纪要” cannot be turned 45.5°");
  });

  it("a font without a name", async () => {
    const failure = await refusal(minutes({ formats: [{ range: at(0, 0, 1, 6), fontName: "" }] }));
    expect(failure.message).toContain("the font of A1:F1 in “会议纪要”");
  });

  it("a paper size not in the list", async () => {
    const failure = await refusal(minutes({ page: { paper: "B5" as "A4" } }));
    expect(failure.message).toContain("“会议纪要” cannot print on paper “B5” (one of A4, A3, Letter)");
    expect(failure.messageZh).toContain("“会议纪要”不能使用纸张“B5”");
  });

  it("a negative margin", async () => {
    const failure = await refusal(minutes({ page: { margins: { top: 25, bottom: 25, left: -3, right: 20, header: 10, footer: 10 } } }));
    expect(failure.message).toContain("the left margin of “会议纪要” cannot be -3 mm");
    expect(failure.messageZh).toContain("“会议纪要”的左边距不能为 -3 毫米");
  });

  it("a footer part over Excel's 255 characters", async () => {
    const failure = await refusal(minutes({ page: { footer: { left: "会".repeat(256) } } }));
    expect(failure.message).toContain("the left part of the footer of “会议纪要” has 256 characters (Excel takes up to 255)");
    expect(failure.messageZh).toContain("“会议纪要”页脚的左部分有 256 个字符");
    // 255 is fine.
    const { fake, gateway } = fakeGateway();
    await gateway.apply({ sheets: [minutes({ page: { footer: { left: "会".repeat(255) } } })] });
    expect(fake.printedPage("会议纪要")?.footer.left).toHaveLength(255);
  });

  it("refuses the whole plan when one sheet is bad, writing none of the others", async () => {
    const { fake, gateway } = fakeGateway();
    const good: WritePlan["sheets"][number] = {
      name: "签到表",
      mode: "create",
      exists: false,
      values: [{ row: 0, col: 0, values: [["签到"]] }],
    };
    await expect(gateway.apply({ sheets: [good, minutes({ merges: [at(0, 0, 1, 6), at(0, 0, 1, 2)] })] })).rejects.toThrow(
      OfficeRequestError,
    );
    expect(fake.sheet("签到表")).toBeUndefined();
    expect(fake.stats.syncs).toBe(0);
  });
});
