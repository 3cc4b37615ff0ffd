import type { Lang } from "../../i18n";
import { displayWidth } from "../../plan/textWidth";
import type { Person } from "../../rules/people";
import type { ParsedTable } from "../../schema/parsedSheet";
import type { RosterFields } from "../../schema/sheets";
import { KIND_LABEL, NAME_SEPARATOR, NONE } from "./labels";

/** One name on an attendance line of the minutes. */
export interface AttendanceName {
  name: string;
  /** 0-based roster row. */
  row: number;
}

/**
 * Who the minutes list, from the roster's 身份 and 回执 — only people who are coming are listed as
 * attending, so a secretary can take the form into the room:
 * - 出席 / Present: attendees, 嘉宾 guests and 讲师 speakers (they take part in the meeting; minutes
 *   list invited guests among those present), and people with no role given;
 * - 列席 / In attendance: the observer role;
 * - 请假 / Apologies: anyone but staff whose 回执 is 请假, whatever their role;
 * - 待确认 / Unconfirmed: anyone but staff whose 回执 is 待确认, on a line of their own for the
 *   recorder to settle on the day.
 * Staff (工作人员) are not attendance, and 取消 / cancelled people are left out altogether; a blank
 * 回执 counts as attending. Each list runs by 排序 (none last), then roster order.
 */
export interface Attendance {
  present: AttendanceName[];
  observers: AttendanceName[];
  leave: AttendanceName[];
  pending: AttendanceName[];
}

export type AttendanceKind = keyof Attendance;

function kindOf(p: Person): AttendanceKind | undefined {
  const role = p.fields.role?.value;
  const status = p.fields.status?.value;
  if (role === "staff" || status === "cancelled") return undefined;
  if (status === "leave") return "leave";
  if (status === "pending") return "pending";
  return role === "observer" ? "observers" : "present";
}

const precedenceOf = (p: Person) => p.fields.precedence?.value ?? Infinity;

export function attendance(roster: ParsedTable<RosterFields>): Attendance {
  const out: Attendance = { present: [], observers: [], leave: [], pending: [] };
  const people = roster.records
    .filter((p) => p.fields.name)
    .map((p, i) => ({ p, i }))
    .sort((a, b) => precedenceOf(a.p) - precedenceOf(b.p) || a.i - b.i);
  for (const { p } of people) {
    const kind = kindOf(p);
    if (!kind) continue;
    out[kind].push({ name: p.fields.name!.value, row: p.row });
  }
  return out;
}

/** "张伟、李娜" / "Zhang Wei, Li Na". */
export function attendanceNames(list: readonly AttendanceName[], lang: Lang): string {
  return list.map((a) => a.name).join(NAME_SEPARATOR[lang]);
}

/** "出席 12 人" / "Present: 12". */
export function attendanceCount(kind: AttendanceKind, list: readonly AttendanceName[], lang: Lang): string {
  return lang === "zh" ? `${KIND_LABEL[kind].zh} ${list.length} 人` : `${KIND_LABEL[kind].en}: ${list.length}`;
}

/** Names listed in one cell at most, in character cells (CJK two): well inside Excel's 32,767 characters. */
const MAX_NAMES_WIDTH = 30_000;

/**
 * The value beside the 出席/列席/请假/待确认 label: "共 12 人：张伟、李娜…", or 无 / None.
 * A list wider than `maxWidth` character cells (what its printed row holds) names the first
 * people and says how many more are on the sign-in sheet.
 */
export function attendanceValue(list: readonly AttendanceName[], lang: Lang, maxWidth = MAX_NAMES_WIDTH): string {
  if (list.length === 0) return NONE[lang];
  let names = attendanceNames(list, lang);
  if (displayWidth(names) > maxWidth) {
    let shown = 0;
    for (let used = 0; shown < list.length; shown++) {
      used += displayWidth(attendanceNames([list[shown]], lang) + NAME_SEPARATOR[lang]);
      if (used > maxWidth) break;
    }
    const more = list.length - shown;
    names =
      attendanceNames(list.slice(0, shown), lang) +
      (lang === "zh" ? `等，另有 ${more} 人见签到表` : `, and ${more} more (see the Sign-in Sheet)`);
  }
  return lang === "zh" ? `共 ${list.length} 人：${names}` : `${list.length}: ${names}`;
}
