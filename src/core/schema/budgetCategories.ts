import { foldKey } from "./normalize/text";

/** The budget lines finance expects: the seed's eight (会议厅费 … 不可预计费用) plus catering, hotels, transport and equipment. */
export type BudgetCategory =
  | "venue"
  | "speakerExpenses"
  | "speakerFees"
  | "staffCosts"
  | "signage"
  | "printing"
  | "refreshments"
  | "catering"
  | "accommodation"
  | "transport"
  | "equipment"
  | "contingency";

export interface CategoryDef {
  code: BudgetCategory;
  /** The names the templates and the sample workbooks use. */
  zh: string;
  en: string;
  /** Other ways planners write the category, in either language. */
  synonyms: readonly string[];
}

export const BUDGET_CATEGORIES: readonly CategoryDef[] = [
  {
    code: "venue",
    zh: "会议厅费",
    en: "Venue hire",
    synonyms: [
      "会议厅",
      "会场费",
      "场地费",
      "场租",
      "场地租赁",
      "会场租赁",
      "会议室租金",
      "Venue",
      "Venue rental",
      "Room hire",
      "Hall hire",
    ],
  },
  {
    code: "speakerExpenses",
    zh: "讲师食住行费",
    en: "Speakers' expenses",
    synonyms: [
      "讲师食住行",
      "讲师差旅费",
      "讲师食宿交通费",
      "讲师交通食宿费",
      "专家食住行费",
      "专家差旅费",
      "Speaker expenses",
      "Speakers' travel",
      "Speaker travel",
      "Speaker travel and hotel",
    ],
  },
  {
    code: "speakerFees",
    zh: "讲课费",
    en: "Speaker fees",
    synonyms: [
      "授课费",
      "讲师费",
      "专家费",
      "专家咨询费",
      "演讲费",
      "Speaker fee",
      "Speakers' fees",
      "Lecture fees",
      "Honoraria",
      "Honorarium",
    ],
  },
  {
    code: "staffCosts",
    zh: "工作人员费用",
    en: "Staff costs",
    synonyms: ["工作人员费", "会务人员费用", "工作人员食宿", "Staff", "Staff expenses", "Crew costs"],
  },
  {
    code: "signage",
    zh: "广告制作费",
    en: "Signage",
    synonyms: ["制作广告费", "广告费", "宣传费", "宣传制作费", "布置费", "Advertising", "Banners", "Branding", "Signs"],
  },
  {
    code: "printing",
    zh: "资料制作费",
    en: "Printing",
    synonyms: ["资料费", "材料费", "会议资料费", "印刷费", "资料印刷费", "Materials", "Meeting papers", "Print", "Printing and materials"],
  },
  {
    code: "refreshments",
    zh: "水费",
    en: "Refreshments",
    synonyms: ["饮用水", "茶水费", "茶歇", "茶歇费", "Water", "Tea breaks", "Coffee breaks"],
  },
  {
    code: "catering",
    zh: "餐饮",
    en: "Catering",
    synonyms: ["餐费", "餐饮费", "伙食费", "用餐", "就餐", "工作餐", "Meals", "Food", "Food and beverage", "F&B"],
  },
  {
    code: "accommodation",
    zh: "住宿",
    en: "Accommodation",
    synonyms: ["住宿费", "酒店住宿", "酒店", "房费", "Hotel", "Hotels", "Lodging", "Rooms"],
  },
  {
    code: "transport",
    zh: "交通",
    en: "Transport",
    synonyms: ["交通费", "用车", "车辆", "租车", "接送", "Transportation", "Shuttles", "Coaches"],
  },
  {
    code: "equipment",
    zh: "设备租赁",
    en: "Equipment hire",
    synonyms: ["设备费", "设备租赁费", "设备", "音响设备", "Equipment", "Equipment rental", "AV", "AV hire", "Audio-visual"],
  },
  {
    code: "contingency",
    zh: "不可预计费用",
    en: "Contingency",
    synonyms: [
      "不可预计费",
      "不可预见费",
      "不可预见费用",
      "预备费",
      "机动费",
      "机动经费",
      "应急费用",
      "Contingencies",
      "Reserve",
      "Unforeseen costs",
    ],
  },
];

/** "餐饮费" and "餐饮" are the same line: a trailing 费/费用 says nothing about which one it is. */
function categoryKey(text: string): string {
  return foldKey(text).replace(/(费用|费)$/, "");
}

const BY_KEY = new Map<string, BudgetCategory>();
for (const c of BUDGET_CATEGORIES) {
  for (const name of [c.zh, c.en, ...c.synonyms]) {
    const k = categoryKey(name);
    if (k && !BY_KEY.has(k)) BY_KEY.set(k, c.code);
  }
}

/** The category a free-text name means, in either language; undefined when it is none of the known lines. */
export function matchCategory(text: string | undefined): BudgetCategory | undefined {
  if (!text) return undefined;
  const k = categoryKey(text);
  return k ? BY_KEY.get(k) : undefined;
}

export function categoryDef(code: BudgetCategory): CategoryDef {
  return BUDGET_CATEGORIES.find((c) => c.code === code)!;
}
