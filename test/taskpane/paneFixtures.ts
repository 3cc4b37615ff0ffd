/**
 * Plain-data fixtures for the pane's tests: one workbook's Review (a meeting four days away, with
 * findings, counts, a budget over its total and a settings form), and what Seating, Rooms and
 * Documents report. No Office objects, no gateway: the pane only ever sees data like this.
 */
import type { DocumentsSummary } from "../../src/app/documentsSummary";
import type { OverviewSummary } from "../../src/app/overview/types";
import type { RoomsSummary } from "../../src/app/roomsSummary";
import type { SeatSummary } from "../../src/app/seatSummary";
import type { SettingsForm } from "../../src/app/settingsForm";
import type { WorkbookSummary } from "../../src/app/summary";
import type { Finding, Severity } from "../../src/core/finding";
import type { Bilingual } from "../../src/core/i18n";
import type { DaisRow, DaisSeat } from "../../src/core/seating/dais/daisPlan";
import type { ObjectiveValue } from "../../src/core/seating/tables/types";
import type { Review, RuleInfo, SeatChoices, SeatingDraft } from "../../src/taskpane/paneCommands";

export function finding(id: string, severity: Severity, sheet: string, cell: string, message: Bilingual, fix?: Bilingual): Finding {
  return { id, severity, sheet, cell, message, ...(fix ? { fix } : {}) };
}

/** The roster as exported from a survey tool: its sheet name has a space, so references quote it. */
export const ROSTER = "Roster 2026";

export const FINDINGS: Finding[] = [
  finding("roster.vip-unconfirmed", "error", ROSTER, "D5", {
    zh: "VIP 张伟（市财政局）尚未确认参会。",
    en: "VIP Zhang Wei (Finance Bureau) has not confirmed.",
  }),
  finding("roster.vip-unconfirmed", "error", ROSTER, "D9", {
    zh: "VIP 李娜（规划办）尚未确认参会。",
    en: "VIP Li Na (Planning Office) has not confirmed.",
  }),
  finding("budget.total-over", "error", "Budget", "D12", {
    zh: "费用合计 132,000 超出预算总额 120,000。",
    en: "Costs of 132,000 are above the approved total of 120,000.",
  }),
  finding("parse.date", "error", ROSTER, "H3", { zh: "无法识别日期“明天”", en: "Cannot read the date “tomorrow”" }),
  finding(
    "roster.invalid-phone",
    "warning",
    ROSTER,
    "F7",
    { zh: "电话号码“1390000”位数不对。", en: "The phone number “1390000” has the wrong number of digits." },
    { zh: "填写 11 位手机号码。", en: "Enter an 11-digit mobile number." },
  ),
  finding("tasks.overdue", "warning", "Tasks", "E4", {
    zh: "任务“预订会场”已逾期 2 天。",
    en: "The task “Book the hall” is 2 days overdue.",
  }),
  finding("parse.enum", "warning", ROSTER, "B2:C2", { zh: "回执“也许”不是已知的值", en: "Status “maybe” is not a known value" }),
  finding("settings.unknown-rule", "info", "Event", "B30", {
    zh: "“关闭的规则”中的 roster.foo 不是已知的规则。",
    en: "roster.foo in “Rules switched off” is not a known rule.",
  }),
];

/** The rules the findings name, and one that found nothing. */
export const RULES: RuleInfo[] = [
  { id: "roster.vip-unconfirmed", family: "roster", title: { zh: "VIP或主席台成员未确认", en: "VIP or rostrum member unconfirmed" } },
  { id: "roster.invalid-phone", family: "roster", title: { zh: "电话号码无效", en: "Invalid phone number" } },
  { id: "budget.total-over", family: "budget", title: { zh: "费用超出预算总额", en: "Costs above the approved total" } },
  { id: "tasks.overdue", family: "tasks", title: { zh: "任务逾期未完成", en: "Task overdue" } },
  { id: "tasks.no-owner", family: "tasks", title: { zh: "任务没有负责人", en: "Task without an owner" } },
];

