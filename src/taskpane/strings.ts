import type { Severity } from "../core/finding";
import type { Lang } from "../core/i18n";
import type { OverviewCountKey } from "../app/overview/types";

/** Every text the pane shows, in both languages. Numbers and names are passed in. */
export interface PaneStrings {
  title: string;
  intro: string;
  readWorkbook: string;
  reading: string;
  check: string;
  checking: string;
  checkedNote: string;
  errorTitle: string;
  unknownError: string;
  inputsHeading: string;
  /** The sheet used and how it was found ("recognised by its name column, header on row 1"). */
  sheetFound: (sheet: string, how: string) => string;
  notFound: string;
  rows: (n: number) => string;
  /** The first columns a sheet lacks, and how many in all. */
  missingColumns: (columns: string[], total: number) => string;
  attendeesHeading: string;
  attendees: (total: number, confirmed: number, pending: number) => string;
  /** A roster with no 回执/Status column: the count alone. */
  attendeesTotal: (total: number) => string;
  problemsHeading: (n: number) => string;
  noProblems: string;
  severity: Record<Severity, string>;
  goToCell: (ref: string) => string;
  showingFirst: (shown: number, total: number) => string;
  showAll: string;
  seat: string;
  rooms: string;
  commandFailedTitle: string;
  housing: string;
  roomsIntro: string;
  documents: string;
  documentsRunning: string;
  checklistToTasks: string;
  /** The screens, as the tab list names them. */
  tabs: Record<PaneTab, string>;
  tabsLabel: string;
  refreshing: string;
  /** The overview. */
  daysToGo: (days: number) => string;
  underway: string;
  meetingOver: (days: number) => string;
  noEventDate: string;
  counts: Record<OverviewCountKey, (n: number) => string>;
  countsHeading: string;
  budgetHeading: string;
  budgetUsed: (used: string, planned: string, percent: number) => string;
  budgetCategory: (name: string, used: string, planned: string) => string;
  nextStepsHeading: string;
  nothingToDo: string;
  seeAllFindings: (n: number) => string;
  /** The Check screen. */
  severityCount: (severity: Severity, n: number) => string;
  filterFamily: string;
  filterSheet: string;
  allFamilies: string;
  allSheets: string;
  search: string;
  noMatch: string;
  recheck: string;
  liveRecheck: string;
  liveRecheckHint: string;
  family: Record<string, string>;
  otherFindings: string;
  shownOf: (shown: number, total: number) => string;
  notWrittenNote: string;
  checkedWrote: (sheets: string[]) => string;
  openSheet: (sheet: string) => string;
  /** "Wrote “A”, “B”": the words around the sheet names, which are links that open them. */
  wrote: { before: string; open: string; close: string; separator: string };
}

export type PaneTab = "overview" | "check" | "seating" | "rooms" | "documents" | "settings";

