import type { PaymentStatus } from "../../../src/core/schema/enums";
import type { Bilingual } from "../../../src/core/i18n";
import type { Lang } from "../types";

/** What the budget is sized from. */
export interface BudgetFacts {
  lang: Lang;
  /** People expected (neither on leave nor cancelled). */
  headcount: number;
  staff: number;
  speakers: number;
  groups: number;
  travellers: number;
  roomNights: number;
  /** Average nightly rate over the blocks, rounded. */
  roomRate: number;
}

export type BudgetLineId =
  | "hallMain"
  | "hallBreakout"
  | "speakerTravel"
  | "speakerFee"
  | "staffCost"
  | "signage"
  | "papers"
  | "badges"
  | "water"
  | "meals"
  | "hotel"
  | "transport"
  | "equipment";

export interface LineSpec {
  id: BudgetLineId;
  category: Bilingual;
  item: Bilingual;
  /** Quantity and unit price; the line's budget is their product. */
  size(f: BudgetFacts): { quantity: number; unitPrice: number };
  /** How far the line has got four days before the meeting. */
  progress: "depositPaid" | "contracted" | "contractedPart" | "open" | "paidInFull";
  notes?: Bilingual;
}

const per = (zh: number, en: number) => (f: BudgetFacts) => (f.lang === "zh" ? zh : en);
const round100 = (n: number) => Math.round(n / 100) * 100;

/** The seed's budget lines (会议厅费 … 水费) plus catering, hotels, transport and equipment hire. */
export const BUDGET_LINES: readonly LineSpec[] = [
  {
    id: "hallMain",
    category: { zh: "会议厅费", en: "Venue hire" },
    item: { zh: "主会场租赁（2天）", en: "Main hall, 2 days" },
    size: (f) => ({ quantity: 2 * Math.ceil(f.headcount / 400), unitPrice: per(15000, 4500)(f) }),
    progress: "depositPaid",
    notes: { zh: "已付30%定金", en: "30% deposit paid" },
  },
  {
    id: "hallBreakout",
    category: { zh: "会议厅费", en: "Venue hire" },
    item: { zh: "分组讨论室（1天）", en: "Breakout rooms, 1 day" },
    size: (f) => ({ quantity: f.groups, unitPrice: per(800, 250)(f) }),
    progress: "contracted",
  },
  {
    id: "speakerTravel",
    category: { zh: "讲师食住行费", en: "Speakers' expenses" },
    item: { zh: "讲师往返交通及食宿", en: "Speakers' travel, hotel and meals" },
    size: (f) => ({ quantity: f.speakers, unitPrice: per(2500, 450)(f) }),
    progress: "open",
    notes: { zh: "按实报销", en: "Reimbursed at cost" },
  },
  {
    id: "speakerFee",
    category: { zh: "讲课费", en: "Speaker fees" },
    item: { zh: "专题讲座讲课费", en: "Keynote and workshop fees" },
    size: (f) => ({ quantity: f.speakers, unitPrice: per(3000, 300)(f) }),
    progress: "contracted",
  },
  {
    id: "staffCost",
    category: { zh: "工作人员费用", en: "Staff costs" },
    item: { zh: "工作人员食宿（2天）", en: "Staff meals and duty rooms, 2 days" },
    size: (f) => ({ quantity: f.staff, unitPrice: per(300, 60)(f) }),
    progress: "open",
  },
  {
    id: "signage",
    category: { zh: "广告制作费", en: "Signage" },
    item: { zh: "背景板、横幅、指示牌制作", en: "Backdrop, banners and signs" },
    size: (f) => ({ quantity: 1, unitPrice: round100(f.lang === "zh" ? 8000 + f.headcount * 20 : 2500 + f.headcount * 6) }),
    progress: "paidInFull",
  },
  {
    id: "papers",
    category: { zh: "资料制作费", en: "Printing" },
    item: { zh: "会议材料印刷装订", en: "Meeting papers, printing and binding" },
    size: (f) => ({ quantity: f.headcount, unitPrice: per(35, 8)(f) }),
    progress: "contractedPart",
  },
  {
    id: "badges",
    category: { zh: "资料制作费", en: "Printing" },
    item: { zh: "证件制作（出席证、列席证、工作证）", en: "Badges and lanyards (attendee, observer, staff)" },
    size: (f) => ({ quantity: f.headcount + f.staff, unitPrice: per(6, 2)(f) }),
    progress: "contracted",
  },
  {
    id: "water",
    category: { zh: "水费", en: "Refreshments" },
    item: { zh: "会议用水及茶歇（2天）", en: "Water and tea breaks, 2 days" },
    size: (f) => ({ quantity: f.headcount * 2, unitPrice: per(25, 6)(f) }),
    progress: "contracted",
  },
  {
    id: "meals",
    category: { zh: "餐饮", en: "Catering" },
    item: { zh: "工作餐（3餐）", en: "Working meals, 3 sittings" },
    size: (f) => ({ quantity: f.headcount * 3, unitPrice: per(80, 18)(f) }),
    progress: "contracted",
  },
  {
    id: "hotel",
    category: { zh: "住宿", en: "Accommodation" },
    item: { zh: "协议酒店住宿（间夜）", en: "Hotel blocks (room-nights)" },
    size: (f) => ({ quantity: f.roomNights, unitPrice: f.roomRate }),
    progress: "contracted",
    notes: { zh: "按实际入住结算", en: "Settled on nights used" },
  },
  {
    id: "transport",
    category: { zh: "交通", en: "Transport" },
    item: { zh: "接送站及会议用车", en: "Station pick-ups and shuttles" },
    size: (f) => ({ quantity: 2 * Math.max(2, Math.ceil(f.travellers / 40)), unitPrice: per(1500, 450)(f) }),
    progress: "contractedPart",
  },
  {
    id: "equipment",
    category: { zh: "设备租赁", en: "Equipment hire" },
    item: { zh: "音响、LED屏及同传设备（2天）", en: "Sound, LED screen and interpreting kit, 2 days" },
    size: (f) => ({ quantity: 2, unitPrice: round100(f.lang === "zh" ? 9000 + f.groups * 150 : 2600 + f.groups * 40) }),
    progress: "depositPaid",
    notes: { zh: "已付50%预付款", en: "50% paid in advance" },
  },
];

export const CONTINGENCY = {
  category: { zh: "不可预计费用", en: "Contingency" },
  item: { zh: "不可预计费用", en: "Contingency" },
};

export const PAYMENT: Record<LineSpec["progress"], PaymentStatus> = {
  depositPaid: "partial",
  contracted: "unpaid",
  contractedPart: "unpaid",
  open: "unpaid",
  paidInFull: "paid",
};