export const SUMMARY: WorkbookSummary = {
  lang: "en",
  inputs: [
    { key: "event", title: { zh: "会议信息", en: "Event" }, sheet: "Event", foundBy: "name", rows: 12, missingColumns: [] },
    {
      key: "roster",
      title: { zh: "参会人员", en: "Roster" },
      sheet: ROSTER,
      foundBy: "headers",
      rows: 6,
      missingColumns: [{ zh: "电话", en: "Phone" }],
    },
    { key: "budget", title: { zh: "预算", en: "Budget" }, sheet: null, foundBy: null, rows: 0, missingColumns: [] },
  ],
  understood: [
    { sheetKey: "event", title: { zh: "会议信息", en: "Event" }, sheet: "Event", foundBy: "name", columns: [], kept: [], records: 12 },
    {
      sheetKey: "roster",
      title: { zh: "参会人员", en: "Roster" },
      sheet: ROSTER,
      foundBy: "headers",
      headerRow: 2,
      columns: [
        { field: "name", name: { zh: "姓名", en: "Name" }, header: "姓名", cell: "A2" },
        { field: "organisation", name: { zh: "单位", en: "Organisation" }, header: "2、您的工作单位：", cell: "B2" },
      ],
      kept: [{ header: "提交答卷时间", cell: "C2", why: "export" }],
      records: 6,
      people: 6,
    },
  ],
  attendees: { total: 6, confirmed: 3, pending: 2, withStatus: true },
  findings: FINDINGS,
};

export const OVERVIEW: OverviewSummary = {
  event: {
    name: "Spring Forum",
    start: "2026-12-10",
    end: "2026-12-11",
    venue: "Riverside Conference Centre",
    daysToGo: 4,
    underway: false,
    link: { sheet: "Event", cell: "B2" },
  },
  counts: [
    { key: "confirmed", value: 3, link: { sheet: ROSTER, cell: "J3:J8" }, cells: [] },
    { key: "pending", value: 2, link: { sheet: ROSTER, cell: "J3:J8" }, cells: [] },
    {
      key: "vipUnconfirmed",
      value: 2,
      link: { sheet: ROSTER, cell: "D5" },
      cells: [
        { sheet: ROSTER, cell: "D5" },
        { sheet: ROSTER, cell: "D9" },
      ],
    },
    { key: "hotelMissing", value: 0, cells: [] },
    { key: "tasksOverdue", value: 1, link: { sheet: "Tasks", cell: "E4" }, cells: [{ sheet: "Tasks", cell: "E4" }] },
  ],
  budget: {
    planned: 120000,
    used: 132000,
    currency: "CNY",
    link: { sheet: "Budget", cell: "D20" },
    categories: [
      { name: "Venue", planned: 60000, used: 58000, link: { sheet: "Budget", cell: "A2" } },
      { name: "Catering", planned: 40000, used: 52000, link: { sheet: "Budget", cell: "A8" } },
      { name: "Uncategorised", uncategorised: true, planned: 20000, used: 22000 },
    ],
  },
  nextSteps: FINDINGS.filter((f) => f.severity !== "info").slice(0, 5),
};

export const SETTINGS: SettingsForm = {
  sheet: "Event",
  fields: [
    {
      key: "vipErrorDays",
      group: "check",
      label: { zh: "VIP确认报错天数", en: "VIP confirm error days" },
      type: "integer",
      value: 5,
      fallback: 3,
      cell: "B20",
    },
    { key: "budgetTolerance", group: "check", label: { zh: "超支容差", en: "Budget tolerance" }, type: "percent", fallback: 0.1 },
    { key: "costPerPersonDayCap", group: "check", label: { zh: "人均每天费用上限", en: "Cost per person per day cap" }, type: "money" },
    {
      key: "seatingConvention",
      group: "seating",
      label: { zh: "座次惯例", en: "Seating convention" },
      type: "choice",
      choices: [
        { code: "chinese", label: { zh: "中式", en: "Chinese" } },
        { code: "international", label: { zh: "国际", en: "International" } },
      ],
      value: "chinese",
      fallback: "international",
      cell: "B8",
    },
    { key: "spareRooms", group: "rooms", label: { zh: "机动房", en: "Spare rooms" }, type: "integer", fallback: 1 },
    { key: "mixedGenderPairs", group: "rooms", label: { zh: "异性同住", en: "Mixed-gender roommates" }, type: "boolean", fallback: false },
  ],
};

