export { readActionItems, type ActionItem, type ActionItemsRead } from "./actionItems";
export {
  attendance,
  attendanceCount,
  attendanceNames,
  attendanceValue,
  type Attendance,
  type AttendanceKind,
  type AttendanceName,
} from "./attendance";
export { MINUTES_SHEET_NAME } from "./labels";
export { minutesSheet, type MinutesSheetInput } from "./minutesSheet";
