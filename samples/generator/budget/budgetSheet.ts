import type { CellValue } from "../../../src/core/cellValue";
import { enumLabel, PAYMENT_STATUS, type PaymentStatus } from "../../../src/core/schema/enums";
import { BUDGET } from "../../../src/core/schema/sheets";
import type { Lexicon } from "../lexicon/types";
import type { Rng } from "../prng";
import { columnsOfType } from "../sheets/columns";
import type { GeneratedSheet } from "../types";
import { BUDGET_LINES, CONTINGENCY, PAYMENT, type BudgetFacts, type LineSpec } from "./budgetLines";

interface Line {
  category: string;
  item: string;
  quantity: CellValue;
  unitPrice: CellValue;
  budget: number;
  committed: CellValue;
  actual: CellValue;
  approver: string;
  invoice: string;
  paymentStatus: PaymentStatus;
  notes: string;
}

const round100 = (n: number) => Math.round(n / 100) * 100;

function line(spec: LineSpec, f: BudgetFacts, lex: Lexicon, rng: Rng, approvers: [string, string], mistakes: boolean, year: number): Line {
  const { quantity, unitPrice } = spec.size(f);
  const budget = quantity * unitPrice;
  const lang = lex.lang;
  const l: Line = {
    category: spec.category[lang],
    item: spec.item[lang],
    quantity,
    unitPrice,
    budget,
    committed: "",
    actual: "",
    approver: budget >= (lang === "zh" ? 20000 : 5000) ? approvers[0] : approvers[1],
    invoice: "",
    paymentStatus: PAYMENT[spec.progress],
    notes: spec.notes?.[lang] ?? "",
  };
  const invoice = () => lex.invoiceNo(rng, year);
  if (spec.progress === "depositPaid")
    Object.assign(l, { committed: budget, actual: round100(budget * (spec.id === "hallMain" ? 0.3 : 0.5)), invoice: invoice() });
  if (spec.progress === "contracted") l.committed = budget;
  if (spec.progress === "contractedPart") l.committed = round100(budget * 0.95);
  if (spec.progress === "paidInFull") Object.assign(l, { committed: budget, actual: round100(budget * 0.97), invoice: invoice() });
  if (mistakes) plantBudgetMistake(spec, l, lex);
  return l;
}

/** Over budget, paid without an invoice, and an amount typed as text. */
function plantBudgetMistake(spec: LineSpec, l: Line, lex: Lexicon): void {
  if (spec.id === "signage") {
    l.actual = round100(l.budget * 1.18);
    l.notes = lex.lang === "zh" ? "追加户外指示牌" : "Extra outdoor signs added";
  }
  if (spec.id === "badges") Object.assign(l, { actual: Math.round(l.budget * 0.9), invoice: "", paymentStatus: "paid" });
  if (spec.id === "speakerFee") l.committed = lex.moneyText(l.budget);
}

export interface BudgetResult {
  sheet: GeneratedSheet;
  total: number;
}

/** The budget lines, with a contingency line that brings the total to a round figure about 7–9 % above the rest. */
export function budgetSheet(
  f: BudgetFacts,
  lex: Lexicon,
  rng: Rng,
  approvers: [string, string],
  mistakes: boolean,
  year: number,
): BudgetResult {
  const lines = BUDGET_LINES.map((s) => line(s, f, lex, rng, approvers, mistakes, year));
  const subtotal = lines.reduce((s, l) => s + l.budget, 0);
  const step = lex.lang === "zh" ? 1000 : 500;
  const total = Math.ceil((subtotal * 1.07) / step) * step;
  const lang = lex.lang;
  lines.push({
    category: CONTINGENCY.category[lang],
    item: CONTINGENCY.item[lang],
    quantity: "",
    unitPrice: "",
    budget: total - subtotal,
    committed: "",
    actual: "",
    approver: approvers[0],
    invoice: "",
    paymentStatus: "unpaid",
    notes:
      lang === "zh"
        ? `约占预算总额${(((total - subtotal) / total) * 100).toFixed(1)}%`
        : `About ${(((total - subtotal) / total) * 100).toFixed(1)}% of the total`,
  });
  const cols = BUDGET.columns;
  const cell = (l: Line, key: string): CellValue => {
    if (key === "paymentStatus") return enumLabel(PAYMENT_STATUS, l.paymentStatus, lang);
    const v = (l as unknown as Record<string, CellValue | undefined>)[key];
    return v ?? "";
  };
  return {
    total,
    sheet: {
      key: "budget",
      name: BUDGET[lang],
      rows: [cols.map((c) => c[lang]), ...lines.map((l) => cols.map((c) => cell(l, c.key)))],
      dateColumns: columnsOfType(cols, ["dateTime"]),
      textColumns: columnsOfType(cols, ["idText", "phone"]),
      moneyColumns: columnsOfType(cols, ["money"]),
    },
  };
}
