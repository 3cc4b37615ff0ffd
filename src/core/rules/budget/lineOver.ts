import type { Finding } from "../../finding";
import { cellOf, finding } from "../cells";
import type { Rule } from "../types";
import { budgetLines, moneyPrefix, spentOrCommitted } from "./budgetLines";
import { formatMoney, formatShareBeside } from "./money";

/** A line whose actual or committed amount (the larger) is above its budget: a warning, an error past the tolerance. */
export const lineOver: Rule = {
  id: "budget.line-over",
  family: "budget",
  severity: "warning",
  title: { zh: "预算项目超支", en: "Budget line over budget" },
  needs: [{ sheet: "budget", columns: ["budget"] }],
  run({ wb, settings }) {
    const table = wb.budget;
    const money = (c: number) => formatMoney(c, moneyPrefix(wb));
    const out: Finding[] = [];
    for (const line of budgetLines(table)) {
      const spent = spentOrCommitted(line);
      if (spent === undefined || line.budget === undefined || spent <= line.budget) continue;
      const over = spent - line.budget;
      const share = line.budget > 0 ? over / line.budget : Infinity;
      const isActual = line.actual !== undefined && line.actual === spent;
      const what = isActual ? { zh: "实际金额", en: "actual amount" } : { zh: "已承诺金额", en: "committed amount" };
      const shown = Number.isFinite(share) ? formatShareBeside(share, settings.budgetTolerance) : undefined;
      const by = shown ? { zh: `${money(over)}（${shown}）`, en: `${money(over)} (${shown})` } : { zh: money(over), en: money(over) };
      out.push(
        finding(
          lineOver,
          table.sheet!,
          cellOf(table, line.record, isActual ? "actual" : "committed"),
          {
            zh: `${line.label.zh}${what.zh} ${money(spent)}，比预算 ${money(line.budget)} 超出 ${by.zh}。`,
            en: `${line.label.en}: the ${what.en} of ${money(spent)} is ${by.en} over the budget of ${money(line.budget)}.`,
          },
          {
            zh: "查明超支原因，报审批人同意后追加预算，或从不可预计费用中调剂。",
            en: "Find out why, and have the approver agree to raise the budget or cover it from the contingency.",
          },
          share > settings.budgetTolerance ? "error" : "warning",
        ),
      );
    }
    return out;
  },
};
