import type { Finding } from "../../finding";
import { eventCell, finding } from "../cells";
import type { Rule } from "../types";
import { budgetLines, moneyPrefix, outturn, plannedTotal } from "./budgetLines";
import { formatMoney, formatShare, toCents } from "./money";

/**
 * The budget against the Event's approved total (预算总额). An error when the out-turn — spent or
 * committed where entered, else the line's budget, the unspent contingency left out (see
 * `outturn`) — is above it: on today's figures the meeting costs more than was approved. A
 * warning when the line budgets alone add up to more than the approved total.
 */
export const totalOver: Rule = {
  id: "budget.total-over",
  family: "budget",
  severity: "error",
  title: { zh: "费用超出预算总额", en: "Costs above the approved total" },
  needs: [
    { sheet: "budget", columns: ["budget"] },
    { sheet: "event", columns: [] },
  ],
  run({ wb }) {
    const approvedValue = wb.event.fields.totalBudget?.value;
    if (approvedValue === undefined) return [];
    const approved = toCents(approvedValue);
    const lines = budgetLines(wb.budget);
    if (lines.length === 0) return [];
    const money = (c: number) => formatMoney(c, moneyPrefix(wb));
    const sheet = wb.event.sheet!;
    const cell = eventCell(wb.event, "totalBudget");
    const by = (over: number) =>
      approved > 0
        ? { zh: `${money(over)}（${formatShare(over / approved)}）`, en: `${money(over)} (${formatShare(over / approved)})` }
        : { zh: money(over), en: money(over) };
    const out: Finding[] = [];

    const expected = outturn(lines);
    if (expected > approved) {
      const b = by(expected - approved);
      out.push(
        finding(
          totalOver,
          sheet,
          cell,
          {
            zh: `按已支出和已承诺金额（尚未承诺的按预算）计，会议费用预计 ${money(expected)}，比批准的预算总额 ${money(approved)} 超出 ${b.zh}。`,
            en: `Counting what is spent or committed (and the budget where nothing is yet), the meeting will cost ${money(expected)}, ${b.en} above the approved total of ${money(approved)}.`,
          },
          {
            zh: "压减尚未签约的项目，或报批追加预算总额。",
            en: "Cut lines not yet contracted, or ask for a higher approved total.",
          },
          "error",
        ),
      );
    }

    const planned = plannedTotal(lines);
    if (planned > approved) {
      const b = by(planned - approved);
      out.push(
        finding(
          totalOver,
          sheet,
          cell,
          {
            zh: `各项预算合计 ${money(planned)}，比批准的预算总额 ${money(approved)} 超出 ${b.zh}。`,
            en: `The line budgets add up to ${money(planned)}, ${b.en} above the approved total of ${money(approved)}.`,
          },
          {
            zh: "调减各项预算，使合计不超过预算总额；或报批调整预算总额。",
            en: "Trim the line budgets to fit the approved total, or have the total revised.",
          },
          "warning",
        ),
      );
    }
    return out;
  },
};
