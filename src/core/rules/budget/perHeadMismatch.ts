import type { Finding } from "../../finding";
import { cellOf, finding } from "../cells";
import type { Rule } from "../types";
import { budgetLines } from "./budgetLines";
import { headcount } from "./headcount";
import { formatCount } from "./money";
import { perHeadNeeds } from "./perHeadNeed";

/**
 * Catering, printing and hotel lines are sized by the roster. A quantity below what the confirmed
 * people need, or above what everyone still expected could use, by more than the headcount
 * tolerance, means the line was sized on an old list.
 */
export const perHeadMismatch: Rule = {
  id: "budget.per-head-mismatch",
  family: "budget",
  severity: "warning",
  title: { zh: "按人头计的数量与名单不符", en: "Per-head quantity does not match the roster" },
  needs: [
    { sheet: "budget", columns: ["category", "quantity"] },
    { sheet: "roster", columns: ["status"] },
  ],
  run({ wb, settings }) {
    const table = wb.budget;
    const lines = budgetLines(table);
    const needOf = perHeadNeeds(
      wb,
      headcount(wb.roster),
      lines.some((l) => l.category === "staffCosts"),
    );
    const tol = settings.headcountTolerance;
    const out: Finding[] = [];
    for (const line of lines) {
      const quantity = line.record.fields.quantity?.value;
      if (quantity === undefined) continue;
      const need = needOf(line);
      if (!need) continue;
      const few = quantity < need.low * (1 - tol);
      if (!few && quantity <= need.high * (1 + tol)) continue;
      const q = formatCount(quantity);
      const message = few
        ? {
            zh: `${line.label.zh}数量为 ${q}，按名单至少需要 ${Math.ceil(need.low)}：${need.lowBasis.zh}。`,
            en: `${line.label.en}: the quantity is ${q}, but the roster needs at least ${Math.ceil(need.low)}: ${need.lowBasis.en}.`,
          }
        : {
            zh: `${line.label.zh}数量为 ${q}，按名单最多需要 ${Math.ceil(need.high)}：${need.highBasis.zh}。`,
            en: `${line.label.en}: the quantity is ${q}, but the roster needs at most ${Math.ceil(need.high)}: ${need.highBasis.en}.`,
          };
      out.push(
        finding(perHeadMismatch, table.sheet!, cellOf(table, line.record, "quantity"), message, {
          zh: "按最新名单核对数量并调整预算（住宿按间夜计）；数量按餐次、桌数或每人套数计的，请在项目中注明，如“工作餐（3餐）”。",
          en: 'Recount from the current roster (hotels in room-nights) and adjust the budget; if the quantity counts meals, tables or sets per person, say so in the item, e.g. "Working meals, 3 sittings".',
        }),
      );
    }
    return out;
  },
};
