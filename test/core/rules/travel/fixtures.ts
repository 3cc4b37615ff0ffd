import type { CellValue } from "../../../../src/core/cellValue";

/** A two-day meeting, 10–11 December 2026, opening at 09:00 (check-in the afternoon before). */
export const EVENT: CellValue[][] = [
  ["会议名称", "2026年度工作会议"],
  ["开始时间", "2026-12-10 09:00"],
  ["结束时间", "2026-12-11 17:30"],
  ["报到时间", "2026-12-09 14:00"],
  ["会议地点", "苏州市行政中心3号楼"],
];

export const EVENT_EN: CellValue[][] = [
  ["Event name", "2026 Annual Conference"],
  ["Start", "2026-12-10 09:00"],
  ["End", "2026-12-11 17:30"],
  ["Venue", "Riverside Conference Centre"],
];

/** The Event rows with one more setting, e.g. rules switched off. */
export const withSetting = (rows: CellValue[][], key: string, value: CellValue): CellValue[][] => [...rows, [key, value]];
