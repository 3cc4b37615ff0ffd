import type { ParsedWorkbook } from "../schema/parseWorkbook";
import type { LocalDate } from "../schema/normalize/calendar";
import { cellOf } from "../rules/cells";
import { daysLabel } from "../rules/travel/dayLabels";
import { blockKey, blockName, type HotelIndex, type RoomBlock } from "../rules/travel/hotelIndex";
import { placeKey } from "../rules/travel/placeKey";
import type { RoomBook, RoomState } from "./roomBook";
import { numberHotelRooms } from "./roomNumbers";
import type { AllocatedRoom, BlockNight, Occupant, RoomAllocation, RoomNotice, Unplaceable } from "./types";

function occupant(wb: ParsedWorkbook, room: RoomState, i: number): Occupant {
  const g = room.guests[i];
  const f = g.p.fields;
  return {
    name: f.name?.value ?? `#${g.p.row + 1}`,
    ...(f.gender ? { gender: f.gender.value } : {}),
    ...(f.organisation ? { organisation: f.organisation.value } : {}),
    sheet: wb.roster.sheet ?? "",
    cell: cellOf(wb.roster, g.p, "name"),
    row: g.p.row,
    nights: g.nights,
    locked: !!g.lockedRoom,
    staff: g.staff,
  };
}

function priced(block: RoomBlock, nights: LocalDate[]): Pick<AllocatedRoom, "rate" | "cost"> {
  const rate = block.row.fields.rate?.value;
  return rate === undefined ? {} : { rate, cost: rate * nights.length };
}

/** The spare rooms of one hotel: kept free on the nights the block still has them after everyone is housed. */
function spareRooms(
  book: RoomBook,
  block: RoomBlock,
  count: number,
  hotelNights: LocalDate[],
  name: (type: string) => string,
  notices: RoomNotice[],
  sheet: string | undefined,
): { rooms: AllocatedRoom[]; kept: Map<LocalDate, number> } {
  const used = book.used.get(blockKey(block.hotel, block.roomType));
  const kept = new Map<LocalDate, number>();
  const rooms: AllocatedRoom[] = [];
  for (let i = 1; i <= count; i++) {
    const nights = hotelNights.filter((n) => block.rooms === undefined || (used?.get(n) ?? 0) + i <= block.rooms);
    const lostNights = hotelNights.filter((n) => !nights.includes(n));
    if (lostNights.length > 0) {
      const b = blockName(block.hotel, block.roomType);
      const d = daysLabel(lostNights);
      notices.push({
        sheet,
        cell: block.row.fields.rooms?.address,
        message: {
          zh: `${b.zh}${d.zh}晚已住满，未能留出第${i}间机动房。`,
          en: `${b.en} is full on the night${lostNights.length > 1 ? "s" : ""} of ${d.en}; spare room ${i} could not be kept.`,
        },
      });
    }
    if (nights.length === 0) continue;
    for (const n of nights) kept.set(n, (kept.get(n) ?? 0) + 1);
    rooms.push({
      hotel: block.hotel,
      type: block.roomType,
      room: name(block.roomType),
      occupants: [],
      nights,
      ...priced(block, nights),
      locked: false,
      spare: true,
      staff: false,
    });
  }
  return { rooms, kept };
}

/** The plan as plain data: rooms numbered and listed hotel by hotel, block use per night, spare rooms. */
export function assemble(
  wb: ParsedWorkbook,
  book: RoomBook,
  hotels: HotelIndex,
  spares: Map<string, RoomBlock>,
  spareCount: number,
  unplaceable: Unplaceable[],
  notices: RoomNotice[],
): Omit<RoomAllocation, "settingProblems"> {
  const typeOrder = new Map<unknown, number>(hotels.ordered.map((b, i) => [b, i]));
  const byHotel = new Map<string, RoomState[]>();
  for (const r of book.rooms) {
    if (r.guests.length === 0) continue;
    const key = placeKey(r.block.hotel);
    const list = byHotel.get(key);
    if (list) list.push(r);
    else byHotel.set(key, [r]);
  }
  const rooms: AllocatedRoom[] = [];
  const spareKept = new Map<string, Map<LocalDate, number>>();
  for (const hotelKey of hotels.hotels.keys()) {
    const list = byHotel.get(hotelKey);
    if (!list) continue;
    const namer = numberHotelRooms(list, typeOrder, spareCount);
    const names = new Map(namer.ordered.map((o) => [o.room, o.name]));
    for (const { room, name } of namer.ordered) {
      const nights = [...room.count.keys()].sort();
      rooms.push({
        hotel: room.block.hotel,
        type: room.block.roomType,
        room: name,
        occupants: room.guests.map((_, i) => occupant(wb, room, i)),
        nights,
        ...priced(room.block, nights),
        locked: !!room.lockedName,
        spare: false,
        staff: room.guests.every((g) => g.staff),
        ...(room.nextTo && names.has(room.nextTo) ? { nextTo: names.get(room.nextTo)! } : {}),
      });
    }
    const block = spares.get(hotelKey);
    if (block && spareCount > 0) {
      const hotelNights = [...new Set(list.flatMap((r) => [...r.count.keys()]))].sort();
      const spare = spareRooms(book, block, spareCount, hotelNights, namer.next, notices, wb.hotels.sheet ?? undefined);
      rooms.push(...spare.rooms);
      spareKept.set(blockKey(block.hotel, block.roomType), spare.kept);
    }
  }
  return { rooms, blockUse: blockUse(book, hotels, spareKept), unplaceable, notices, spareRooms: spareCount };
}

function blockUse(book: RoomBook, hotels: HotelIndex, spareKept: Map<string, Map<LocalDate, number>>): BlockNight[] {
  const out: BlockNight[] = [];
  for (const block of hotels.ordered) {
    const key = blockKey(block.hotel, block.roomType);
    const used = book.used.get(key);
    const kept = spareKept.get(key);
    const nights = [...new Set([...(used?.keys() ?? []), ...(kept?.keys() ?? [])])].sort();
    for (const night of nights) {
      const n = used?.get(night) ?? 0;
      out.push({
        hotel: block.hotel,
        type: block.roomType,
        night,
        used: n,
        spare: kept?.get(night) ?? 0,
        ...(block.rooms !== undefined ? { block: block.rooms } : {}),
        over: block.rooms !== undefined && n > block.rooms,
      });
    }
  }
  return out;
}
