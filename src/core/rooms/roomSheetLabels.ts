import type { Lang } from "../i18n";

export const ROOM_SHEET_NAME = { zh: "住宿分配", en: "Room Allocation" } as const;

export const L = {
  roomHeaders: {
    zh: ["酒店", "房型", "房号", "入住人", "人数", "晚数", "入住日期", "房价", "费用", "备注"],
    en: ["Hotel", "Room type", "Room", "Occupants", "People", "Nights", "Dates", "Rate", "Cost", "Notes"],
  },
  blockHeaders: {
    zh: ["酒店", "房型", "日期（晚）", "已用", "机动房", "预留", "状态"],
    en: ["Hotel", "Room type", "Night of", "Used", "Spare", "Block", "Status"],
  },
  lostHeaders: { zh: ["姓名", "单位", "名单单元格", "原因"], en: ["Name", "Organisation", "Roster cell", "Reason"] },
  blockTitle: { zh: "每晚用房与预留对照", en: "Rooms used per night against the block" },
  lostTitle: { zh: "未能安排住宿的人员", en: "People not given a room" },
  noticeTitle: { zh: "说明", en: "Notes" },
  noneLost: { zh: "需住宿人员均已安排。", en: "Everyone who needs a room has one." },
  noRooms: { zh: "没有需要安排住宿的人员。", en: "Nobody needs a room." },
  subtotal: { zh: "小计", en: "Subtotal" },
  total: { zh: "合计", en: "Total" },
  over: { zh: "超出预留", en: "Over block" },
  full: { zh: "已满", en: "Full" },
  unlimited: { zh: "未填", en: "not given" },
  locked: { zh: "锁定", en: "Locked" },
  spare: { zh: "机动房（空置备用）", en: "Spare room (kept free)" },
  staff: { zh: "工作人员", en: "Staff" },
  nextTo: (room: string) => ({ zh: `随行，邻${room}房`, en: `Aide, next to ${room}` }),
  rooms: (n: number) => ({ zh: `${n}间`, en: `${n} room${n === 1 ? "" : "s"}` }),
  summary: (people: number, rooms: number, spare: number, lost: number) => ({
    zh: `已安排${people}人、${rooms}间（另有机动房${spare}间）；未能安排${lost}人。`,
    en: `${people} people in ${rooms} room${rooms === 1 ? "" : "s"} (plus ${spare} spare); ${lost} not placed.`,
  }),
  gender: { male: { zh: "男", en: "M" }, female: { zh: "女", en: "F" } },
};

export function sep(lang: Lang): string {
  return lang === "zh" ? "、" : ", ";
}
