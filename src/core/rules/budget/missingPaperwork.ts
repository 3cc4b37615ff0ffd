import type { Finding } from "../../finding";
import { cellOf, finding } from "../cells";
import type { Rule } from "../types";
import { budgetLines, moneyPrefix } from "./budgetLines";
import { formatMoney } from "./money";

/** Money spent must be backed by an invoice and an approver before finance can settle it (the seed: 报请领导批示、费用报销). */
export const missingPaperwork: Rule = {
  id: "budget.missing-paperwork",
  family: "budget",
  severity: "warning",
  title: { zh: "支出缺发票或审批人", en: "Spending without invoice or approver" },
  needs: [{ sheet: "budget", columns: ["actual", "invoice", "approver"] }],
  run({ wb }) {
    const table = wb.budget;
    const out: Finding[] = [];
    for (const line of budgetLines(table)) {
      if (line.actual === undefined || line.actual <= 0) continue;
      const noInvoice = !line.record.fields.invoice;
      const noApprover = !line.record.fields.approver;
      if (!noInvoice && !noApprover) continue;
      const missing =
        noInvoice && noApprover
          ? { zh: "发票号和审批人", en: "no invoice number and no approver", fix: "the invoice number and the approver" }
          : noInvoice
            ? { zh: "发票号", en: "no invoice number", fix: "the invoice number" }
            : { zh: "审批人", en: "no approver", fix: "the approver" };
      const spent = formatMoney(line.actual, moneyPrefix(wb));
      out.push(
        finding(
          missingPaperwork,
          table.sheet!,
          cellOf(table, line.record, noInvoice ? "invoice" : "approver"),
          {
            zh: `${line.label.zh}已支出 ${spent}，但没有${missing.zh}。`,
            en: `${line.label.en}: ${spent} spent, but ${missing.en} is recorded.`,
          },
          {
            zh: `补填${missing.zh}，以便财务报销结算。`,
            en: `Enter ${missing.fix} so finance can settle the payment.`,
          },
        ),
      );
    }
    return out;
  },
};
