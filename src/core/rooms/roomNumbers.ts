import { placeKey } from "../rules/travel/placeKey";
import type { RoomState } from "./roomBook";

/**
 * Room numbers for the rooms the plan opened. Locked rooms keep the roster's 房号. The others are
 * numbered per hotel in one running sequence with the room type in front ("标准间-01",
 * "标准间-02", "单人间-03"), type by type in the Hotels sheet's order; an aide's room comes right
 * after their leader's. Next to a locked room with a number ("1808") an aide gets the next number
 * ("1809") when no locked room has it. A generated number never repeats a locked one.
 */
export interface RoomNamer {
  /** The rooms of one hotel in listing order, each with its number. */
  ordered: { room: RoomState; name: string }[];
  /** Another generated number in this hotel (for the spare rooms). */
  next(type: string): string;
}

export function numberHotelRooms(rooms: readonly RoomState[], typeOrder: ReadonlyMap<unknown, number>, extra: number): RoomNamer {
  const lockedNames = new Set(rooms.filter((r) => r.lockedName).map((r) => r.lockedName!));
  const members = new Set(rooms);
  const taken = new Set([...lockedNames].map(placeKey));
  const width = Math.max(2, String(rooms.length + extra).length);
  let counter = 0;
  const generated = (type: string): string => {
    for (;;) {
      const name = `${type}-${String(++counter).padStart(width, "0")}`;
      if (!taken.has(placeKey(name))) {
        taken.add(placeKey(name));
        return name;
      }
    }
  };
  const children = new Map<RoomState, RoomState[]>();
  for (const r of rooms) {
    if (!r.nextTo) continue;
    const list = children.get(r.nextTo);
    if (list) list.push(r);
    else children.set(r.nextTo, [r]);
  }
  const ordered: { room: RoomState; name: string }[] = [];
  const emit = (room: RoomState, name: string) => {
    ordered.push({ room, name });
    for (const child of children.get(room) ?? []) emit(child, child.lockedName ?? nextTo(name) ?? generated(child.block.roomType));
  };
  const nextTo = (name: string): string | undefined => {
    const m = /^(.*?)(\d+)$/.exec(name);
    if (!m || !lockedNames.has(name)) return undefined;
    const candidate = `${m[1]}${String(Number(m[2]) + 1).padStart(m[2].length, "0")}`;
    if (taken.has(placeKey(candidate))) return undefined;
    taken.add(placeKey(candidate));
    return candidate;
  };
  const isChild = (r: RoomState) => !!r.nextTo && members.has(r.nextTo);
  for (const r of rooms) if (r.lockedName && !isChild(r)) emit(r, r.lockedName);
  const rest = rooms.filter((r) => !r.lockedName && !isChild(r));
  rest.sort((a, b) => (typeOrder.get(a.block) ?? 0) - (typeOrder.get(b.block) ?? 0) || a.id - b.id);
  for (const r of rest) emit(r, generated(r.block.roomType));
  return { ordered, next: generated };
}
