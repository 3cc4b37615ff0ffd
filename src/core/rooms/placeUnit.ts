import type { LocalDate } from "../schema/normalize/calendar";
import type { RoomBlock } from "../rules/travel/hotelIndex";
import type { Guest } from "./guests";
import { beds, bestShared, capacity, freeBeds, fullNight, openRoom, put, usedOn, type RoomBook, type RoomState } from "./roomBook";
import type { Unit } from "./units";

/** Beds for `size` more on every night in a room, without opening a night the block cannot give. */
export function roomFits(book: RoomBook, room: RoomState, nights: readonly LocalDate[], size: number): boolean {
  const b = beds(room.block);
  const cap = capacity(book, room.block);
  return nights.every((n) => {
    const c = room.count.get(n) ?? 0;
    return c + size <= b && (c > 0 || usedOn(book, room.block, n) + 1 <= cap);
  });
}

/**
 * The room types a unit may go to: its own; without one, the hotel's types with beds enough,
 * most free beds over the unit's nights first (the sheet's order on a tie).
 */
export function candidateBlocks(book: RoomBook, u: Unit, hotelBlocks: readonly RoomBlock[]): RoomBlock[] {
  if (u.block) return [u.block];
  const fit = hotelBlocks.filter((b) => beds(b) >= u.guests.length);
  const free = new Map(fit.map((b) => [b, freeBeds(book, b, u.nights)]));
  return fit
    .map((b, i) => ({ b, i }))
    .sort((x, y) => free.get(y.b)! - free.get(x.b)! || x.i - y.i)
    .map((x) => x.b);
}

function putAll(book: RoomBook, room: RoomState, guests: readonly Guest[], roomOf: Map<Guest, RoomState>): RoomState {
  for (const g of guests) {
    put(book, room, g);
    roomOf.set(g, room);
  }
  return room;
}

/**
 * Puts a unit in a room of one block, or returns undefined. An aide whose leader is housed in the
 * hotel opens a room next to the leader's; someone whose gender is known shares the best open room
 * of their gender and staff status; otherwise a new room, if the block has one on every night.
 */
export function placeIn(book: RoomBook, u: Unit, block: RoomBlock, roomOf: Map<Guest, RoomState>): RoomState | undefined {
  const leaderRoom = u.leader && roomOf.get(u.leader);
  const canOpen = fullNight(book, block, u.nights) === undefined;
  if (leaderRoom && canOpen) {
    const room = openRoom(book, block, u.staff, u.gender, u.closed);
    room.nextTo = leaderRoom;
    return putAll(book, room, u.guests, roomOf);
  }
  if (!u.closed && u.gender) {
    const shared = bestShared(book, block, u.staff, u.gender, u.nights, u.guests.length);
    if (shared) return putAll(book, shared, u.guests, roomOf);
  }
  if (!canOpen) return undefined;
  return putAll(book, openRoom(book, block, u.staff, u.gender, u.closed), u.guests, roomOf);
}
