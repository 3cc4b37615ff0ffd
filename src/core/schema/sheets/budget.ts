import { PAYMENT_STATUS, type PaymentStatus } from "../enums";
import type { TableSheetDef } from "../sheetDef";

/** 预算 / Budget: one row per budget line. */
export interface BudgetFields {
  category: string;
  item: string;
  quantity: number;
  unitPrice: number;
  budget: number;
  committed: number;
  actual: number;
  approver: string;
  invoice: string;
  paymentStatus: PaymentStatus;
  notes: string;
}

export const BUDGET: TableSheetDef = {
  key: "budget",
  layout: "table",
  zh: "预算",
  en: "Budget",
  synonyms: ["经费预算", "费用预算", "会议预算", "预算表", "费用", "经费", "Costs", "Expenses", "Budget lines"],
  optional: false,
  essential: ["budget"],
  minHeaderMatches: 3,
  columns: [
    {
      key: "category",
      zh: "类别",
      en: "Category",
      synonyms: ["费用类别", "科目", "预算科目", "费用科目", "Line", "Budget line"],
      type: "text",
      width: 14,
      examples: { zh: ["会议厅费", "不可预计费用"], en: ["Venue hire", "Contingency"] },
    },
    {
      key: "item",
      zh: "项目",
      en: "Item",
      synonyms: ["明细", "费用项目", "费用名称", "内容", "Description", "Details"],
      type: "text",
      width: 22,
      examples: { zh: ["主会场租赁（2天）", "预留"], en: ["Main hall, 2 days", "Reserve"] },
    },
    { key: "quantity", zh: "数量", en: "Quantity", synonyms: ["人数", "份数", "Qty", "Count"], type: "number", width: 8 },
    { key: "unitPrice", zh: "单价", en: "Unit price", synonyms: ["标准", "Unit cost", "Rate"], type: "money", width: 10 },
    {
      key: "budget",
      zh: "预算金额",
      en: "Budget",
      synonyms: ["预算", "预算数", "预算额", "Budgeted", "Budget amount", "Planned"],
      type: "money",
      width: 12,
      examples: { zh: [30000, 3000], en: [12000, 1200] },
    },
    {
      key: "committed",
      zh: "已承诺",
      en: "Committed",
      synonyms: ["合同金额", "已签合同", "承诺金额", "Commitment", "Contracted"],
      type: "money",
      width: 12,
    },
    {
      key: "actual",
      zh: "实际金额",
      en: "Actual",
      synonyms: ["实际支出", "已支出", "实际", "实付金额", "Spent", "Actual cost"],
      type: "money",
      width: 12,
    },
    { key: "approver", zh: "审批人", en: "Approver", synonyms: ["审批", "批准人", "Approved by"], type: "text", width: 10 },
    {
      key: "invoice",
      zh: "发票号",
      en: "Invoice",
      synonyms: ["发票", "发票号码", "Invoice no", "Invoice number"],
      type: "idText",
      width: 14,
    },
    {
      key: "paymentStatus",
      zh: "付款状态",
      en: "Payment status",
      synonyms: ["付款", "支付状态", "Payment", "Paid"],
      type: "enum",
      enumDef: PAYMENT_STATUS,
      width: 10,
    },
    { key: "notes", zh: "备注", en: "Notes", synonyms: ["说明", "Remarks", "Comment"], type: "text", width: 16 },
  ],
};
