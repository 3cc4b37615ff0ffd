import type { Bilingual, Lang } from "../../i18n";
import { enumLabel, SEATING_CONVENTION } from "../../schema/enums";
import type { DaisSeat } from "./daisPlan";
import { CHAIR_POSITION, type DaisSettings } from "./daisSettings";

export const DAIS_SHEET_NAME: Bilingual = { zh: "主席台座次", en: "Dais Seating" };

export const VIEWING_SIDE: Bilingual = { zh: "面向主席台（观众视角）", en: "As seen from the audience" };

export const AUDIENCE: Bilingual = { zh: "台  下（观众）", en: "Audience" };

export const LIST_TITLE: Bilingual = { zh: "主席台名单（按座位）", en: "Rostrum list (by seat)" };

export const LIST_HEADERS: Record<Lang, string[]> = {
  zh: ["座位", "位次", "姓名", "职务", "单位"],
  en: ["Seat", "Rank", "Name", "Title", "Organisation"],
};

export const TENT_SHEET_NAME: Bilingual = { zh: "桌签", en: "Table Tents" };

export const TENT_NOTE: Bilingual = {
  zh: "打印说明：每页一个桌签，按座位顺序（座位号面向主席台从左数）；纵向 A4、100% 缩放打印。沿中间灰线对折，印字朝外立于桌上，两面姓名均为正向。本行不打印。",
  en: "To print: one tent per page, in seat order (seats counted from the audience's left); portrait A4 at 100 %. Fold each page along the grey line in its middle, print outside, and stand it on the table: the name reads upright on both sides. This line does not print.",
};

export const TENT_NOBODY: Bilingual = { zh: "主席台没有人员，无需桌签。", en: "Nobody is on the rostrum: no table tents to print." };

/** The Dais sheet's pointer to the tents. */
export function tentsPointer(sheet: string, lang: Lang): string {
  return lang === "zh"
    ? `桌签见工作表“${sheet}”：每页一个，按座位顺序，打印后对折。`
    : `Table tents: see the sheet "${sheet}" (one per page, in seat order; print and fold).`;
}

export const NOBODY: Bilingual = { zh: "没有可排的主席台人员。", en: "Nobody to seat on the rostrum." };

export const NOTE_PREFIX: Bilingual = { zh: "注意：", en: "Note: " };

export function rowLabel(rowNumber: number, rows: number, lang: Lang): string {
  const front = rows > 1 && rowNumber === 1;
  return lang === "zh" ? `第${rowNumber}排${front ? "（前排）" : ""}` : `Row ${rowNumber}${front ? " (front)" : ""}`;
}

export function seatLabel(rowNumber: number, seatNumber: number, lang: Lang): string {
  return lang === "zh" ? `第${rowNumber}排第${seatNumber}座` : `Row ${rowNumber}, seat ${seatNumber}`;
}

/** What stands above a seat in the drawing: its rank, or that it is the chair's. */
export function rankLabel(seat: DaisSeat, lang: Lang): string {
  const chair = lang === "zh" ? "主持" : "Chair";
  if (seat.precedence === null) return chair;
  const rank = lang === "zh" ? `${seat.precedence}号` : `No. ${seat.precedence}`;
  return seat.chair ? `${rank} · ${chair}` : rank;
}

/**
 * "中式惯例 · 偶数排法 A · 主持人：按位次" — which conventions the drawing follows. The even-count
 * variant is named only where a row has an even number of seats: an odd row has no variant.
 */
export function settingsLine(s: DaisSettings, lang: Lang, evenRow: boolean): string {
  const convention = enumLabel(SEATING_CONVENTION, s.convention, lang);
  const chair = enumLabel(CHAIR_POSITION, s.chairPosition, lang);
  const side = s.chairPosition === "byRank" ? "" : lang === "zh" ? "（观众视角）" : " (as seen from the audience)";
  const variant = evenRow ? (lang === "zh" ? ` · 偶数排法 ${s.variant}` : ` · even-count variant ${s.variant}`) : "";
  return lang === "zh"
    ? `${convention}惯例${variant} · 主持人：${chair}${side}`
    : `${convention} convention${variant} · chair: ${chair.toLowerCase()}${side}`;
}
