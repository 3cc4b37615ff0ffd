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
  rostrum: (people: number, rows: number) => string;
  tablesUsed: (guests: number, tables: number, seats: number) => string;
  /** The plan in a planner's terms: who is split, whether any hard rule is broken, who sits among strangers. */
  split: (groupBy: GroupBy, mode: GroupingMode, split: number, pairs: number) => string;
  broken: (n: number) => string;
  alone: (n: number) => string;
  /** The Seating screen's choices and preview. */
  convention: string;
  conventions: Record<"chinese" | "international", string>;
  variant: string;
  variantHint: string;
  chairPosition: string;
  chairPositions: Record<"byRank" | "leftEnd" | "rightEnd", string>;
  seatsPerTable: string;
  mode: string;
  modes: Record<GroupingMode, string>;
  groupBy: string;
  groupBys: Record<GroupBy, string>;
  previewHeading: string;
  previewNobody: string;
  audience: string;
  stage: string;
  chair: string;
  rank: (n: number) => string;
  row: (n: number) => string;
  writeSeating: string;
  choicesKept: string;
  infeasibleTitle: string;
  peopleConcerned: (names: string[], more: number) => string;
  morePeople: (more: number) => string;
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
  rostrum: (people, rows) => `主席台 ${people} 人，共 ${rows} 排`,
  tablesUsed: (guests, tables, seats) => `就餐 ${guests} 人，使用 ${tables} 桌（${seats} 个座位）`,
  split: (groupBy, mode, split, pairs) => {
    const unit = groupBy === "group" ? "分组" : "单位";
    if (mode === "mix") return pairs === 0 ? `同${unit}人员已全部分桌就座` : `仍有 ${num(pairs)} 对同${unit}人员同桌`;
    return split === 0 ? `每个${unit}都坐在同一桌` : `${split} 个${unit}分坐在两桌或更多桌`;
  },
  broken: (n) => (n === 0 ? "不同桌、同行同桌、指定桌号等要求全部满足" : `有 ${n} 项要求未能满足`),
  alone: (n) => (n === 0 ? "没有人与陌生人同桌" : `${n} 人同桌没有同单位或同组的人`),
  convention: "座次惯例",
  conventions: { chinese: "中式（以左为尊）", international: "国际（以右为尊）" },
  variant: "偶数排法",
  variantHint: "主席台人数为偶数时，1号位和2号位如何居中",
  chairPosition: "主持人位置",
  chairPositions: { byRank: "按位次", leftEnd: "左端", rightEnd: "右端" },
  seatsPerTable: "每桌人数",
  mode: "同单位人员",
  modes: { together: "尽量同桌", mix: "打散就座" },
  groupBy: "分桌依据",
  groupBys: { organisation: "单位", group: "分组" },
  previewHeading: "主席台预览（观众视角）",
  previewNobody: "名单中没有主席台人员（“主席台”列为“是”的人）。",
  audience: "台下（观众）",
  stage: "舞台中线",
  chair: "主持",
  rank: (n) => `第${n}位`,
  row: (n) => `第${n}排`,
  writeSeating: "排座次",
  choicesKept: "这些选择会随座次一起写入“会议信息”表，所有共同编辑者下次使用同样的设置。",
  infeasibleTitle: "无法安排桌次，工作簿未作任何改动",
  peopleConcerned: (names, more) => `涉及：${names.join("、")}${more > 0 ? `等 ${names.length + more} 人` : ""}`,
  morePeople: (more) => ` 等另外 ${more} 人`,
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
  rostrum: (people, rows) => `Rostrum: ${people} ${people === 1 ? "person" : "people"} in ${rows === 1 ? "1 row" : `${rows} rows`}`,
  tablesUsed: (guests, tables, seats) =>
    `${guests} ${guests === 1 ? "guest" : "guests"} at ${tables} ${tables === 1 ? "table" : "tables"} (${seats} seats)`,
  split: (groupBy, mode, split, pairs) => {
    const unit = groupBy === "group" ? "group" : "organisation";
    if (mode === "mix")
      return pairs === 0 ? `Nobody shares a table with their own ${unit}` : `${num(pairs)} pairs from one ${unit} still share a table`;
    if (split === 0) return `Every ${unit} sits at one table`;
    return `${split} ${split === 1 ? `${unit} is` : `${unit}s are`} split over two or more tables`;
  },
  broken: (n) => (n === 0 ? "No rule broken (keep-apart, parties, locked tables)" : `${n} ${n === 1 ? "rule" : "rules"} could not be kept`),
  alone: (n) =>
    n === 0 ? "Nobody sits among strangers" : `${n} ${n === 1 ? "guest sits" : "guests sit"} with nobody from their organisation or group`,
  convention: "Protocol",
  conventions: { chinese: "Chinese (left is senior)", international: "International (right is senior)" },
  variant: "Even-count variant",
  variantHint: "With an even number on the rostrum, how seats 1 and 2 share the centre",
  chairPosition: "Chair",
  chairPositions: { byRank: "By rank", leftEnd: "Left end", rightEnd: "Right end" },
  seatsPerTable: "Seats per table",
  mode: "Same organisation",
  modes: { together: "Seat together", mix: "Mix" },
  groupBy: "Seat together by",
  groupBys: { organisation: "Organisation", group: "Group" },
  previewHeading: "Rostrum preview (as seen from the audience)",
  previewNobody: "Nobody on the roster is on the rostrum (the Rostrum column says yes for no one).",
  audience: "Audience",
  stage: "Stage centre",
  chair: "Chair",
  rank: (n) => `No. ${n}`,
  row: (n) => `Row ${n}`,
  writeSeating: "Plan seating",
  choicesKept: "These choices are saved on the Event sheet with the seating, so every co-author seats the same way next time.",
  infeasibleTitle: "The tables cannot be planned; nothing was written",
  peopleConcerned: (names, more) => `Concerns: ${names.join(", ")}${more > 0 ? ` and ${more} more` : ""}`,
  morePeople: (more) => ` and ${more} more`,
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
