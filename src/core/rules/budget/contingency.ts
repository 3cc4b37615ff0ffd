import { cellOf, finding } from "../cells";
import type { Rule } from "../types";
import { budgetLines, moneyPrefix, plannedTotal } from "./budgetLines";
import { formatMoney, formatShare, formatShareBeside, toCents } from "./money";
import { newLineCell } from "./newLineCell";

/**
 * The seed's 不可预计费用: a budget should hold a contingency, sized between the settings'
 * minimum and maximum share of the total (the Event's approved total, else the lines' sum).
 */
export const contingency: Rule = {
  id: "budget.contingency",
  family: "budget",
  severity: "warning",
  title: { zh: "不可预计费用", en: "Contingency" },
  needs: [{ sheet: "budget", columns: ["category", "budget"] }],
  run({ wb, settings }) {
    const table = wb.budget;
    const lines = budgetLines(table);
    if (lines.length === 0) return [];
    const reserve = lines.filter((l) => l.category === "contingency");
    if (reserve.length === 0) {
      return [
        finding(
          contingency,
          table.sheet!,
          newLineCell(table),
          { zh: "预算中没有“不可预计费用”一项。", en: "The budget has no contingency line." },
          {
            zh: `添加“不可预计费用”，一般为预算总额的 ${formatShare(settings.contingencyMin)}–${formatShare(settings.contingencyMax)}。`,
            en: `Add a contingency line, usually ${formatShare(settings.contingencyMin)}–${formatShare(settings.contingencyMax)} of the total.`,
          },
        ),
      ];
    }

    const approved = wb.event.fields.totalBudget?.value;
    const total = approved !== undefined ? toCents(approved) : plannedTotal(lines);
    if (total <= 0) return [];
    const amount = reserve.reduce((s, l) => s + (l.budget ?? 0), 0);
    const share = amount / total;
    const low = share < settings.contingencyMin;
    if (!low && share <= settings.contingencyMax) return [];

    const money = (c: number) => formatMoney(c, moneyPrefix(wb));
    const of = approved !== undefined ? { zh: "预算总额", en: "the approved total" } : { zh: "各项预算合计", en: "the sum of the lines" };
    const limit = low ? settings.contingencyMin : settings.contingencyMax;
    const bound = formatShare(limit);
    const shown = formatShareBeside(share, limit);
    const first = reserve[0];
    return [
      finding(
        contingency,
        table.sheet!,
        cellOf(table, first.record, "budget"),
        {
          zh: `不可预计费用 ${money(amount)}，占${of.zh} ${money(total)} 的 ${shown}，${low ? "低于" : "高于"} ${bound}。`,
          en: `The contingency of ${money(amount)} is ${shown} of ${of.en} (${money(total)}), ${low ? "below" : "above"} ${bound}.`,
        },
        low
          ? { zh: "适当增加不可预计费用，以备超支。", en: "Raise the contingency to cover overruns." }
          : { zh: "把多余的不可预计费用分配到具体项目或调减预算。", en: "Move the excess into named lines or trim the budget." },
      ),
    ];
  },
};
