import type { Finding } from "../../finding";
import { cellOf, finding } from "../cells";
import type { Rule } from "../types";
import { budgetLines, moneyPrefix, spentOrCommitted } from "./budgetLines";
import { formatMoney } from "./money";

/**
 * Money spent or promised on a line with no budget amount at all: nobody approved it, and the
 * Budget Review's over-budget figures cannot see it. (A budget of 0 is a budget: line-over.)
 */
export const spentWithoutBudget: Rule = {
  id: "budget.spent-without-budget",
  family: "budget",
  severity: "warning",
  title: { zh: "支出没有预算", en: "Spending with no budget" },
  needs: [{ sheet: "budget", columns: ["budget"] }],
  run({ wb }) {
    const table = wb.budget;
    const money = (c: number) => formatMoney(c, moneyPrefix(wb));
    const out: Finding[] = [];
    for (const line of budgetLines(table)) {
      const spent = spentOrCommitted(line);
      if (line.budget !== undefined || spent === undefined || spent <= 0) continue;
      const isActual = line.actual !== undefined && line.actual === spent;
      const what = isActual ? { zh: "实际支出", en: "actual spending" } : { zh: "已承诺", en: "committed spending" };
      out.push(
        finding(
          spentWithoutBudget,
          table.sheet!,
          cellOf(table, line.record, "budget"),
          {
            zh: `${line.label.zh}${what.zh} ${money(spent)}，但没有预算金额。`,
            en: `${line.label.en}: ${money(spent)} of ${what.en}, but no budget amount.`,
          },
          {
            zh: "填写该项预算金额（经审批人同意），或从不可预计费用中列支并注明。",
            en: "Enter the line's budget (as the approver agreed), or charge it to the contingency and say so.",
          },
        ),
      );
    }
    return out;
  },
};
