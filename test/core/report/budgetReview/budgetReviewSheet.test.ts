import type { CellValue } from "../../../../src/core/cellValue";
import type { Finding } from "../../../../src/core/finding";
import { budgetReview, type BudgetReviewInput } from "../../../../src/core/report/budgetReview";
import type { ParsedWorkbook } from "../../../../src/core/schema/parseWorkbook";
import { parse, sheet } from "../../schema/fixtures";
import { cellsOf, columnA, formatsAt, formulaAt, rowOf, valueAt } from "./support/readBack";

const target = { name: "预算审核", mode: "replace" as const, owner: "budgetReview" as const, exists: false, marker: "none" as const };

const EVENT: CellValue[][] = [
  ["会议名称", "2026年度工作会议"],
  ["开始时间", "2026-12-10"],
  ["结束时间", "2026-12-11"],
  ["预算总额", 60000],
  ["币种", "CNY"],
];

const BUDGET: CellValue[][] = [
  ["类别", "项目", "预算金额", "已承诺", "实际金额"],
  ["会议厅费", "主会场", 30000, 30000, 9000],
  ["餐饮", "工作餐", 20000, 21000, ""],
  ["", "杂项", 500, "", 100],
  ["会议厅费", "分会场", 5000, "", ""],
  ["不可预计费用", "不可预计费用", 3000, "", ""],
];

function parsed(budget: CellValue[][] | null = BUDGET, event: CellValue[][] = EVENT, budgetName = "预算"): ParsedWorkbook {
  const sheets = [sheet("会议信息", event)];
  if (budget) sheets.push(sheet(budgetName, budget));
  return parse(...sheets);
}

function review(p: ParsedWorkbook = parsed(), over: Partial<BudgetReviewInput> = {}) {
  return budgetReview({
    target,
    lang: "zh",
    budget: p.budget,
    event: p.event,
    attendees: 100,
    meetingDays: 2,
    findings: p.findings.filter((f) => f.sheet === p.budget.sheet),
    ...over,
  });
}

function resultAt(r: ReturnType<typeof review>, at: string): number | "" | undefined {
  const m = /^([A-Z])(\d+)$/.exec(at)!;
  return r.results.find((x) => x.row === Number(m[2]) - 1 && x.col === m[1].charCodeAt(0) - 65)?.result;
}

