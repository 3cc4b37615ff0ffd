import { join } from "path";
import { readInputs } from "../../../../src/app/readInputs";
import { outputTarget } from "../../../../src/core/plan/outputTarget";
import { BUDGET_REVIEW_SHEET_NAME, budgetReview, type BudgetReview } from "../../../../src/core/report/budgetReview";
import { daysBetween } from "../../../../src/core/schema/normalize/dates";
import { createXlsxGateway, openXlsxBuffer, openXlsxFile, toXlsxBuffer, type XlsxWorkbook } from "../../../../src/xlsx";
import { hasLibreOffice, recalculatedSheets } from "../../../support/libreOffice";
import { messyBudgetBook } from "./support/messyBudgetBook";

const describeWithLibreOffice = hasLibreOffice() ? describe : describe.skip;
const SAMPLES = join(__dirname, "../../../../samples");

/** The review the Check command would write for this workbook, from the engine's own reading of it. */
async function reviewOf(book: XlsxWorkbook): Promise<BudgetReview> {
  const { parsed, snapshot } = await readInputs(createXlsxGateway(book));
  const start = parsed.event.fields.start?.value.date;
  const end = parsed.event.fields.end?.value.date;
  return budgetReview({
    target: outputTarget(snapshot, "budgetReview", BUDGET_REVIEW_SHEET_NAME[parsed.lang]),
    lang: parsed.lang,
    budget: parsed.budget,
    event: parsed.event,
    attendees: parsed.roster.records.filter((r) => r.fields.status?.value === "confirmed").length,
    meetingDays: start && end ? daysBetween(start, end) + 1 : undefined,
    findings: parsed.findings.filter((f) => f.sheet === parsed.budget.sheet),
  });
}

async function written(book: XlsxWorkbook, review: BudgetReview): Promise<Buffer> {
  await createXlsxGateway(book).apply({ sheets: [review.sheet] });
  return toXlsxBuffer(book);
}

const NUMBER = /^-?\d+(\.\d+)?(E[-+]?\d+)?%?$/i;

/** A number as the CSV shows it; percent-formatted cells keep their "%" even when not shown as formatted. */
function numberOf(text: string): number {
  return text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
}

/**
 * Every number the review shows once calculated, against the engine: each formula's result, and
 * each number written as a value. Cents must agree; shares to six places.
 */
function mismatches(csv: string[][], review: BudgetReview, results = review.results): string[] {
  const expected = new Map<string, number | "">();
  const texts = new Set<string>();
  const at = (r: number, c: number) => `${r}:${c}`;
  for (const b of review.sheet.values)
    b.values.forEach((row, i) =>
      row.forEach((x, j) => (typeof x === "number" ? expected.set(at(b.row + i, b.col + j), x) : texts.add(at(b.row + i, b.col + j)))),
    );
  for (const r of results) expected.set(at(r.row, r.col), r.result);
  const out: string[] = [];
  for (const [key, want] of expected) {
    const [r, c] = key.split(":").map(Number);
    const got = csv[r]?.[c] ?? "";
    const ok =
      want === ""
        ? got === ""
        : Number.isNaN(want)
          ? /^(#|Err:)/.test(got)
          : NUMBER.test(got) && Math.abs(numberOf(got) - want) < Math.max(1e-6, Math.abs(want) * 1e-12);
    if (!ok) out.push(`row ${r + 1} col ${c + 1}: LibreOffice ${JSON.stringify(got)}, engine ${want}`);
  }
  csv.forEach((row, r) =>
    row.forEach((text, c) => {
      if (NUMBER.test(text) && !expected.has(at(r, c)) && !texts.has(at(r, c)))
        out.push(`row ${r + 1} col ${c + 1}: unexpected number ${text}`);
    }),
  );
  return out;
}

describeWithLibreOffice("the Budget Review's formulas, recalculated by LibreOffice", () => {
  it("give the engine's figures on a messy budget, on both samples, and after the budget is edited", async () => {
    const messy = await openXlsxBuffer(await messyBudgetBook());
    const messyReview = await reviewOf(messy);
    await createXlsxGateway(messy).apply({ sheets: [messyReview.sheet] });
    // Edits after the review was written: an amount changed, and a line added below the total row.
    const budgetSheet = messy.excel.getWorksheet("预算")!;
    budgetSheet.getCell("D3").value = 32000.1;
    budgetSheet.getRow(25).values = [17, "讲课费", "追加讲座", 3000, 3000, 1234.56];
    const edited = await reviewOf(messy);
    const editedXlsx = await toXlsxBuffer(messy);

    const zh = await openXlsxFile(join(SAMPLES, "annual-work-conference.zh.xlsx"));
    const zhReview = await reviewOf(zh);
    const en = await openXlsxFile(join(SAMPLES, "annual-conference.en.xlsx"));
    const enReview = await reviewOf(en);

    const csv = recalculatedSheets({
      messy: { xlsx: editedXlsx, sheet: messyReview.sheet.name },
      zh: { xlsx: await written(zh, zhReview), sheet: zhReview.sheet.name },
      en: { xlsx: await written(en, enReview), sheet: enReview.sheet.name },
    });

    // The edited budget has the same categories, so the engine's figures sit in the same cells.
    expect(edited.results.map((r) => `${r.row}:${r.col}`)).toEqual(messyReview.results.map((r) => `${r.row}:${r.col}`));
    expect(mismatches(csv.messy, messyReview, edited.results)).toEqual([]);
    expect(mismatches(csv.zh, zhReview)).toEqual([]);
    expect(mismatches(csv.en, enReview)).toEqual([]);

    // The figures a reader would check by hand.
    const row = (label: string, rows: string[][]) => rows.find((r) => r[0] === label)!;
    expect(row("会议厅费", csv.messy).slice(1, 4)).toEqual(["37600.35", "35600.25", "9000.5"]);
    expect(row("讲课费", csv.messy).slice(1, 4)).toEqual(["15000", "3000", "1234.56"]); // "¥12,000" not counted
    expect(row('He said "=1"', csv.messy).slice(1, 6)).toEqual(["1000", "500", "1500.75", "1500.75", "-500.75"]);
    expect(row("=1", csv.messy)[1]).toBe("200");
    expect(row("A*B", csv.messy)[1]).toBe("300");
    expect(row("AxB", csv.messy)[1]).toBe("400");
    expect(row("Catering", csv.messy).slice(1, 4)).toEqual(["900", "800", "100"]);
    expect(row("餐饮", csv.messy).slice(1, 4)).toEqual(["1900", "900", "999.99"]);
    expect(row("未分类（类别为空）", csv.messy).slice(1, 4)).toEqual(["400", "250", "20"]);
    expect(row("讲课费", csv.zh)[2]).toBe("0");
    expect(row("合计", csv.zh)[1]).toBe("185000");
    expect(row("Speaker fees", csv.en)[2]).toBe("0");
  }, 300_000);
});
