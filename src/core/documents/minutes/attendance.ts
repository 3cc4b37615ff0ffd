import type { Lang } from "../../i18n";
import { displayWidth } from "../../plan/textWidth";
import type { Person } from "../../rules/people";
import type { ParsedTable } from "../../schema/parsedSheet";
import type { RosterFields } from "../../schema/sheets";
import { KIND_LABEL, NAME_SEPARATOR, NONE, PENDING_MARK, pendingNote } from "./labels";

/** One name on an attendance line of the minutes. */
export interface AttendanceName {
  name: string;
  /** 回执 待确认: expected but not confirmed, so the name carries a mark for the recorder to check on the day. */
  pending: boolean;
  /** 0-based roster row. */
  row: number;
}

/**
 * Who the minutes list, from the roster's 身份 and 回执:
 * - 出席 / Present: attendees, 嘉宾 guests and 讲师 speakers (they take part in the meeting; minutes
 *   list invited guests among those present), and people with no role given;
 * - 列席 / In attendance: the observer role;
 * - 请假 / Apologies: anyone but staff whose 回执 is 请假, whatever their role.
 * Staff (工作人员) are not attendance, and 取消 / cancelled people are left out altogether.
 * 待确认 / pending people are listed where their role puts them, marked and counted separately;
 * a blank 回执 counts as attending. Each list runs by 排序 (none last), then roster order.
 */
export interface Attendance {
  present: AttendanceName[];
  observers: AttendanceName[];
  leave: AttendanceName[];
}

export type AttendanceKind = keyof Attendance;

function kindOf(p: Person): AttendanceKind | undefined {
  const role = p.fields.role?.value;
  const status = p.fields.status?.value;
  if (role === "staff" || status === "cancelled") return undefined;
  if (status === "leave") return "leave";
  return role === "observer" ? "observers" : "present";
}

const precedenceOf = (p: Person) => p.fields.precedence?.value ?? Infinity;

export function attendance(roster: ParsedTable<RosterFields>): Attendance {
  const out: Attendance = { present: [], observers: [], leave: [] };
  const people = roster.records
    .filter((p) => p.fields.name)
    .map((p, i) => ({ p, i }))
    .sort((a, b) => precedenceOf(a.p) - precedenceOf(b.p) || a.i - b.i);
  for (const { p } of people) {
    const kind = kindOf(p);
    if (!kind) continue;
    out[kind].push({ name: p.fields.name!.value, pending: p.fields.status?.value === "pending", row: p.row });
  }
  return out;
}

/** "张伟、李娜（待确认）" / "Zhang Wei, Li Na (unconfirmed)". */
export function attendanceNames(list: readonly AttendanceName[], lang: Lang): string {
  return list.map((a) => (a.pending ? a.name + PENDING_MARK[lang] : a.name)).join(NAME_SEPARATOR[lang]);
}

const pendingCount = (list: readonly AttendanceName[]) => list.filter((a) => a.pending).length;

/** "出席 12 人（含待确认 2 人）" / "Present: 12 (2 unconfirmed)". */
export function attendanceCount(kind: AttendanceKind, list: readonly AttendanceName[], lang: Lang): string {
  const note = pendingNote(pendingCount(list), lang);
  return lang === "zh" ? `${KIND_LABEL[kind].zh} ${list.length} 人${note}` : `${KIND_LABEL[kind].en}: ${list.length}${note}`;
}

/** Names listed in one cell at most, in character cells (CJK two): well inside Excel's 32,767 characters. */
const MAX_NAMES_WIDTH = 30_000;

/**
 * The value beside the 出席/列席/请假 label: "共 12 人（含待确认 2 人）：张伟、李娜…", or 无 / None.
 * A list wider than `maxWidth` character cells (what its printed row holds) names the first
 * people and says how many more are on the sign-in sheet.
 */
export function attendanceValue(list: readonly AttendanceName[], lang: Lang, maxWidth = MAX_NAMES_WIDTH): string {
  if (list.length === 0) return NONE[lang];
  const note = pendingNote(pendingCount(list), lang);
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
  return lang === "zh" ? `共 ${list.length} 人${note}：${names}` : `${list.length}${note}: ${names}`;
}
