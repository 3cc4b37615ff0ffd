import type { Bilingual, Lang } from "../../i18n";
import type { SeatedGuest, TableConvention } from "./types";

export const TABLE_SHEET_NAME: Bilingual = { zh: "桌次安排", en: "Table Assignment" };
export const TABLE_CHART_NAME: Bilingual = { zh: "桌次图", en: "Table Chart" };

export const ASSIGNMENT_HEADERS: Record<Lang, string[]> = {
  zh: ["桌号", "座位", "位次", "姓名", "单位", "生活习俗", "VIP"],
  en: ["Table", "Seat", "Role", "Name", "Organisation", "Diet", "VIP"],
};

export const KITCHEN_TITLE: Bilingual = { zh: "厨房汇总（按桌）", en: "Kitchen summary (by table)" };
export const KITCHEN_HEADERS: Record<Lang, string[]> = {
  zh: ["桌号", "人数", "专桌", "饮食需求"],
  en: ["Table", "Guests", "Diet table", "Dietary needs"],
};

export const PROBLEMS_TITLE: Bilingual = {
  zh: "无法排桌：请先在名单中解决以下问题（未写入任何桌次）",
  en: "No table plan: resolve these on the roster first (no tables were assigned)",
};
export const PROBLEM_HEADERS: Record<Lang, string[]> = { zh: ["涉及人员", "桌号", "原因"], en: ["People", "Tables", "Reason"] };

export const NOTE_PREFIX: Bilingual = { zh: "注意：", en: "Note: " };
export const NOBODY_DINES: Bilingual = { zh: "没有需要安排桌次的人员。", en: "Nobody to seat at the tables." };
export const YES: Bilingual = { zh: "是", en: "Yes" };

/** Which way the chart is drawn: every seating output says from which side it is seen. */
export const CHART_STAGE: Bilingual = { zh: "▲ 舞台 / 主席台（上方）", en: "▲ Stage (top)" };
export const CHART_DOOR: Bilingual = { zh: "▼ 入口 / 门（下方）", en: "▼ Entrance / door (bottom)" };
export const CHART_VIEW: Bilingual = {
  zh: "俯视图：舞台在上，门在下。每桌主陪背向舞台、面向门，副主陪在对面；左列为主陪右手侧，数字为座位号。",
  en: "Seen from above: stage at the top, door at the bottom. At every table the host has their back to the stage and faces the door, the deputy host opposite; the left column is the host's right-hand side; numbers are seat numbers.",
};

/** The seat order rule in words, with the side the host faces. */
export function conventionLabel(convention: TableConvention, lang: Lang): string {
  if (lang === "zh")
    return convention === "international"
      ? "国际惯例：主陪（1号座）面向门，副主陪相对；主宾在主陪右侧，第2宾在副主陪右侧，第3宾在主陪左侧，第4宾在副主陪左侧，依次向外。座位号从主陪起向其右手方向顺序编排。"
      : "中式惯例：主陪（1号座）面向门，副主陪相对；主宾在主陪右侧，副主宾在主陪左侧，第3、4宾在副主陪右侧、左侧，依次向外。座位号从主陪起向其右手方向顺序编排。";
  return convention === "international"
    ? "International convention: the host (seat 1) faces the door, the deputy host opposite; guest 1 on the host's right, guest 2 on the deputy's right, guest 3 on the host's left, guest 4 on the deputy's left, then outwards. Seats are numbered from the host towards the host's right."
    : "Chinese convention: the host (seat 1) faces the door, the deputy host opposite; guest 1 on the host's right, guest 2 on the host's left, guests 3 and 4 on the deputy's right and left, then outwards. Seats are numbered from the host towards the host's right.";
}

/** 主陪 / 副主陪 / 主宾 / 副主宾 / 第3宾…, or Host / Deputy host / Guest n. */
export function roleLabel(seat: Pick<SeatedGuest, "role" | "guestNo">, lang: Lang): string {
  if (seat.role === "host") return lang === "zh" ? "主陪" : "Host";
  if (seat.role === "deputy") return lang === "zh" ? "副主陪" : "Deputy host";
  const n = seat.guestNo ?? 0;
  if (lang === "en") return `Guest ${n}`;
  return n === 1 ? "主宾" : n === 2 ? "副主宾" : `第${n}宾`;
}

/** "第1桌（主桌）" / "Table 1 (main)", with the diet when the table is dedicated to one. */
/** "第3桌（主桌）", or the planner's own name for a table ("Family", "A桌"). */
export function tableTitle(table: number, lang: Lang, dietTable?: string, label?: string): string {
  const main = table === 1;
  const diet = dietTable ? (lang === "zh" ? ` · ${dietTable}桌` : ` · ${dietTable}`) : "";
  if (label)
    return lang === "zh"
      ? `${label}${/桌$/.test(label) ? "" : "桌"}${diet}`
      : `${/^table\b/i.test(label) ? label : `Table ${label}`}${diet}`;
  if (lang === "zh") return `第${table}桌${main ? "（主桌）" : ""}${diet}`;
  return `Table ${table}${main ? " (main)" : ""}${diet}`;
}

export function totalsLine(tables: number, guests: number, lang: Lang): string {
  return lang === "zh" ? `合计：${tables}桌，${guests}人` : `Total: ${tables} tables, ${guests} guests`;
}

/** At the top of each further page of the chart: which way the stage is. */
export const CHART_STAGE_CONTINUED: Bilingual = { zh: "▲ 舞台 / 主席台方向（接上页）", en: "▲ Stage this way (continued)" };