export const REVIEW: Review = { summary: SUMMARY, overview: OVERVIEW, settings: SETTINGS, rules: RULES, written: false };

/** The same workbook after Check wrote its findings to the Issues sheet. */
export const CHECKED: Review = { ...REVIEW, written: true };

/** A workbook with nothing to fix. */
export const CLEAN: Review = {
  ...REVIEW,
  summary: { ...SUMMARY, findings: [] },
  overview: { ...OVERVIEW, counts: OVERVIEW.counts.slice(0, 2), nextSteps: [] },
};

// ---- Seating ----

const person = (printed: string, cell: string): DaisSeat["person"] => ({
  name: printed,
  printed,
  title: "",
  organisation: "",
  sheet: ROSTER,
  row: Number(cell.slice(1)) - 1,
  cell,
});

/** Five on the rostrum, by rank: 王书记, 陈市长 (who chairs), 张主任, 赵局长, 李处长. */
const [WANG, CHEN, ZHANG, ZHAO, LI] = ["王书记", "陈市长", "张主任", "赵局长", "李处长"].map((name, i) => person(name, `A${i + 3}`));

/**
 * The front row as the audience sees it, left to right, for each choice. The Chinese custom puts
 * No. 2 on No. 1's left (the audience's right), the international custom on their right; a chair
 * at an end takes no rank and the others close up.
 */
export function previewRows(choices: SeatChoices): DaisRow[] {
  const seat = (p: DaisSeat["person"], precedence: number | null, chair = false) => ({ precedence, chair, person: p });
  const order =
    choices.chairPosition === "leftEnd"
      ? [seat(CHEN, null, true), seat(ZHAO, 3), seat(WANG, 1), seat(ZHANG, 2), seat(LI, 4)]
      : choices.convention === "chinese"
        ? [seat(LI, 5), seat(ZHANG, 3), seat(WANG, 1), seat(CHEN, 2, true), seat(ZHAO, 4)]
        : [seat(ZHAO, 4), seat(CHEN, 2, true), seat(WANG, 1), seat(ZHANG, 3), seat(LI, 5)];
  return [{ rowNumber: 1, seats: order.map((s, i): DaisSeat => ({ seatNumber: i + 1, ...s })), stageCentre: 2 }];
}

/** The names on the preview as they read left to right, per choice (what the tests expect on screen). */
export const PREVIEW_ORDER = {
  chinese: ["李处长", "张主任", "王书记", "陈市长", "赵局长"],
  international: ["赵局长", "陈市长", "王书记", "张主任", "李处长"],
  leftEnd: ["陈市长", "赵局长", "王书记", "张主任", "李处长"],
};

export const CHOICES: SeatChoices = {
  convention: "chinese",
  variant: "A",
  chairPosition: "byRank",
  seatsPerTable: 10,
  mode: "together",
  groupBy: "organisation",
};

export function seatingDraft(over: Partial<SeatingDraft> = {}): SeatingDraft {
  return { choices: CHOICES, guests: 130, preview: jest.fn(previewRows), ...over };
}

const cost = (total: number, grouping: number, alone: number): ObjectiveValue => ({
  total,
  grouping,
  even: total - grouping - 3 * alone,
  alone,
});

export const PLANNED: SeatSummary = {
  status: "ok",
  sheetsWritten: ["Dais Seating", "Table Assignment", "Table Chart"],
  rostrum: { people: 9, rows: 1 },
  tables: {
    used: 13,
    guests: 130,
    seats: 130,
    start: cost(40, 1, 13),
    final: cost(14.25, 0, 2),
    groupBy: "organisation",
    mode: "together",
    split: 0,
    broken: 0,
  },
  reasons: [],
  warnings: [
    {
      zh: "马力需清真餐，但按位次在非清真桌就座，请单独备餐。",
      en: "Ma Li needs halal food but sits at another table (by precedence); serve it separately.",
    },
  ],
  problems: [],
};

