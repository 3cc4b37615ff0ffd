import type { ParsedWorkbook } from "../schema/parseWorkbook";
import { cellOf } from "../rules/cells";
import { blockKey, type RoomBlock } from "../rules/travel/hotelIndex";
import { placeKey } from "../rules/travel/placeKey";
import { guestList, type Guest } from "./guests";
import { blocksOf, placeLocked, spareBlocks } from "./placeLocked";
import { candidateBlocks, placeIn, roomFits } from "./placeUnit";
import { REASON, noTypes, who } from "./reasons";
import { bedsElsewhere, fullNight, put, roomBook, type RoomBook, type RoomState } from "./roomBook";
import { DEFAULT_ROOM_SETTINGS, readRoomSettings, type RoomSettings } from "./roomSettings";
import { assemble } from "./assemble";
import type { RoomAllocation, RoomNotice, Unplaceable } from "./types";
import { buildUnits, type Unit } from "./units";

export type AllocateOptions = Partial<RoomSettings>;

/**
 * 房间分配: a room for everyone coming who needs one (需住宿 = 是, or a hotel named), as plain data.
 * Pure and deterministic: the same workbook gives the same rooms on every run.
 *
 * - Hotel: the roster's; without one, a mutual roommate's or (for an aide) the leader's; else
 *   the person is listed as unplaceable. Room type: the roster's; without one, the hotel's type
 *   with the most free beds over the person's nights when their turn comes.
 * - Nights: arrival date to the night before departure (no dates: check-in day to last day).
 * - Locked rooms (锁定 = 是 with a 房号) stay exactly; others fill around them.
 * - Occupants ≤ beds; shared rooms hold one gender, and staff share only with staff; a roommate
 *   request counts only when mutual; someone whose gender is not given gets a room alone.
 * - Rooms of a type in use each night stay within the block (房间数); a spare room per hotel
 *   (机动房, setting, default 1) is held back, and given up only for someone who would otherwise
 *   have no bed.
 * - An aide (同行 names the leader) is housed in the leader's hotel, in the room numbered next.
 * - VIPs, rostrum, guests and speakers are placed first, then the confirmed, then the pending.
 */
export function allocateRooms(wb: ParsedWorkbook, opts: AllocateOptions = {}): RoomAllocation {
  const read = readRoomSettings(wb.event);
  const settings: RoomSettings = { ...DEFAULT_ROOM_SETTINGS, ...read.settings };
  if (opts.spareRooms !== undefined) settings.spareRooms = Math.max(0, Math.floor(opts.spareRooms));
  if (opts.mixedGenderPairs !== undefined) settings.mixedGenderPairs = opts.mixedGenderPairs;
  const list = guestList(wb);
  const book = roomBook();
  const spares = spareBlocks(list.hotels);
  for (const b of spares.values()) book.reserved.set(blockKey(b.hotel, b.roomType), settings.spareRooms);
  const unplaceable: Unplaceable[] = [...list.unplaceable];
  const { roomOf, homeless } = placeLocked(book, list.guests, list.hotels);
  for (const g of homeless) unplaceable.push(lost(wb, g, "unknownType", "roomType", noTypes(g.p, g.hotel)));
  const { units, notices } = buildUnits(wb, list, settings);
  const place = (u: Unit): boolean => {
    if (u.joinLocked && joinLocked(book, u, roomOf)) return true;
    for (const block of candidateBlocks(book, u, blocksOf(list.hotels, u.hotelKey))) if (placeIn(book, u, block, roomOf)) return true;
    return false;
  };
  const failed = units.filter((u) => !place(u));
  // The spare rooms are given up only for those who would otherwise have no bed.
  book.reserve = false;
  for (const u of failed) if (!place(u)) unplaceable.push(...whyNot(wb, book, u, blocksOf(list.hotels, u.hotelKey)));
  for (const u of units) {
    const notice = placementNotice(wb, u, roomOf);
    if (notice) notices.push(notice);
  }
  unplaceable.sort((a, b) => a.row - b.row);
  return { ...assemble(wb, book, list.hotels, spares, settings.spareRooms, unplaceable, notices), settingProblems: read.findings };
}

/** A mutual roommate of someone locked in a room joins that room when it has the bed. */
function joinLocked(book: RoomBook, u: Unit, roomOf: Map<Guest, RoomState>): boolean {
  const room = roomOf.get(u.joinLocked!);
  if (!room || placeKey(room.block.hotel) !== u.hotelKey || !roomFits(book, room, u.nights, u.guests.length)) return false;
  for (const g of u.guests) {
    put(book, room, g);
    roomOf.set(g, room);
  }
  return true;
}

function lost(
  wb: ParsedWorkbook,
  g: Guest,
  reason: Unplaceable["reason"],
  field: "hotel" | "roomType",
  message: Unplaceable["message"],
  night?: string,
): Unplaceable {
  return {
    name: g.p.fields.name?.value ?? `#${g.p.row + 1}`,
    organisation: g.p.fields.organisation?.value,
    sheet: wb.roster.sheet ?? "",
    cell: cellOf(wb.roster, g.p, field),
    row: g.p.row,
    reason,
    ...(night ? { night } : {}),
    message,
  };
}

/** Why a unit found no room: the first night its block is full, or beds only with the other gender. */
function whyNot(wb: ParsedWorkbook, book: RoomBook, u: Unit, hotelBlocks: readonly RoomBlock[]): Unplaceable[] {
  const block = u.block ?? candidateBlocks(book, u, hotelBlocks)[0];
  if (!block) return u.guests.map((g) => lost(wb, g, "unknownType", "roomType", noTypes(g.p, g.hotel)));
  const night = fullNight(book, block, u.nights) ?? u.nights[0];
  const gender = bedsElsewhere(book, block, u.nights, u.guests.length);
  return u.guests.map((g) =>
    gender
      ? lost(wb, g, "noSameGender", "roomType", REASON.noSameGender(g.p, block.hotel, block.roomType, night), night)
      : lost(wb, g, "blockFull", "roomType", REASON.blockFull(g.p, block.hotel, block.roomType, night, block.rooms ?? 0), night),
  );
}

/** An aide not next to their leader, or a locked roommate's room that had no bed: worth a note. */
function placementNotice(wb: ParsedWorkbook, u: Unit, roomOf: Map<Guest, RoomState>): RoomNotice | undefined {
  const g = u.guests[0];
  const room = roomOf.get(g);
  if (!room) return undefined;
  const sheet = wb.roster.sheet ?? undefined;
  if (u.joinLocked && room !== roomOf.get(u.joinLocked)) {
    return {
      sheet,
      cell: cellOf(wb.roster, g.p, "roommate"),
      message: {
        zh: `${who(g.p).zh}的同住人${who(u.joinLocked.p).zh}已锁定房间，但该房间没有空床（或不在同一酒店），另行安排。`,
        en: `${who(g.p).en}'s roommate ${who(u.joinLocked.p).en} is locked into a room with no bed to spare (or in another hotel); housed elsewhere.`,
      },
    };
  }
  const leaderRoom = u.leader && roomOf.get(u.leader);
  if (u.leader && leaderRoom && room !== leaderRoom && room.nextTo !== leaderRoom) {
    return {
      sheet,
      cell: cellOf(wb.roster, g.p, "party"),
      message: {
        zh: `随行人员${who(g.p).zh}与${who(u.leader.p).zh}同住一家酒店，但房型已无空房可排在其隔壁。`,
        en: `Aide ${who(g.p).en} is in the same hotel as ${who(u.leader.p).en}, but no room of their type was free to put next door.`,
      },
    };
  }
  return undefined;
}
