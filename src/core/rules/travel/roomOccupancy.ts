import type { LocalDate } from "../../schema/normalize/calendar";
import type { ParsedWorkbook } from "../../schema/parseWorkbook";
import { isActive, type Person } from "../people";
import { placeKey } from "./placeKey";
import { stayCalendar } from "./stay";

/** Stands for "every night" when a guest's stay cannot be told (no times and no meeting dates). */
export const ANY_NIGHT = "";

/** One numbered room of one hotel (same hotel + 房号) and who sleeps there each night. */
export interface RoomUse {
  hotel: string;
  room: string;
  /** Occupants in roster order. */
  guests: Person[];
  /** Night → the guests sleeping there that night, in roster order; nights in date order. */
  nights: Map<LocalDate, Person[]>;
}

const cache = new WeakMap<ParsedWorkbook, RoomUse[]>();

/**
 * The numbered rooms of the roster: guests who are coming and have a hotel and a room number,
 * grouped by hotel and room. Built once per workbook; linear in guests × nights.
 */
export function roomOccupancy(wb: ParsedWorkbook): RoomUse[] {
  const hit = cache.get(wb);
  if (hit) return hit;
  const stays = stayCalendar(wb.event);
  const rooms = new Map<string, RoomUse>();
  for (const p of wb.roster.people ?? wb.roster.records) {
    const hotel = p.fields.hotel?.value;
    const room = p.fields.room?.value;
    if (!hotel || !room || !isActive(p) || p.fields.needsHotel?.value === false) continue;
    const key = `${placeKey(hotel)}|${placeKey(room)}`;
    let use = rooms.get(key);
    if (!use) rooms.set(key, (use = { hotel, room, guests: [], nights: new Map() }));
    use.guests.push(p);
    for (const night of stays.nights(p) ?? [ANY_NIGHT]) {
      const list = use.nights.get(night);
      if (list) list.push(p);
      else use.nights.set(night, [p]);
    }
  }
  const out = [...rooms.values()];
  for (const use of out) use.nights = new Map([...use.nights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  cache.set(wb, out);
  return out;
}

/** "滨江国际酒店1208房" / "Riverside Hotel room 1208". */
export function roomName(use: Pick<RoomUse, "hotel" | "room">): { zh: string; en: string } {
  return { zh: `${use.hotel}${use.room}房`, en: `${use.hotel} room ${use.room}` };
}
