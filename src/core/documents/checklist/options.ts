import type { Finding } from "../../finding";
import { isActive } from "../../rules/people";
import { headerIndex, matchHeader } from "../../schema/headerMatch";
import { foldKey } from "../../schema/normalize/text";
import { parseCell } from "../../schema/parseCell";
import type { ParsedWorkbook } from "../../schema/parseWorkbook";
import type { ColumnDef } from "../../schema/sheetDef";
import type { MeetingSize } from "./stepTypes";

/** Which steps a meeting needs. Each option is an Event-sheet row; unset ones are inferred. */
export interface ChecklistOptions {
  size: MeetingSize;
  /** 安排住宿: hotel rooms for attendees. */
  lodging: boolean;
  /** 安排用餐 / 安排宴请: meals, vouchers and the banquet. */
  meals: boolean;
  /** Whether each option was typed on the Event sheet or inferred. */
  set: { size: boolean; lodging: boolean; meals: boolean };
  /** Active attendees (not on leave, not cancelled, not staff): what an unset size is inferred from. */
  attendees: number;
}

/**
 * Size thresholds for an unset 会议规模, in active attendees (staff not counted): up to 15 is a
 * 例会 (a team's regular meeting), up to 49 a small meeting, 50 or more a large one (the seed's
 * 大中型会议, which prints badges). An empty roster gives "small", the middle way.
 */
export const SIZE_THRESHOLDS = { routineUpTo: 15, smallUpTo: 49 } as const;

type Key = "size" | "lodging" | "meals";
const def = (key: Key, zh: string, en: string, type: ColumnDef["type"], synonyms: string[]) => ({ key, zh, en, type, synonyms });

export const CHECKLIST_OPTION_DEFS: readonly (ColumnDef & { key: Key })[] = [
  def("size", "会议规模", "Meeting size", "text", ["规模", "会议类型", "会议级别", "Size", "Meeting type"]),
  def("lodging", "安排住宿", "Lodging", "boolean", ["住宿", "是否住宿", "提供住宿", "Accommodation", "Hotel rooms", "Provide lodging"]),
  def("meals", "安排用餐", "Meals", "boolean", ["安排宴请", "宴请", "用餐", "是否用餐", "提供用餐", "Banquet", "Dining", "Provide meals"]),
];

const SIZE_WORDS: Record<MeetingSize, string[]> = {
  routine: ["例会", "常规会议", "周例会", "例行会议", "routine", "regular", "regularmeeting", "weekly"],
  small: ["小型", "小型会议", "小", "small", "smallmeeting"],
  large: ["大型", "大型会议", "大", "中型", "中型会议", "大中型", "大中型会议", "large", "medium", "largemeeting", "conference"],
};
const SIZE_INDEX = new Map<string, MeetingSize>(
  (Object.entries(SIZE_WORDS) as [MeetingSize, string[]][]).flatMap(([size, words]) =>
    words.map((w): [string, MeetingSize] => [foldKey(w), size]),
  ),
);

function sizeFromCount(n: number): MeetingSize {
  if (n === 0) return "small";
  return n <= SIZE_THRESHOLDS.routineUpTo ? "routine" : n <= SIZE_THRESHOLDS.smallUpTo ? "small" : "large";
}

/**
 * Reads 会议规模 / 安排住宿 / 安排用餐 from the Event sheet. Unset: the size follows the
 * attendee count; a large meeting arranges meals, and lodging when anyone needs a hotel
 * (roster 需住宿) or the Hotels sheet has rows; 例会 and small meetings arrange neither, as the
 * seed says ("例会和小型会议不安排食宿") — with a note when the roster suggests otherwise.
 * An unreadable value keeps its default and gives a settings.invalid finding on its cell.
 */
export function readChecklistOptions(parsed: ParsedWorkbook): { options: ChecklistOptions; findings: Finding[] } {
  const findings: Finding[] = [];
  const typed: Partial<Record<Key, MeetingSize | boolean>> = {};
  const sheet = parsed.event.sheet;
  const idx = headerIndex(CHECKLIST_OPTION_DEFS);
  for (const [label, cell] of sheet ? Object.entries(parsed.event.extras) : []) {
    const key = matchHeader(idx, label) as Key | undefined;
    if (!key || key in typed) continue;
    if (key === "size") {
      const size = SIZE_INDEX.get(foldKey(String(cell.raw)));
      if (size) typed.size = size;
      else findings.push(invalidSize(sheet!, cell.address, label));
      continue;
    }
    const d = CHECKLIST_OPTION_DEFS.find((x) => x.key === key)!;
    const res = parseCell(cell.raw, d, sheet!, cell.address);
    if (res.problem) findings.push({ ...res.problem, id: "settings.invalid" });
    if (res.cell) typed[key] = res.cell.value as boolean;
  }

  const people = parsed.roster.records.filter((p) => isActive(p) && p.fields.role?.value !== "staff");
  const size = (typed.size as MeetingSize | undefined) ?? sizeFromCount(people.length);
  const wantsHotel = people.some((p) => p.fields.needsHotel?.value === true) || parsed.hotels.records.length > 0;
  const large = size === "large";
  const options: ChecklistOptions = {
    size,
    lodging: (typed.lodging as boolean | undefined) ?? (large && wantsHotel),
    meals: (typed.meals as boolean | undefined) ?? large,
    set: { size: typed.size !== undefined, lodging: typed.lodging !== undefined, meals: typed.meals !== undefined },
    attendees: people.length,
  };
  if (!large && typed.lodging === undefined && wantsHotel) findings.push(lodgingSkipped(sheet ?? parsed.event.def[parsed.lang]));
  return { options, findings };
}

function invalidSize(sheet: string, cell: string, label: string): Finding {
  return {
    id: "settings.invalid",
    severity: "warning",
    sheet,
    cell,
    message: {
      zh: `“${label}”的值无法识别，沿用按人数推算的规模。`,
      en: `The value of "${label}" is not recognised; the size is inferred from the roster.`,
    },
    fix: { zh: "填“例会”“小型”或“大型”。", en: 'Use "Routine", "Small" or "Large".' },
  };
}

function lodgingSkipped(sheet: string): Finding {
  return {
    id: "checklist.lodging-skipped",
    severity: "info",
    sheet,
    cell: "A1",
    message: {
      zh: "名单中有人需要住宿，但例会和小型会议默认不安排食宿，会务清单未列住宿步骤。",
      en: "Some attendees need a hotel, but routine and small meetings arrange no lodging by default, so the checklist has no lodging steps.",
    },
    fix: {
      zh: "如需安排住宿，在“会议信息”表加一行“安排住宿”，填“是”。",
      en: 'To arrange hotel rooms, add a "Lodging" row to the Event sheet set to "Yes".',
    },
  };
}