const zh: PaneStrings = {
  title: "会务助手",
  intro:
    "检查本工作簿中的会议信息、参会人员、预算、任务和酒店工作表，按会务工作规则列出需要处理的问题；排主席台座次和就餐桌次、分配住宿，并生成会务清单、纪要、通知及参会回执、签到表和证件。",
  readWorkbook: "读取工作簿",
  reading: "正在读取工作簿…",
  check: "检查",
  checking: "正在检查…",
  checkedNote: "检查结果已写入“检查结果”工作表，每一项都链接到对应单元格。",
  errorTitle: "无法读取工作簿",
  unknownError: "发生未知错误。",
  inputsHeading: "输入工作表",
  sheetFound: (sheet, how) => (how ? `工作表“${sheet}”（${how}）` : `工作表“${sheet}”`),
  notFound: "未找到",
  rows: (n) => `${n} 行`,
  missingColumns: (columns, total) => `没有的列：${columns.join("、")}${total > columns.length ? ` 等 ${total} 列` : ""}`,
  attendeesHeading: "参会人员",
  attendees: (total, confirmed, pending) => `共 ${total} 人，已确认 ${confirmed} 人，待确认 ${pending} 人`,
  attendeesTotal: (total) => `共 ${total} 人`,
  problemsHeading: (n) => `问题（${n}）`,
  noProblems: "未发现问题。",
  severity: { error: "错误", warning: "警告", info: "提示" },
  goToCell: (ref) => `转到 ${ref}`,
  showingFirst: (shown, total) => `显示前 ${shown} 个，共 ${total} 个。`,
  showAll: "全部显示",
  seat: "排座次",
  rooms: "分配住宿",
  commandFailedTitle: "操作未完成",
  housing: "正在分配住宿…",
  roomsIntro: "按酒店、房型、性别和同住要求为需要住宿的人员分配房间，写入“住宿分配”表；已锁定的房间保持不变。",
  documents: "生成会务文档",
  documentsRunning: "正在生成会务文档…",
  checklistToTasks: "同时把会务清单加入任务表",
  tabs: { overview: "概览", check: "检查", seating: "座次", rooms: "住宿", documents: "文档", settings: "设置" },
  tabsLabel: "会务助手功能",
  refreshing: "正在更新…",
  daysToGo: (d) => (d === 0 ? "今天开会" : `距开会还有 ${d} 天`),
  underway: "会议进行中",
  meetingOver: (d) => `会议已于 ${d} 天前开始`,
  noEventDate: "会议信息表中没有开始日期",
  counts: {
    confirmed: (n) => `已确认 ${n} 人`,
    pending: (n) => `待确认 ${n} 人`,
    onLeave: (n) => `请假 ${n} 人`,
    vipUnconfirmed: (n) => `VIP 未确认 ${n} 人`,
    hotelMissing: (n) => `需住宿未安排 ${n} 人`,
    tasksOverdue: (n) => `逾期任务 ${n} 项`,
  },
  countsHeading: "人员与任务",
  budgetHeading: "预算使用",
  budgetUsed: (used, planned, percent) => `已用 ${used}，预算 ${planned}（${percent}%）`,
  budgetCategory: (name, used, planned) => `${name}：已用 ${used}，预算 ${planned}`,
  nextStepsHeading: "下一步",
  nothingToDo: "没有需要马上处理的问题。",
  seeAllFindings: (n) => `查看全部 ${n} 个问题`,
  severityCount: (sev, n) => `${{ error: "错误", warning: "警告", info: "提示" }[sev]} ${n}`,
  filterFamily: "类别",
  filterSheet: "工作表",
  allFamilies: "全部类别",
  allSheets: "全部工作表",
  search: "搜索问题",
  noMatch: "没有符合筛选条件的问题。",
  recheck: "重新检查",
  liveRecheck: "编辑后自动重新检查",
  liveRecheckHint: "您或共同编辑者修改输入表后，问题列表会自动更新（不写入工作簿）。",
  family: {
    roster: "参会人员",
    travel: "行程与住宿",
    budget: "预算",
    tasks: "任务",
    notice: "会议通知",
    hygiene: "数据格式",
    other: "读取与设置",
  },
  otherFindings: "读取与设置",
  shownOf: (shown, total) => `显示 ${shown} / ${total} 个问题`,
  notWrittenNote: "以下为本次读取的检查结果；按“检查”可写入“检查结果”工作表。",
  checkedWrote: (sheets) => `已写入 ${sheets.map((x) => `“${x}”`).join("、")}。`,
  openSheet: (sheet) => `打开“${sheet}”`,
  wrote: { before: "已写入工作表：", open: "“", close: "”", separator: "、" },
};

