import type { Bilingual } from "../../i18n";
import type { ParsedWorkbook } from "../../schema/parseWorkbook";
import type { BudgetLine } from "./budgetLines";
import type { Group, Headcount } from "./headcount";
import { accommodationUnits, cateringUnits, printingUnits } from "./itemUnits";
import { formatCount } from "./money";
import { needsRoom, stayOf } from "./roomNights";
import type { Person } from "../people";

/** The range a per-head line's quantity should fall in, with the reasoning for the message. */
export interface PerHeadNeed {
  low: number;
  high: number;
  /** How the low and high figures were reached, e.g. "已确认 115 人，每人 3 份". */
  lowBasis: Bilingual;
  highBasis: Bilingual;
}

/**
 * Whose needs a line covers. Staff eat and sleep too, but the seed budgets 工作人员费用（食、住）
 * separately: with such a line, staff may or may not be in the catering and hotel quantities;
 * printing may or may not include them (badges do, meeting papers rarely). "optional" leaves
 * staff out of the low end of the range and in the high end.
 */
type StaffScope = "included" | "optional";

interface People {
  low: Person[];
  high: Person[];
  /** The words for the people at each end. */
  lowWho: Bilingual;
  highWho: Bilingual;
}

/** "people" for meals and papers; "hotel guests" for rooms. */
interface Noun {
  zh: string;
  en: string;
}

const EVERYONE: Noun = { zh: "", en: "people" };
const GUESTS: Noun = { zh: "需住宿的", en: "hotel guests" };

function people(hc: Headcount, staff: StaffScope, noun: Noun, filter: (p: Person) => boolean = () => true): People {
  const pick = (g: Group, pending: boolean) => [...g.confirmed, ...(pending ? g.pending : [])].filter(filter);
  const staffLow = staff === "included" ? pick(hc.staff, false) : [];
  const low = [...pick(hc.attendees, false), ...staffLow];
  const staffAll = pick(hc.staff, true);
  const high = [...pick(hc.attendees, true), ...staffAll];
  const pending = high.length - low.length - (staffAll.length - staffLow.length);
  const parts = (zh: string[], en: string[]) => ({
    zh: zh.length > 0 ? `（含${zh.join("、")}）` : "",
    en: en.length > 0 ? ` (${en.join(", ")})` : "",
  });
  const lowParts = parts(
    staffLow.length > 0 ? [`工作人员 ${staffLow.length} 人`] : [],
    staffLow.length > 0 ? [`${staffLow.length} of them staff`] : [],
  );
  const highParts = parts(
    [...(pending > 0 ? [`待确认 ${pending} 人`] : []), ...(staffAll.length > 0 ? [`工作人员 ${staffAll.length} 人`] : [])],
    [...(pending > 0 ? [`${pending} not yet confirmed`] : []), ...(staffAll.length > 0 ? [`${staffAll.length} staff`] : [])],
  );
  return {
    low,
    high,
    lowWho: { zh: `已确认${noun.zh} ${low.length} 人${lowParts.zh}`, en: `${low.length} confirmed ${noun.en}${lowParts.en}` },
    highWho: { zh: `${noun.zh}共 ${high.length} 人${highParts.zh}`, en: `${high.length} ${noun.en} in all${highParts.en}` },
  };
}

function headNeed(who: People, perPerson: number, seats: number | undefined): PerHeadNeed {
  const each =
    seats !== undefined
      ? {
          zh: `，每桌 ${seats} 人${perPerson > 1 ? `，共 ${perPerson} 场` : ""}`,
          en: `, ${seats} to a table${perPerson > 1 ? `, ${perPerson} sittings` : ""}`,
        }
      : perPerson > 1
        ? { zh: `，每人 ${perPerson} 份`, en: `, ${perPerson} each` }
        : { zh: "", en: "" };
  const size = (n: number) => (seats !== undefined ? Math.ceil(n / seats) : n) * perPerson;
  return {
    low: size(who.low.length),
    high: size(who.high.length),
    lowBasis: { zh: `${who.lowWho.zh}${each.zh}`, en: `${who.lowWho.en}${each.en}` },
    highBasis: { zh: `${who.highWho.zh}${each.zh}`, en: `${who.highWho.en}${each.en}` },
  };
}

function roomNeed(wb: ParsedWorkbook, who: People): PerHeadNeed {
  const low = stayOf(wb, who.low);
  const high = stayOf(wb, who.high);
  return {
    low: low.fewestRoomNights,
    high: high.personNights,
    lowBasis: {
      zh: `${who.lowWho.zh}，共 ${formatCount(low.personNights)} 人夜，按房型床位合住`,
      en: `${who.lowWho.en}, ${formatCount(low.personNights)} person-nights, sharing as the room types allow`,
    },
    highBasis: {
      zh: `${who.highWho.zh}，共 ${formatCount(high.personNights)} 人夜，每人单住`,
      en: `${who.highWho.en}, ${formatCount(high.personNights)} person-nights, each in a room of their own`,
    },
  };
}

/**
 * What catering, printing and hotel lines should hold for the roster: a function of the line,
 * undefined for other lines and for hotel lines when the roster does not say who needs a room.
 * The people and room-nights are counted once, however many lines there are.
 */
export function perHeadNeeds(wb: ParsedWorkbook, hc: Headcount, staffLine: boolean): (line: BudgetLine) => PerHeadNeed | undefined {
  const staff: StaffScope = staffLine ? "optional" : "included";
  const once = <T>(f: () => T): (() => T) => {
    let v: T | undefined;
    return () => (v ??= f());
  };
  const eaters = once(() => people(hc, staff, EVERYONE));
  const readers = once(() => people(hc, "optional", EVERYONE));
  const sleepers = once(() => people(hc, staff, GUESTS, needsRoom));
  const rooms = once(() => roomNeed(wb, sleepers()));
  const knowsRooms = wb.roster.columns.has("needsHotel") || wb.roster.columns.has("hotel");
  const typedSeats = wb.event.fields.seatsPerTable?.value;
  const seats = typedSeats && typedSeats > 0 ? typedSeats : 10;
  return (line) => {
    const item = line.record.fields.item?.value ?? "";
    switch (line.category) {
      case "catering": {
        const u = cateringUnits(item);
        return headNeed(eaters(), u.perPerson, u.tables ? seats : undefined);
      }
      case "printing":
        return headNeed(readers(), printingUnits(item).perPerson, undefined);
      case "accommodation":
        if (!knowsRooms) return undefined;
        return accommodationUnits(item).people ? headNeed(sleepers(), 1, undefined) : rooms();
      default:
        return undefined;
    }
  };
}
