import fc from "fast-check";
import type { CellValue } from "../../../src/core/cellValue";
import { parse, sheet, withId } from "./fixtures";

const HEAD = ["类别", "项目", "预算金额", "实际金额"];

function budgetOf(rows: CellValue[][]) {
  return parse(sheet("预算", [HEAD, ...rows]));
}

/**
 * The rule as it reads, written plainly (each row summing every line since the last total) —
 * the reference the one-pass version must agree with.
 */
function referenceDropped(rows: readonly [string, string, number | "", number | ""][]): number[] {
  const label = /^(?:.{0,12}(?:合计|小计|总计|共计)|(?:grand\s+)?(?:sub)?totals?(?:\s.{0,20})?|.{0,20}\s(?:sub)?totals?)$/i;
  const amount = (v: number | "") => (v === "" ? undefined : v);
  const dropped: number[] = [];
  let since: typeof rows = [];
  rows.forEach((r, i) => {
    const mine = [amount(r[2]), amount(r[3])];
    const sums = [2, 3].map((k) => since.reduce((s, l) => s + (amount(l[k] as number | "") ?? 0), 0));
    const category = r[0] || undefined;
    const unnamed = !r[1] && (!category || since.every((l) => (l[0] || undefined) === category));
    const isSum =
      since.length >= 2 && mine.some((v) => v !== undefined) && mine.every((v, j) => v === undefined || Math.abs(v - sums[j]) < 0.005);
    if ([r[0], r[1]].some((t) => t && label.test(t.trim())) || (unnamed && isSum)) {
      dropped.push(i);
      since = [];
    } else since = [...since, r];
  });
  return dropped;
}

describe("the planner's own total rows in the budget", () => {
  it("are left out, said once: a labelled 合计 and an unlabelled SUM row under one category", () => {
    const wb = budgetOf([
      ["会议费", "场地", 30000, 28000],
      ["会议费", "设备", 5000, 4000],
      ["会议费", "", 35000, 32000],
      ["餐饮费", "工作餐", 24000, ""],
      ["合计", "", 59000, 32000],
    ]);
    expect(wb.budget.records.map((r) => r.fields.item?.value)).toEqual(["场地", "设备", "工作餐"]);
    // Row 4 is the SUM row found here; the 合计 row goes with the sheet's other trailing totals.
    expect(withId(wb.findings, "parse.total-rows").map((f) => f.message.zh)).toEqual([
      "第 4 行是合计或小计，不作为预算行计算（否则总数会重复）。",
    ]);
  });

  it("keep a line whose amounts only happen to differ from the sum, or that has an item", () => {
    const wb = budgetOf([
      ["会议费", "场地", 30000, ""],
      ["会议费", "设备", 5000, ""],
      ["会议费", "会务服务", 35000, ""],
      ["会议费", "", 70001, ""],
    ]);
    expect(wb.budget.records).toHaveLength(4);
  });

  it("are found alike on any budget by the one-pass reading and by the plain rule", () => {
    const row = fc.tuple(
      fc.constantFrom("会议费", "餐饮费", ""),
      fc.constantFrom("场地", "设备", "", "小计"),
      fc.oneof(
        fc.integer({ min: 0, max: 5 }).map((n) => n * 1000),
        fc.constant("" as const),
      ),
      fc.oneof(
        fc.integer({ min: 0, max: 5 }).map((n) => n * 1000),
        fc.constant("" as const),
      ),
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 14 }), (rows) => {
        // A row with no cell at all is not a record; keep every row a record.
        const lines = rows.map((r): [string, string, number | "", number | ""] => [
          r[0],
          r[1] || (r[0] ? "" : "其他"),
          r[2] === "" && r[3] === "" ? 0 : r[2],
          r[3],
        ]);
        const kept = budgetOf(lines).budget.records.map((r) => r.row - 1);
        const dropped = new Set(referenceDropped(lines));
        expect(kept).toEqual(lines.map((_, i) => i).filter((i) => !dropped.has(i)));
      }),
      {
        numRuns: 1000,
        // A 小计 row the table reading leaves out, then a category line of zeros that would equal the sum above it.
        examples: [
          [
            [
              ["会议费", "场地", "", ""],
              ["会议费", "场地", "", 0],
              ["", "小计", 0, 0],
              ["会议费", "", "", ""],
              ["会议费", "场地", 0, 0],
            ],
          ],
        ],
      },
    );
  });
});
