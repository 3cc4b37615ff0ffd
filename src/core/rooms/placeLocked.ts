import { type HotelIndex, type RoomBlock } from "../rules/travel/hotelIndex";
import { placeKey } from "../rules/travel/placeKey";
import type { Guest } from "./guests";
import { beds, openRoom, put, type RoomBook, type RoomState } from "./roomBook";

/** The blocks of one hotel, in sheet order. */
export function blocksOf(hotels: HotelIndex, hotelKey: string): RoomBlock[] {
  return hotels.ordered.filter((b) => placeKey(b.hotel) === hotelKey);
}

/**
 * Locked rooms first, exactly as the roster has them (锁定 = 是 with a 房号): same hotel and
 * number, one room. Nobody else is added to a locked room but a mutual roommate. A locked room
 * counts in its occupants' room type, else in the hotel's first type with beds enough.
 * Returns each locked guest's room; guests whose hotel lists no type are returned apart.
 */
export function placeLocked(
  book: RoomBook,
  guests: readonly Guest[],
  hotels: HotelIndex,
): { roomOf: Map<Guest, RoomState>; homeless: Guest[] } {
  const groups = new Map<string, Guest[]>();
  for (const g of guests) {
    if (!g.lockedRoom) continue;
    const key = `${g.hotelKey}|${placeKey(g.lockedRoom)}`;
    const list = groups.get(key);
    if (list) list.push(g);
    else groups.set(key, [g]);
  }
  const roomOf = new Map<Guest, RoomState>();
  const homeless: Guest[] = [];
  for (const group of groups.values()) {
    const own = group.find((g) => g.block)?.block;
    const blocks = blocksOf(hotels, group[0].hotelKey);
    const block = own ?? blocks.find((b) => beds(b) >= group.length) ?? blocks[0];
    if (!block) {
      homeless.push(...group);
      continue;
    }
    const room = openRoom(
      book,
      block,
      group.every((g) => g.staff),
      group[0].p.fields.gender?.value,
      true,
      group[0].lockedRoom,
    );
    for (const g of group) {
      put(book, room, g);
      roomOf.set(g, room);
    }
  }
  return { roomOf, homeless };
}

/** The block each hotel keeps its spare rooms in: the type with the most rooms held (the first on a tie). */
export function spareBlocks(hotels: HotelIndex): Map<string, RoomBlock> {
  const out = new Map<string, RoomBlock>();
  for (const b of hotels.ordered) {
    const key = placeKey(b.hotel);
    const best = out.get(key);
    if (!best || (b.rooms ?? -1) > (best.rooms ?? -1)) out.set(key, b);
  }
  return out;
}
