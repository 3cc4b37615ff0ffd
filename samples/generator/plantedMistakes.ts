import { a1, columnLetters } from "../../src/core/cellAddress";
import type { Bilingual } from "../../src/core/i18n";
import type { SheetKey } from "../../src/core/schema/sheetDef";
import { BUDGET, EVENT, TASKS } from "../../src/core/schema/sheets";
import { BUDGET_LINES, type BudgetLineId } from "./budget/budgetLines";
import { rosterColumnIndex, rosterColumns, rosterRow, SLOT } from "./layout";
import { OVERDUE_TASK, OWNERLESS_TASK } from "./tasks/taskCatalog";

/** A mistake or a messy cell that `generateConference({ mistakes: true })` puts into the workbook. */
export interface PlantedMistake {
  id: string;
  sheet: SheetKey;
  /** Excel row, 1-based; row 1 holds the headers. */
  row: number;
  /** Contract field of the column; "extra" for the column the contract does not know; "" for a whole row. */
  field: string;
  /** A1 address of the cell (or of the whole row). */
  cell: string;
  what: Bilingual;
  /** The rule family that should report it; "parse" for input the parser must read without a crash or a loss. */
  family: string;
  /** "mistake": a planner's error a check should report; "messy": untidy but readable input. */
  kind: "mistake" | "messy";
}

function roster(
  id: string,
  slot: number,
  field: string,
  what: Bilingual,
  family: string,
  kind: PlantedMistake["kind"] = "mistake",
): PlantedMistake {
  const row = rosterRow(slot, true);
  return { id, sheet: "roster", row, field, cell: a1(row - 1, rosterColumnIndex(field, true)), what, family, kind };
}

function tableCell(
  id: string,
  sheet: SheetKey,
  columns: readonly { key: string }[],
  row: number,
  field: string,
  what: Bilingual,
  family: string,
  kind: PlantedMistake["kind"] = "mistake",
): PlantedMistake {
  return {
    id,
    sheet,
    row,
    field,
    cell: a1(
      row - 1,
      columns.findIndex((c) => c.key === field),
    ),
    what,
    family,
    kind,
  };
}

const budgetRow = (id: BudgetLineId) => BUDGET_LINES.findIndex((l) => l.id === id) + 2;
const eventRow = EVENT.keys.findIndex((k) => k.key === "dressCode") + 2;
const rosterWidth = rosterColumns(true).length;
/** The blank row comes just before the person in SLOT.blankRowBefore. */
const blankRow = rosterRow(SLOT.blankRowBefore, true) - 1;

