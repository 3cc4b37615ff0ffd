import type { ParsedWorkbook } from "../schema/parseWorkbook";
import type { LocalDate } from "../schema/normalize/calendar";
import { cellOf } from "../rules/cells";
import { isActive, peopleIndex, type PeopleIndex, type Person } from "../rules/people";
import { blockKey, hotelIndex, type HotelIndex, type RoomBlock } from "../rules/travel/hotelIndex";
import { placeKey } from "../rules/travel/placeKey";
import { mutualRoommate } from "../rules/travel/roommates";
import { stayCalendar } from "../rules/travel/stay";
import { REASON } from "./reasons";
import type { Unplaceable } from "./types";

/** Someone to house: their hotel settled, their nights known. */
export interface Guest {
  p: Person;
  /** Hotel key (placeKey) and the name as the Hotels sheet spells it. */
  hotelKey: string;
  hotel: string;
  /** The room type's block, when the roster names one (else the allocator picks one). */
  block?: RoomBlock;
  nights: readonly LocalDate[];
  staff: boolean;
  /** The planner's room number (a 房号 in the roster, unless 锁定 = 否): kept exactly. */
  lockedRoom?: string;
}

/** Needs a room: coming, and 需住宿 = 是, or a hotel named without 需住宿 = 否. */
export function needsRoom(p: Person): boolean {
  if (!isActive(p)) return false;
  const needs = p.fields.needsHotel?.value;
  return needs === true || (needs === undefined && !!p.fields.hotel?.value);
}

/** The person an aide accompanies (同行 names the leader): the first active match other than themselves. */
export function leaderOf(p: Person, index: PeopleIndex): Person | undefined {
  const ref = p.fields.party?.value;
  return ref ? index.resolve(ref).find((q) => q !== p && isActive(q)) : undefined;
}

export interface GuestList {
  guests: Guest[];
  byPerson: Map<Person, Guest>;
  unplaceable: Unplaceable[];
  index: PeopleIndex;
  hotels: HotelIndex;
}

/**
 * Everyone who needs a room, with the hotel they go to: their own, else their mutual roommate's,
 * else their leader's (an aide follows the person they accompany). Those who cannot be housed at
 * all (no hotel, a hotel or room type not on the Hotels sheet, no night) are returned with the reason.
 */
export function guestList(wb: ParsedWorkbook): GuestList {
  const index = peopleIndex(wb.roster);
  const hotels = hotelIndex(wb.hotels);
  const stays = stayCalendar(wb.event);
  const sheet = wb.roster.sheet ?? "";
  const hotelsSheet = wb.hotels.sheet ?? wb.hotels.def[wb.lang];
  const guests: Guest[] = [];
  const byPerson = new Map<Person, Guest>();
  const unplaceable: Unplaceable[] = [];
  const out = (
    p: Person,
    reason: Unplaceable["reason"],
    field: "hotel" | "roomType" | "arrival" | "departure",
    message: Unplaceable["message"],
  ) =>
    unplaceable.push({
      name: p.fields.name?.value ?? `#${p.row + 1}`,
      organisation: p.fields.organisation?.value,
      sheet,
      cell: cellOf(wb.roster, p, field),
      row: p.row,
      reason,
      message,
    });
  const followed = (p: Person): string | undefined => {
    const mate = mutualRoommate(p, index);
    const leader = leaderOf(p, index);
    return [mate, leader].find((q) => q && needsRoom(q) && q.fields.hotel?.value)?.fields.hotel?.value;
  };
  for (const p of wb.roster.records) {
    if (!needsRoom(p)) continue;
    const hotel = p.fields.hotel?.value || followed(p);
    if (!hotel) {
      out(p, "noHotel", "hotel", REASON.noHotel(p));
      continue;
    }
    const hotelKey = placeKey(hotel);
    const listed = hotels.hotels.get(hotelKey);
    if (!listed) {
      out(p, "unknownHotel", "hotel", REASON.unknownHotel(p, hotel, hotelsSheet));
      continue;
    }
    const type = p.fields.roomType?.value;
    const block = type ? hotels.blocks.get(blockKey(hotel, type)) : undefined;
    if (type && !block) {
      out(p, "unknownType", "roomType", REASON.unknownType(p, listed, type));
      continue;
    }
    const nights = stays.nights(p);
    if (!nights) {
      out(p, "noStay", "arrival", REASON.noStay(p));
      continue;
    }
    if (nights.length === 0) {
      out(p, "noNights", "departure", REASON.noNights(p));
      continue;
    }
    const room = p.fields.room?.value;
    const g: Guest = {
      p,
      hotelKey,
      hotel: listed,
      block,
      nights,
      staff: p.fields.role?.value === "staff",
      // Huiwu never writes 房号 into the roster: a room number there is the planner's, kept unless 锁定 = 否.
      ...(room && p.fields.locked?.value !== false ? { lockedRoom: room } : {}),
    };
    guests.push(g);
    byPerson.set(p, g);
  }
  return { guests, byPerson, unplaceable, index, hotels };
}