/** Twenty names, the first twelve with their roster cells. */
const GUESTS = Array.from({ length: 20 }, (_, i) => `客${i + 1}`);

export const INFEASIBLE: SeatSummary = {
  status: "infeasible",
  sheetsWritten: [],
  rostrum: { people: 2, rows: 1 },
  reasons: [
    {
      message: {
        zh: "同行的3人（李娜、王芳、赵强）须同桌，但最大的桌只有2个座位。",
        en: "The party of 3 (Li Na, Wang Fang, Zhao Qiang) must sit together, but the largest table has only 2 seats.",
      },
      people: ["李娜", "王芳", "赵强"],
      cells: [
        { sheet: ROSTER, cell: "A4" },
        { sheet: ROSTER, cell: "A11" },
        { sheet: ROSTER, cell: "A12" },
      ],
    },
    {
      message: { zh: "就餐20人，但18个座位不够。", en: "20 people dine but there are only 18 seats." },
      people: GUESTS,
      cells: GUESTS.map((_, i) => ({ sheet: ROSTER, cell: `A${i + 3}` })),
    },
  ],
  warnings: [],
  problems: [
    finding("settings.invalid", "warning", "会议信息", "B23", {
      zh: "“分桌依据”的值无法识别，沿用默认值。",
      en: 'The value of "Seat together by" is not recognised; the default is used.',
    }),
  ],
};

export const CANCELLED: SeatSummary = { ...PLANNED, status: "cancelled", sheetsWritten: [], tables: undefined, warnings: [] };

// ---- Rooms ----

export const ROOMS: RoomsSummary = {
  sheetsWritten: ["住宿分配"],
  hotels: [
    { hotel: "滨江国际酒店", rooms: 30, spare: 1, people: 52 },
    { hotel: "站前宾馆", rooms: 1, spare: 0, people: 1 },
  ],
  housed: 53,
  unplaced: [
    finding("rooms.unplaced.noHotel", "warning", "参会人员", "U20", {
      zh: "张伟（市财政局）需住宿，但未填酒店（同住人和随行对象也没有酒店可参照）。",
      en: "Zhang Wei (Finance Bureau) needs a hotel, but none is named (nor one of a roommate or leader to follow).",
    }),
  ],
  notices: [
    {
      zh: "滨江国际酒店12月9日晚预留房间不足，已少留机动房。",
      en: "Fewer spare rooms are kept at 滨江国际酒店 on 9 December: the block is nearly full.",
    },
  ],
  problems: [],
};

// ---- Documents ----

export const DOCS_ZH: DocumentsSummary = {
  lang: "zh",
  sheetsWritten: ["会务清单", "会议纪要", "会议通知", "签到表", "证件", "任务"],
  checklistRows: 47,
  signIn: 130,
  badges: 145,
  actionItems: 2,
  tasks: { sheet: "任务", added: 49, moved: 1, present: 3 },
  placeholders: [
    {
      key: "dressCode",
      element: "着装要求",
      sheet: "会议信息",
      cell: "A14",
      fix: "在“会议信息”表“着装”一行填写内容，然后重新生成会议通知。",
    },
  ],
  findings: [
    finding("minutes.due-invalid", "warning", "会议纪要", "D29", {
      zh: "“下周找时间” 无法识别，应为截止时间：日期或日期时间。",
      en: "“下周找时间” cannot be read; expected Due: a date or date-time.",
    }),
  ],
};

export const DOCS_EN: DocumentsSummary = {
  ...DOCS_ZH,
  lang: "en",
  sheetsWritten: ["Checklist", "Minutes", "Notice", "Sign-in Sheet", "Badges", "Tasks"],
  tasks: { sheet: "Tasks", added: 47, moved: 0, present: 0 },
  actionItems: 0,
  placeholders: [
    {
      key: "venue",
      element: "venue",
      sheet: "Event",
      cell: "A9",
      fix: 'Fill in the Venue row of the "Event" sheet, then regenerate the notice.',
    },
    { key: "dressCode", element: "dress code", sheet: "Event", cell: "A14", fix: "" },
  ],
  findings: [{ ...DOCS_ZH.findings[0], sheet: "Minutes" }],
};