describe("the Budget Review sheet", () => {
  it("has a title, notes naming the Budget sheet, a header, the categories in order of appearance, the lines without one last, and totals", () => {
    const { sheet: s } = review();
    expect(valueAt(s, "A1")).toBe("预算审核 — 2026年度工作会议");
    expect(valueAt(s, "A2")).toBe("本表数字均为公式，引用“预算”工作表，修改预算后自动更新。");
    expect(valueAt(s, "A3")).toContain("已用 = 已承诺与实际金额中较大者");
    expect(valueAt(s, "A4")).toContain("第 2–506 行");
    expect(["A6", "B6", "C6", "D6", "E6", "F6", "G6", "H6"].map((a) => valueAt(s, a))).toEqual([
      "类别",
      "预算金额",
      "已承诺",
      "实际金额",
      "已用",
      "差额",
      "已用比例",
      "预算表中的问题",
    ]);
    expect(
      columnA(s)
        .slice(5, 10)
        .map((c) => `${c.row} ${c.text}`),
    ).toEqual(["7 会议厅费", "8 餐饮", "9 不可预计费用", "10 未分类（类别为空）", "11 合计"]);
    expect(s.freeze).toEqual({ rows: 6, cols: 1 });
    expect(s.columnWidths).toHaveLength(8);
    expect(s.activate).toBeUndefined(); // the Issues sheet is the one shown after a check
    expect(s).toMatchObject(target);
  });

  it("sums each category with SUMIFS over the Budget sheet's own columns, from under the header to 500 rows below the last line", () => {
    const { sheet: s } = review();
    expect(formulaAt(s, "B7")).toBe(`=SUMIFS('预算'!$C$2:$C$506,'预算'!$A$2:$A$506,"=会议厅费")`);
    expect(formulaAt(s, "C7")).toBe(`=SUMIFS('预算'!$D$2:$D$506,'预算'!$A$2:$A$506,"=会议厅费")`);
    expect(formulaAt(s, "D7")).toBe(`=SUMIFS('预算'!$E$2:$E$506,'预算'!$A$2:$A$506,"=会议厅费")`);
    expect([formulaAt(s, "E7"), formulaAt(s, "F7"), formulaAt(s, "G7")]).toEqual(["=MAX(C7,D7)", "=B7-E7", '=IF(B7=0,"",E7/B7)']);
    expect(["B11", "C11", "D11", "E11", "F11", "G11"].map((a) => formulaAt(s, a))).toEqual([
      "=SUM(B7:B10)",
      "=SUM(C7:C10)",
      "=SUM(D7:D10)",
      "=SUM(E7:E10)",
      "=SUM(F7:F10)",
      '=IF(B11=0,"",E11/B11)',
    ]);
  });

  it("follows the header wherever it is: title rows above it and columns in another order", () => {
    const p = parsed([
      ["2026年会议经费预算"],
      [],
      ["序号", "实际金额", "类别", "预算金额", "已承诺"],
      [1, 10, "会议厅费", 100, 50],
      [2, "", "会议厅费", 200, ""],
    ]);
    const { sheet: s } = review(p);
    expect(formulaAt(s, "B7")).toBe(`=SUMIFS('预算'!$D$4:$D$505,'预算'!$C$4:$C$505,"=会议厅费")`);
    expect(formulaAt(s, "D7")).toBe(`=SUMIFS('预算'!$B$4:$B$505,'预算'!$C$4:$C$505,"=会议厅费")`);
  });

  it("references the lines without a category one by one, so a total row or a blank row cannot be counted with them", () => {
    const p = parsed([
      ["类别", "预算金额"],
      ["", 1],
      ["", 2],
      ["餐饮", 4],
      ["", 8],
      ["", ""],
      ["合计", 15],
    ]);
    const r = review(p);
    expect(formulaAt(r.sheet, "B8")).toBe("=SUM('预算'!$B$2:$B$3,'预算'!$B$5)");
    expect(resultAt(r, "B8")).toBe(11);
  });

  it('keeps a category named He said "=1" text in the review and doubles its quotes inside the criterion', () => {
    const p = parsed([
      ["类别", "预算金额"],
      ['He said "=1"', 10],
      ["=1", 20],
      ["A*B", 40],
      [">杂项", 80],
      ["2026", 160],
    ]);
    const { sheet: s } = review(p);
    expect(cellsOf(s).get("A7")).toEqual({ value: 'He said "=1"' });
    expect(formulaAt(s, "B7")).toBe(`=SUMIFS('预算'!$B$2:$B$506,'预算'!$A$2:$A$506,"=He said ""=1""")`);
    expect(cellsOf(s).get("A8")).toEqual({ value: "=1" });
    expect(formulaAt(s, "B8")).toContain(`,"==1")`);
    expect(formulaAt(s, "B9")).toContain(`,"=A~*B")`); // * is not a wildcard here
    expect(formulaAt(s, "B10")).toContain(`,"=>杂项")`); // > is not an operator here
    expect(formulaAt(s, "B11")).toBe("=SUM('预算'!$B$6)"); // "2026" would be compared as a number
    expect(valueAt(s, "A4")).toContain("逐行引用");
  });

  it("quotes the Budget sheet's name, doubling an apostrophe in it", () => {
    const p = parsed(
      [
        ["类别", "项目", "预算金额", "已承诺", "实际金额"],
        ["会议厅费", "主会场", 1, 1, 1],
      ],
      EVENT,
      "Tom's 经费",
    );
    expect(p.budget.sheet).toBe("Tom's 经费");
    expect(formulaAt(review(p).sheet, "B7")).toBe(`=SUMIFS('Tom''s 经费'!$C$2:$C$502,'Tom''s 经费'!$A$2:$A$502,"=会议厅费")`);
  });

  it("computes what the formulas will show: the Budget sheet's numbers, used = the larger of committed and actual", () => {
    const r = review();
    expect(["B7", "C7", "D7", "E7", "F7", "G7"].map((a) => resultAt(r, a))).toEqual([35000, 30000, 9000, 30000, 5000, 30000 / 35000]);
    expect(["B8", "E8", "F8"].map((a) => resultAt(r, a))).toEqual([20000, 21000, -1000]);
    expect(["B10", "C10", "D10", "E10"].map((a) => resultAt(r, a))).toEqual([500, 0, 100, 100]);
    expect(["B11", "C11", "D11", "E11", "F11"].map((a) => resultAt(r, a))).toEqual([58500, 51000, 9100, 51100, 7400]);
  });

  it("fills the variance red where the engine finds the category over budget, and says the fill is as at this check", () => {
    const { sheet: s } = review();
    expect(formatsAt(s, "F8").some((f) => f.fill === "#F8D7DA")).toBe(true);
    expect(formatsAt(s, "F7").some((f) => f.fill === "#F8D7DA")).toBe(false);
    expect(formatsAt(s, "F11").some((f) => f.fill === "#F8D7DA")).toBe(false);
    expect(valueAt(s, "A3")).toContain("红色底纹按本次检查时的数值标出");
  });

  it("formats amounts in the Event sheet's currency, shares as percentages, and the header and totals bold", () => {
    const fmt = (currency: string | null, at: string) => {
      const event = EVENT.filter((r) => r[0] !== "币种");
      if (currency) event.push(["币种", currency]);
      return formatsAt(review(parsed(BUDGET, event)).sheet, at).find((f) => f.numberFormat)?.numberFormat;
    };
    expect(fmt("CNY", "B7")).toBe('"¥"#,##0.00');
    expect(fmt("人民币", "F11")).toBe('"¥"#,##0.00');
    expect(fmt("GBP", "C8")).toBe('"£"#,##0.00');
    expect(fmt("USD", "B7")).toBe("#,##0.00");
    expect(fmt(null, "B7")).toBe("#,##0.00");
    expect(fmt("CNY", "G7")).toBe("0.0%");
    const { sheet: s } = review();
    expect(formatsAt(s, "C6").some((f) => f.bold)).toBe(true);
    expect(formatsAt(s, "B11").some((f) => f.bold)).toBe(true);
    expect(formatsAt(s, "B7").some((f) => f.bold)).toBe(false);
  });

  it("refers to the approved total on the Event sheet and works out the difference, the contingency share and the cost per attendee per day", () => {
    const r = review();
    const s = r.sheet;
    expect(
      columnA(s)
        .slice(10, 16)
        .map((c) => `${c.row} ${c.text}`),
    ).toEqual(["13 批准预算总额", "14 批准总额 − 预算合计", "15 不可预计费用占预算合计", "16 参会人数", "17 会期天数", "18 人均每天费用"]);
    expect(formulaAt(s, "B13")).toBe("='会议信息'!$B$4");
    expect(valueAt(s, "C13")).toBe("引用 会议信息!B4");
    expect(formulaAt(s, "B14")).toBe("=B13-B11");
    expect(formulaAt(s, "B15")).toBe('=IF(B11=0,"",B9/B11)');
    expect([valueAt(s, "B16"), valueAt(s, "B17")]).toEqual([100, 2]);
    expect(valueAt(s, "C16")).toContain("已确认");
    expect(formulaAt(s, "B18")).toBe('=IF(OR(N(B16)<=0,N(B17)<=0),"",E11/B16/B17)');
    expect(["B13", "B14", "B15", "B18"].map((a) => resultAt(r, a))).toEqual([60000, 1500, 3000 / 58500, 255.5]);
    expect(formatsAt(s, "B15").find((f) => f.numberFormat)?.numberFormat).toBe("0.0%");
    expect(formatsAt(s, "B18").find((f) => f.numberFormat)?.numberFormat).toBe('"¥"#,##0.00');
  });

  it("copies an approved total typed as text, and says so; without one, or without days or attendees, leaves the figure blank", () => {
    const asText = review(parsed(BUDGET, [...EVENT.filter((r) => r[0] !== "预算总额"), ["预算总额", "¥60,000"]]));
    expect(cellsOf(asText.sheet).get("B13")).toEqual({ value: 60000 });
    expect(valueAt(asText.sheet, "C13")).toContain("是文本");
    const none = review(
      parsed(
        BUDGET,
        EVENT.filter((r) => r[0] !== "预算总额"),
      ),
      { attendees: 0, meetingDays: undefined },
    );
    expect(cellsOf(none.sheet).get("B13")).toEqual({ value: "" });
    expect(cellsOf(none.sheet).get("B14")).toEqual({ value: "" });
    expect(valueAt(none.sheet, "C17")).toBe("会议信息中缺少开始或结束时间");
    expect(resultAt(none, "B18")).toBe("");
  });

  it("says when there is no contingency category", () => {
    const { sheet: s } = review(parsed(BUDGET.filter((r) => r[0] !== "不可预计费用")));
    expect(cellsOf(s).get("B14")).toEqual({ value: "" });
    expect(valueAt(s, "C14")).toBe("预算表中没有不可预计费用类别");
  });

  it("names the amounts typed as text, which the formulas do not count, under the table and beside their category", () => {
    const p = parsed([
      ["类别", "预算金额", "已承诺"],
      ["讲课费", 12000, "¥12,000"],
      ["讲课费", 3000, 3000],
    ]);
    const r = review(p);
    expect(resultAt(r, "C7")).toBe(3000);
    expect(valueAt(r.sheet, "H7")).toBe("C2：“¥12,000”是文本，未计入");
    const note = rowOf(r.sheet, "以下金额以文本形式录入，公式不计入本表（改为数字后即计入）：");
    expect([valueAt(r.sheet, `A${note + 1}`), valueAt(r.sheet, `B${note + 1}`)]).toEqual(["预算!C2", "¥12,000"]);
    expect(r.sheet.links).toContainEqual({ row: note, col: 0, sheet: "预算", cell: "C2", text: "预算!C2" });
  });

  it("shows a finding beside the category whose line it is on, in cell order, and the rest under the table", () => {
    const p = parsed();
    const finding = (cell: string, text: string, sheetName = "预算"): Finding => ({
      id: "budget.test",
      severity: "warning",
      sheet: sheetName,
      cell,
      message: { zh: text, en: text },
    });
    const findings = [finding("E5", "第二条"), finding("C2", "第一条"), finding("A1:E1", "表头问题"), finding("D3", "餐饮超支")];
    const { sheet: s } = review(p, { findings });
    expect(valueAt(s, "H7")).toBe("C2：第一条\nE5：第二条");
    expect(valueAt(s, "H8")).toBe("D3：餐饮超支");
    const other = rowOf(s, "预算表的其他问题：");
    expect([valueAt(s, `A${other + 1}`), valueAt(s, `B${other + 1}`)]).toEqual(["预算!A1:E1", "表头问题"]);
    expect(s.links).toContainEqual({ row: other, col: 0, sheet: "预算", cell: "A1", text: "预算!A1:E1" });
  });

  it("leaves a missing committed or actual column empty and says so", () => {
    const p = parsed([
      ["类别", "项目", "预算金额", "实际金额"],
      ["会议厅费", "主会场", 100, 120],
    ]);
    const r = review(p);
    expect(cellsOf(r.sheet).get("C7")).toEqual({ value: "" });
    expect(cellsOf(r.sheet).get("C8")).toEqual({ value: "" });
    expect(["E7", "F7"].map((a) => resultAt(r, a))).toEqual([120, -20]);
    expect(columnA(r.sheet).map((c) => c.text)).toContain("预算表没有“已承诺”列，该列留空。");
  });

  it("says so instead of showing an empty grid when there is no Budget sheet or no budget lines", () => {
    const none = review(parsed(null));
    expect(columnA(none.sheet).map((c) => c.text)).toEqual([
      "预算审核 — 2026年度工作会议",
      "未找到预算工作表，无法生成预算审核。请新建“预算”工作表，或运行“初始化”生成模板。",
    ]);
    expect(none.sheet.formulas).toEqual([]);
    const empty = review(parsed([["类别", "项目", "预算金额", "已承诺", "实际金额"]]));
    expect(valueAt(empty.sheet, "A2")).toBe("“预算”工作表中没有预算行，无可审核的内容。");
  });

  it("speaks English for an English workbook", () => {
    const p = parse(
      sheet("Event", [
        ["Event name", "Annual Conference"],
        ["Total budget", 36000],
        ["Currency", "GBP"],
      ]),
      sheet("Budget", [
        ["Category", "Item", "Budget", "Committed", "Actual"],
        ["Venue hire", "Main hall", 9000, 9000, 2700],
        ["", "Misc", 10, "", ""],
      ]),
    );
    const { sheet: s } = review(p, { lang: "en" });
    expect(valueAt(s, "A1")).toBe("Budget Review — Annual Conference");
    expect(valueAt(s, "A2")).toBe('Every figure is a formula over the "Budget" sheet, so it follows later edits.');
    expect(
      columnA(s)
        .slice(5, 8)
        .map((c) => c.text),
    ).toEqual(["Venue hire", "Uncategorised (no category)", "Total"]);
    expect(formulaAt(s, "B7")).toBe(`=SUMIFS('Budget'!$C$2:$C$503,'Budget'!$A$2:$A$503,"=Venue hire")`);
  });

  it("writes formulas and values to separate cells, and is the same every time", () => {
    const a = review();
    expect(() => cellsOf(a.sheet)).not.toThrow();
    expect(review()).toEqual(a);
  });
});
