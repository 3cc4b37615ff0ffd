import type { Severity } from "../core/finding";
import type { Lang } from "../core/i18n";

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
  documents: string;
  documentsRunning: string;
  checklistToTasks: string;
}

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
  documents: "生成会务文档",
  documentsRunning: "正在生成会务文档…",
  checklistToTasks: "同时把会务清单加入任务表",
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
  documents: "Write documents",
  documentsRunning: "Writing the documents…",
  checklistToTasks: "Also add the checklist to the Tasks sheet",
};

const STRINGS: Record<Lang, PaneStrings> = { zh, en };

export function paneStrings(lang: Lang): PaneStrings {
  return STRINGS[lang];
}
