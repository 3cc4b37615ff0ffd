import type { Phase } from "../../../src/core/schema/enums";
import type { Bilingual } from "../../../src/core/i18n";

/** Organising teams, by index into Lexicon.teams. */
export const TEAM = { planning: 0, logistics: 1, documents: 2, hospitality: 3, security: 4 } as const;

export interface TaskSpec {
  phase: Phase;
  task: Bilingual;
  team: number;
  /** Due day relative to the first meeting day, and the time of day. */
  day: number;
  time: string;
  /** 1-based positions of the tasks this one waits for (become IDs T01…). */
  after?: number[];
}

const t = (phase: Phase, zh: string, en: string, team: number, day: number, time: string, after?: number[]): TaskSpec => ({
  phase,
  task: { zh, en },
  team,
  day,
  time,
  after,
});

const { planning, logistics, documents, hospitality, security } = TEAM;

/** The work of 会前准备, 会中服务 and 会后处理, in the order a planner lists it. */
export const TASK_CATALOG: readonly TaskSpec[] = [
  t("pre", "制定会议方案", "Draft the conference plan", planning, -30, "17:00"),
  t("pre", "编制会议预算", "Prepare the budget", logistics, -28, "17:00", [1]),
  t("pre", "成立会务工作组、明确分工", "Form the organising teams and assign duties", logistics, -25, "17:00", [1]),
  t("pre", "召开筹备工作协调会", "Hold the preparation coordination meeting", logistics, -21, "10:00", [3]),
  t("pre", "确定会议议程", "Confirm the agenda", documents, -18, "17:00", [4]),
  t("pre", "起草主报告、讲话稿", "Draft the main report and speeches", documents, -10, "17:00", [5]),
  t("pre", "预订会场及分组讨论室", "Book the main hall and breakout rooms", planning, -20, "17:00", [1]),
  t("pre", "落实协议酒店房源", "Secure the hotel room blocks", hospitality, -15, "17:00", [1]),
  t("pre", "印发会议通知", "Send the meeting notice", logistics, -7, "17:00", [5]),
  t("pre", "收集参会回执、确定人员名单", "Collect replies and finalise the roster", logistics, -3, "17:00", [9]),
  t("pre", "制定安全保卫预案", "Prepare the security plan", security, -5, "17:00"),
  t("pre", "印制会议材料", "Print the meeting papers", documents, -2, "17:00", [6]),
  t("pre", "印制证件（出席证、列席证、工作证）", "Print the badges (attendee, observer, staff)", logistics, -2, "12:00", [10]),
  t("pre", "制作座次表、桌签", "Prepare seating plans and table cards", logistics, -1, "12:00", [10]),
  t("pre", "制作背景板、横幅、指示牌", "Produce the backdrop, banners and signs", planning, -3, "17:00"),
  t("pre", "安排接站车辆", "Arrange station and airport pick-ups", hospitality, -2, "17:00", [10]),
  t("pre", "会场布置", "Set up the main hall", planning, -1, "12:00", [7, 15]),
  t("pre", "设备调试（音响、投影、话筒）", "Test sound, projection and microphones", planning, -1, "16:00", [17]),
  t("pre", "设立签到台", "Set up the check-in desk", logistics, -1, "13:00", [13]),
  t("pre", "准备主持词、会议须知", "Prepare the chair's script and attendee notes", documents, -3, "17:00", [5]),
  t("during", "报到签到、发放证件和材料", "Register arrivals and hand out badges and papers", logistics, -1, "20:00", [13, 19]),
  t("during", "会场引导与茶水服务", "Usher and serve tea in the hall", logistics, 0, "08:30"),
  t("during", "会议记录", "Take the minutes", documents, 1, "17:30"),
  t("during", "摄影摄像", "Photography and video", planning, 1, "17:30"),
  t("during", "安排用餐", "Arrange meals", hospitality, 0, "11:30"),
  t("during", "用车安排", "Run the conference transport", hospitality, 0, "07:30"),
  t("during", "组织分组讨论", "Run the breakout discussions", logistics, 1, "11:30"),
  t("during", "会场安全保卫", "Security on site", security, 0, "07:30", [11]),
  t("post", "文件清退", "Collect confidential papers back", documents, 1, "18:00", [23]),
  t("post", "会场撤除", "Clear the hall", planning, 1, "20:00"),
  t("post", "送站", "Station and airport drop-offs", hospitality, 2, "12:00"),
  t("post", "印发会议纪要", "Issue the minutes", documents, 5, "17:00", [23]),
  t("post", "会务总结", "Write the post-conference review", logistics, 10, "17:00"),
  t("post", "财务结算", "Settle the accounts", logistics, 14, "17:00"),
  t("post", "资料归档", "File the records", documents, 20, "17:00", [32]),
];

/** The day the sample's task statuses describe: four days before the meeting. */
export const AS_OF_DAY = -4;

/** Position (1-based) of the catalogue tasks that carry planted mistakes. */
export const OVERDUE_TASK = 6;
export const OWNERLESS_TASK = 24;
/** Waits for the final roster, so it is on hold. */
export const BLOCKED_TASK = 14;
