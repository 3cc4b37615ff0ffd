import type { CellValue } from "../../../../src/core/cellValue";

/** A complete Event sheet: every element of the notice, precise places, a contact. */
export const FULL_EVENT: CellValue[][] = [
  ["会议名称", "2026年度工作会议"],
  ["主要内容", "总结2026年工作，部署2027年重点任务"],
  ["参会范围", "各部门主要负责同志"],
  ["开始时间", "2026-12-10 09:00"],
  ["结束时间", "2026-12-11 17:30"],
  ["报到时间", "2026-12-09 14:00"],
  ["报到地点", "市行政中心3号楼1楼大厅"],
  ["会议地点", "市行政中心3号楼6楼第一会议室"],
  ["着装", "正装"],
  ["注意事项", "请于2026年12月7日前报送参会回执"],
  ["联系人", "刘莹"],
  ["联系电话", "15782964053"],
];

export const FULL_EVENT_EN: CellValue[][] = [
  ["Event name", "2026 Annual Conference"],
  ["Content", "Review of 2026 and priorities for 2027"],
  ["Attendees", "Board members and partner organisations"],
  ["Start", "2026-12-10 09:00"],
  ["Duration", "2 days"],
  ["Check-in time", "2026-12-09 14:00"],
  ["Check-in place", "Level 1 foyer, Riverside Conference Centre"],
  ["Venue", "Riverside Conference Centre, Building 3, Level 6, Hall 1"],
  ["Dress code", "Business attire"],
  ["Notes", "Bring photo ID to registration"],
  ["Contact", "Chloe O'Brien"],
  ["Contact phone", "07535 372561"],
];

/** The sheet with the row of `key` changed to `value`, or removed when `value` is undefined. */
export function withRow(rows: CellValue[][], key: string, value?: CellValue): CellValue[][] {
  return value === undefined ? rows.filter((r) => r[0] !== key) : rows.map((r) => (r[0] === key ? [key, value] : r));
}