const en: PaneStrings = {
  title: "Huiwu – Meeting planner",
  intro:
    "Checks the event, roster, budget, task and hotel sheets of this workbook against the meeting-planning rules and lists what needs attention; plans the rostrum, banquet tables and hotel rooms; and writes the checklist, minutes, notice with its reply form, sign-in sheet and badges.",
  readWorkbook: "Read workbook",
  reading: "Reading the workbook…",
  check: "Check",
  checking: "Checking…",
  checkedNote: "The findings are also on the Issues sheet, each linked to its cell.",
  errorTitle: "The workbook could not be read",
  unknownError: "An unknown error occurred.",
  inputsHeading: "Input sheets",
  sheetFound: (sheet, how) => (how ? `Sheet “${sheet}” (${how})` : `Sheet “${sheet}”`),
  notFound: "Not found",
  rows: (n) => (n === 1 ? "1 row" : `${n} rows`),
  missingColumns: (columns, total) =>
    `Not in this sheet: ${columns.join(", ")}${total > columns.length ? `, and ${total - columns.length} more` : ""}`,
  attendeesHeading: "Attendees",
  attendees: (total, confirmed, pending) => `${total} in all, ${confirmed} confirmed, ${pending} pending`,
  attendeesTotal: (total) => `${total} in all`,
  problemsHeading: (n) => `Problems (${n})`,
  noProblems: "No problems found.",
  severity: { error: "Error", warning: "Warning", info: "Note" },
  goToCell: (ref) => `Go to ${ref}`,
  showingFirst: (shown, total) => `Showing the first ${shown} of ${total}.`,
  showAll: "Show all",
  seat: "Plan seating",
  rooms: "Assign rooms",
  commandFailedTitle: "The command did not finish",
  housing: "Assigning rooms…",
  roomsIntro:
    "Puts everyone who needs a hotel into rooms by hotel, room type, gender and roommate wishes, and writes the Room Allocation sheet; rooms you locked stay as they are.",
  documents: "Write documents",
  documentsRunning: "Writing the documents…",
  checklistToTasks: "Also add the checklist to the Tasks sheet",
  tabs: { overview: "Overview", check: "Check", seating: "Seating", rooms: "Rooms", documents: "Docs", settings: "Settings" },
  tabsLabel: "Huiwu screens",
  refreshing: "Updating…",
  daysToGo: (d) => (d === 0 ? "The meeting starts today" : d === 1 ? "1 day to go" : `${d} days to go`),
  underway: "The meeting is under way",
  meetingOver: (d) => (d === 1 ? "The meeting started yesterday" : `The meeting started ${d} days ago`),
  noEventDate: "The Event sheet has no start date",
  counts: {
    confirmed: (n) => `${n} confirmed`,
    pending: (n) => `${n} pending`,
    onLeave: (n) => `${n} on leave`,
    vipUnconfirmed: (n) => (n === 1 ? "1 VIP unconfirmed" : `${n} VIPs unconfirmed`),
    hotelMissing: (n) => (n === 1 ? "1 needs a hotel and has none" : `${n} need a hotel and have none`),
    tasksOverdue: (n) => (n === 1 ? "1 task overdue" : `${n} tasks overdue`),
  },
  countsHeading: "People and tasks",
  budgetHeading: "Budget used",
  budgetUsed: (used, planned, percent) => `${used} used of ${planned} (${percent}%)`,
  budgetCategory: (name, used, planned) => `${name}: ${used} used of ${planned}`,
  nextStepsHeading: "Next steps",
  nothingToDo: "Nothing needs attention right now.",
  seeAllFindings: (n) => (n === 1 ? "See the finding" : `See all ${n} findings`),
  severityCount: (sev, n) =>
    `${n} ${{ error: n === 1 ? "error" : "errors", warning: n === 1 ? "warning" : "warnings", info: n === 1 ? "note" : "notes" }[sev]}`,
  filterFamily: "Kind",
  filterSheet: "Sheet",
  allFamilies: "All kinds",
  allSheets: "All sheets",
  search: "Search findings",
  noMatch: "No findings match these filters.",
  recheck: "Check again",
  liveRecheck: "Check again after edits",
  liveRecheckHint: "When you or a co-author edit an input sheet, the findings here update by themselves (nothing is written).",
  family: {
    roster: "Roster",
    travel: "Travel and hotels",
    budget: "Budget",
    tasks: "Tasks",
    notice: "Notice",
    hygiene: "Data format",
    other: "Reading and settings",
  },
  otherFindings: "Reading and settings",
  shownOf: (shown, total) => `Showing ${shown} of ${total} findings`,
  notWrittenNote: "These are the findings of this read; press Check to write them to the Issues sheet.",
  checkedWrote: (sheets) => `Wrote ${sheets.map((x) => `“${x}”`).join(" and ")}.`,
  openSheet: (sheet) => `Open “${sheet}”`,
  wrote: { before: "Written: ", open: "", close: "", separator: ", " },
};

const STRINGS: Record<Lang, PaneStrings> = { zh, en };

export function paneStrings(lang: Lang): PaneStrings {
  return STRINGS[lang];
}