export const PLANTED_MISTAKES: readonly PlantedMistake[] = [
  {
    id: "dressCodeMissing",
    sheet: "event",
    row: eventRow,
    field: "dressCode",
    cell: `B${eventRow}`,
    what: { zh: "会议通知八要素缺“着装”：着装一栏为空", en: "The notice lacks a dress code: the Dress code value is empty" },
    family: "event/notice",
    kind: "mistake",
  },
  {
    id: "extraColumn",
    sheet: "roster",
    row: 1,
    field: "extra",
    cell: a1(0, rosterColumnIndex("extra", true)),
    what: { zh: "合同之外的列“车牌号”（应作为附加列保留）", en: "A column the contract does not know, “Car plate” (kept as an extra)" },
    family: "parse",
    kind: "messy",
  },
  roster("vipPending", SLOT.vipPending, "status", { zh: "VIP嘉宾回执仍为“待确认”", en: "A VIP guest is still Pending" }, "roster/rsvp"),
  roster(
    "ideographicSpace",
    SLOT.ideographicSpace,
    "name",
    { zh: "姓名中间夹全角空格（U+3000）", en: "A doubled space inside a name" },
    "parse",
    "messy",
  ),
  roster(
    "needsHotelNoHotel",
    SLOT.needsHotelNoHotel,
    "hotel",
    { zh: "需住宿为“是”，但未填酒店", en: "Needs hotel is Yes but no hotel is given" },
    "roster/accommodation",
  ),
  roster(
    "unknownHotel",
    SLOT.unknownHotel,
    "hotel",
    { zh: "酒店不在“酒店”表中（自订的如家酒店）", en: "A hotel that is not on the Hotels sheet (booked privately)" },
    "roster/accommodation",
  ),
  roster(
    "staffWithoutStaffBadge",
    SLOT.staffWithoutStaffBadge,
    "badge",
    { zh: "工作人员的证件类型是出席证，不是工作证", en: "A staff member has an attendee badge instead of a staff badge" },
    "roster/badges",
  ),
  roster(
    "duplicatePerson",
    SLOT.duplicateCopy,
    "name",
    {
      zh: `与第${rosterRow(SLOT.duplicateOriginal, true)}行同名同单位（重复登记）`,
      en: `Same name and organisation as row ${rosterRow(SLOT.duplicateOriginal, true)} (registered twice)`,
    },
    "roster/duplicates",
  ),
  roster(
    "invalidPhone",
    SLOT.invalidPhone,
    "phone",
    { zh: "手机号少一位（10位）", en: "A mobile number one digit short" },
    "roster/contact",
  ),
  roster(
    "departureBeforeArrival",
    SLOT.departureBeforeArrival,
    "departure",
    { zh: "返程时间早于抵达时间", en: "Departure is before arrival" },
    "roster/travel",
  ),
  roster(
    "cancelledWithTable",
    SLOT.cancelledWithTable,
    "table",
    { zh: "回执为“取消”的人仍有桌号", en: "A cancelled person still has a table number" },
    "roster/seating",
  ),
  roster(
    "nonMutualRoommate",
    SLOT.roommateAsker,
    "roommate",
    {
      zh: `同住人指向第${rosterRow(SLOT.roommateUnaware, true)}行，但对方未填同住人（非互选）`,
      en: `Roommate request for row ${rosterRow(SLOT.roommateUnaware, true)}, who has not asked back (not mutual)`,
    },
    "roster/rooms",
  ),
  {
    id: "blankRow",
    sheet: "roster",
    row: blankRow,
    field: "",
    cell: `A${blankRow}:${columnLetters(rosterWidth - 1)}${blankRow}`,
    what: { zh: "名单中间有一整行空行", en: "A blank row in the middle of the roster" },
    family: "parse",
    kind: "messy",
  },
  roster(
    "fullWidthPhone",
    SLOT.fullWidthPhone,
    "phone",
    { zh: "手机号是全角数字", en: "A mobile number in full-width digits" },
    "parse",
    "messy",
  ),
  roster(
    "dateAsText",
    SLOT.dateAsText,
    "arrival",
    { zh: "抵达时间是文本“2026年12月9日 15:30”", en: "Arrival typed as text, “9 Dec 2026 15:30”" },
    "parse",
    "messy",
  ),
  roster(
    "errorValue",
    SLOT.errorValue,
    "group",
    { zh: "分组为公式错误值“#N/A”", en: "The group shows the error value “#N/A”" },
    "parse",
    "messy",
  ),
  roster("trailingSpace", SLOT.trailingSpace, "name", { zh: "姓名末尾多一个空格", en: "A trailing space after a name" }, "parse", "messy"),
  tableCell(
    "moneyAsText",
    "budget",
    BUDGET.columns,
    budgetRow("speakerFee"),
    "committed",
    { zh: "已承诺金额是文本“¥12,000”", en: "Committed typed as text, “£1,200”" },
    "parse",
    "messy",
  ),
  tableCell(
    "overBudget",
    "budget",
    BUDGET.columns,
    budgetRow("signage"),
    "actual",
    { zh: "实际金额超过预算金额（广告制作费）", en: "Actual is over budget (signage)" },
    "budget/lines",
  ),
  tableCell(
    "actualWithoutInvoice",
    "budget",
    BUDGET.columns,
    budgetRow("badges"),
    "invoice",
    { zh: "已有实际支出并已付款，但没有发票号（证件制作）", en: "Paid with an actual amount but no invoice number (badges)" },
    "budget/lines",
  ),
  tableCell(
    "overduePreMeetingTask",
    "tasks",
    TASKS.columns,
    OVERDUE_TASK + 1,
    "status",
    {
      zh: "会前任务“起草主报告、讲话稿”会前10天到期，仍为“进行中”",
      en: "Pre-meeting task “Draft the main report and speeches”, due 10 days before, still In progress",
    },
    "tasks/schedule",
  ),
  tableCell(
    "taskWithoutOwner",
    "tasks",
    TASKS.columns,
    OWNERLESS_TASK + 1,
    "owner",
    { zh: "任务“摄影摄像”没有负责人", en: "Task “Photography and video” has no owner" },
    "tasks/owners",
  ),
];
