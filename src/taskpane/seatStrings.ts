import type { Lang } from "../core/i18n";
import type { GroupBy, GroupingMode } from "../core/seating/tables/types";

/** The texts of the Seat and Rooms outcomes, in both languages; loaded with those views, not with the pane. */
export interface SeatPaneStrings {
  seatStarting: string;
  seatProgress: (percent: number) => string;
  seatWriting: string;
  cancel: string;
  cancelling: string;
  seatCancelled: string;
  seatHeading: string;
  sheetsWritten: (sheets: string[]) => string;
  rostrum: (people: number, rows: number) => string;
  tablesUsed: (guests: number, tables: number, seats: number) => string;
  cost: (start: number, final: number) => string;
  grouping: (groupBy: GroupBy, mode: GroupingMode, start: number, final: number) => string;
  alone: (start: number, final: number) => string;
  infeasibleTitle: string;
  peopleConcerned: (names: string[], more: number) => string;
  notesHeading: string;
  roomsHeading: string;
  housed: (people: number, unplaced: number) => string;
  hotelUse: (hotel: string, rooms: number, people: number, spare: number) => string;
  unplacedHeading: (n: number) => string;
}

/** Costs are sums of squares and weights: one decimal at most, none when whole. */
function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

const zh: SeatPaneStrings = {
  seatStarting: "正在读取工作簿…",
  seatProgress: (percent) => `正在优化桌次：${percent}%`,
  seatWriting: "正在写入工作簿…",
  cancel: "取消",
  cancelling: "正在取消…",
  seatCancelled: "已取消排座次，工作簿未作任何改动。",
  seatHeading: "座次安排",
  sheetsWritten: (sheets) => `已写入工作表：${sheets.map((x) => `“${x}”`).join("、")}`,
  rostrum: (people, rows) => `主席台 ${people} 人，共 ${rows} 排`,
  tablesUsed: (guests, tables, seats) => `就餐 ${guests} 人，使用 ${tables} 桌（${seats} 个座位）`,
  cost: (start, final) => `座次代价（越低越好）：初始方案 ${num(start)} → 优化后 ${num(final)}`,
  grouping: (groupBy, mode, start, final) => {
    const unit = groupBy === "group" ? "分组" : "单位";
    return mode === "together"
      ? `同一${unit}分散到的额外桌数：${num(start)} → ${num(final)}`
      : `同桌的同${unit}人员对数：${num(start)} → ${num(final)}`;
  },
  alone: (start, final) => `同桌无熟识者（无同单位、同分组）的人数：${num(start)} → ${num(final)}`,
  infeasibleTitle: "无法安排桌次，工作簿未作任何改动",
  peopleConcerned: (names, more) => `涉及：${names.join("、")}${more > 0 ? `等 ${names.length + more} 人` : ""}`,
  notesHeading: "注意",
  roomsHeading: "住宿分配",
  housed: (people, unplaced) => `已安排 ${people} 人入住${unplaced > 0 ? `，${unplaced} 人无法安排` : "，全部已安排"}`,
  hotelUse: (hotel, rooms, people, spare) => `${hotel}：${rooms} 间房，${people} 人${spare > 0 ? `（另留机动房 ${spare} 间）` : ""}`,
  unplacedHeading: (n) => `无法安排住宿（${n}）`,
};

const en: SeatPaneStrings = {
  seatStarting: "Reading the workbook…",
  seatProgress: (percent) => `Optimising the tables: ${percent}%`,
  seatWriting: "Writing to the workbook…",
  cancel: "Cancel",
  cancelling: "Cancelling…",
  seatCancelled: "Seating cancelled: nothing was written to the workbook.",
  seatHeading: "Seating",
  sheetsWritten: (sheets) => `Written: ${sheets.join(", ")}`,
  rostrum: (people, rows) => `Rostrum: ${people} ${people === 1 ? "person" : "people"} in ${rows === 1 ? "1 row" : `${rows} rows`}`,
  tablesUsed: (guests, tables, seats) =>
    `${guests} ${guests === 1 ? "guest" : "guests"} at ${tables} ${tables === 1 ? "table" : "tables"} (${seats} seats)`,
  cost: (start, final) => `Seating cost (lower is better): ${num(start)} at the start → ${num(final)} optimised`,
  grouping: (groupBy, mode, start, final) => {
    const unit = groupBy === "group" ? "a group" : "an organisation";
    return mode === "together"
      ? `Extra tables ${unit} is spread over: ${num(start)} → ${num(final)}`
      : `Pairs from ${unit} at one table: ${num(start)} → ${num(final)}`;
  },
  alone: (start, final) => `Guests with nobody from their organisation or group at the table: ${num(start)} → ${num(final)}`,
  infeasibleTitle: "The tables cannot be planned; nothing was written",
  peopleConcerned: (names, more) => `Concerns: ${names.join(", ")}${more > 0 ? ` and ${more} more` : ""}`,
  notesHeading: "Notes",
  roomsHeading: "Rooms",
  housed: (people, unplaced) =>
    `${people} ${people === 1 ? "person" : "people"} housed${unplaced > 0 ? `, ${unplaced} not placed` : ", everyone placed"}`,
  hotelUse: (hotel, rooms, people, spare) =>
    `${hotel}: ${rooms} ${rooms === 1 ? "room" : "rooms"}, ${people} ${people === 1 ? "person" : "people"}${spare > 0 ? ` (plus ${spare} spare)` : ""}`,
  unplacedHeading: (n) => `Not placed (${n})`,
};

const STRINGS: Record<Lang, SeatPaneStrings> = { zh, en };

export function seatPaneStrings(lang: Lang): SeatPaneStrings {
  return STRINGS[lang];
}
