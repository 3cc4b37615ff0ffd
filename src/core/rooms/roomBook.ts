import type { Gender } from "../schema/enums";
import type { LocalDate } from "../schema/normalize/calendar";
import { blockKey, type RoomBlock } from "../rules/travel/hotelIndex";
import type { Guest } from "./guests";

/** A room while the plan is being made. */
export interface RoomState {
  /** Creation order; ties are broken by it so the plan never depends on anything else. */
  id: number;
  block: RoomBlock;
  guests: Guest[];
  /** Night → occupants that night. */
  count: Map<LocalDate, number>;
  /** The occupants' gender; undefined while unknown. */
  gender?: Gender;
  staff: boolean;
  /** No stranger joins: a locked room, or one with someone whose gender is not given. */
  closed: boolean;
  lockedName?: string;
  /** The leader's room an aide's room was opened next to. */
  nextTo?: RoomState;
}

export function beds(block: RoomBlock): number {
  // A type without 床位 counts as single, as the block check does.
  return block.beds !== undefined && block.beds > 0 ? block.beds : 1;
}

export interface RoomBook {
  readonly rooms: RoomState[];
  /** Block key → night → rooms in use. */
  readonly used: Map<string, Map<LocalDate, number>>;
  /** Block key → rooms held back as spare while `reserve` is on. */
  readonly reserved: Map<string, number>;
  reserve: boolean;
  /** Rooms open to others, by block, staff flag and gender: where a newcomer may share. */
  readonly shareable: Map<string, RoomState[]>;
}

/** An empty book: no rooms, the spare rooms held back. */
export function roomBook(): RoomBook {
  return { rooms: [], used: new Map(), reserved: new Map(), reserve: true, shareable: new Map() };
}

export function usedOn(book: RoomBook, block: RoomBlock, night: LocalDate): number {
  return book.used.get(blockKey(block.hotel, block.roomType))?.get(night) ?? 0;
}

/** Rooms of the block that guests may take on any night. */
export function capacity(book: RoomBook, block: RoomBlock): number {
  if (block.rooms === undefined) return Infinity;
  const held = book.reserve ? (book.reserved.get(blockKey(block.hotel, block.roomType)) ?? 0) : 0;
  return block.rooms - held;
}

/** The first night on which no further room of the block can be opened, or undefined when every night can. */
export function fullNight(book: RoomBook, block: RoomBlock, nights: readonly LocalDate[]): LocalDate | undefined {
  const cap = capacity(book, block);
  return nights.find((n) => usedOn(book, block, n) + 1 > cap);
}

/** Free beds in new rooms of the block over these nights: the tightest night counts. */
export function freeBeds(book: RoomBook, block: RoomBlock, nights: readonly LocalDate[]): number {
  const cap = capacity(book, block);
  if (cap === Infinity) return Infinity;
  return Math.min(...nights.map((n) => cap - usedOn(book, block, n))) * beds(block);
}

export function openRoom(
  book: RoomBook,
  block: RoomBlock,
  staff: boolean,
  gender: Gender | undefined,
  closed: boolean,
  lockedName?: string,
): RoomState {
  const room: RoomState = { id: book.rooms.length, block, guests: [], count: new Map(), gender, staff, closed, lockedName };
  book.rooms.push(room);
  if (!closed && gender) {
    const key = groupKey(block, staff, gender);
    const list = book.shareable.get(key);
    if (list) list.push(room);
    else book.shareable.set(key, [room]);
  }
  return room;
}

export function put(book: RoomBook, room: RoomState, g: Guest): void {
  room.guests.push(g);
  const key = blockKey(room.block.hotel, room.block.roomType);
  let byNight = book.used.get(key);
  if (!byNight) book.used.set(key, (byNight = new Map()));
  for (const n of g.nights) {
    const c = room.count.get(n) ?? 0;
    if (c === 0) byNight.set(n, (byNight.get(n) ?? 0) + 1);
    room.count.set(n, c + 1);
  }
  if (room.gender === undefined) room.gender = g.p.fields.gender?.value;
}

/** Whether a room has beds for `size` more on these nights; the count of nights it would newly open, or -1. */
function extraNights(book: RoomBook, room: RoomState, nights: readonly LocalDate[], size: number, cap: number): number {
  const b = beds(room.block);
  let extra = 0;
  for (const n of nights) {
    const c = room.count.get(n) ?? 0;
    if (c + size > b) return -1;
    if (c === 0) {
      if (usedOn(book, room.block, n) + 1 > cap) return -1;
      extra++;
    }
  }
  return extra;
}

/**
 * The room of this block, staff flag and gender, open to others, with beds for `size` more on
 * every night, opening the fewest new room-nights (then the oldest room): twins fill with people
 * of the same dates, and someone arriving a day early takes a room that night only if the block allows.
 */
export function bestShared(
  book: RoomBook,
  block: RoomBlock,
  staff: boolean,
  gender: Gender,
  nights: readonly LocalDate[],
  size: number,
): RoomState | undefined {
  const cap = capacity(book, block);
  let best: RoomState | undefined;
  let bestExtra = Infinity;
  for (const room of book.shareable.get(groupKey(block, staff, gender)) ?? []) {
    const extra = extraNights(book, room, nights, size, cap);
    if (extra >= 0 && extra < bestExtra) {
      best = room;
      bestExtra = extra;
      if (extra === 0) break;
    }
  }
  return best;
}

/** Some other room of the block has beds for `size` on every night without opening a night: only gender (or staff) stood in the way. */
export function bedsElsewhere(book: RoomBook, block: RoomBlock, nights: readonly LocalDate[], size: number): boolean {
  const b = beds(block);
  return book.rooms.some(
    (r) =>
      r.block === block &&
      !r.lockedName &&
      nights.every((n) => {
        const c = r.count.get(n) ?? 0;
        return c > 0 && c + size <= b;
      }),
  );
}

function groupKey(block: RoomBlock, staff: boolean, gender: Gender | undefined): string {
  return `${blockKey(block.hotel, block.roomType)}|${staff ? "s" : "g"}|${gender ?? "?"}`;
}
