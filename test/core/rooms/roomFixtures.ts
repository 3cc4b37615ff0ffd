import type { CellValue } from "../../../src/core/cellValue";
import { allocateRooms, type AllocateOptions, type RoomAllocation } from "../../../src/core/rooms";
import { workbook } from "../rules/ruleHarness";
import { EVENT, EVENT_EN } from "../rules/travel/fixtures";

export { EVENT, EVENT_EN };

export const HOTELS: CellValue[][] = [
  ["酒店", "房型", "房间数", "床位", "价格"],
  ["滨江国际酒店", "标准间", 3, 2, 480],
  ["滨江国际酒店", "大床房", 2, 1, 520],
];

export const HEAD = [
  "姓名",
  "性别",
  "单位",
  "身份",
  "回执",
  "抵达时间",
  "返程时间",
  "需住宿",
  "酒店",
  "房型",
  "房号",
  "同住人",
  "同行",
  "锁定",
];

export interface GuestOpts {
  org?: string;
  role?: string;
  status?: string;
  in?: string;
  out?: string;
  needs?: string;
  hotel?: string;
  type?: string;
  room?: string;
  mate?: string;
  party?: string;
  locked?: string;
}

/** A 滨江国际酒店 guest for the whole meeting (nights of 9 and 10 December) unless told otherwise. */
export const guest = (name: string, gender: string, o: GuestOpts = {}): CellValue[] => [
  name,
  gender,
  o.org ?? "市财政局",
  o.role ?? "出席",
  o.status ?? "已确认",
  o.in ?? "2026-12-09 15:00",
  o.out ?? "2026-12-11 18:00",
  o.needs ?? "是",
  o.hotel ?? "滨江国际酒店",
  o.type ?? "标准间",
  o.room ?? "",
  o.mate ?? "",
  o.party ?? "",
  o.locked ?? "",
];

/** Allocates a zh workbook: Event, the roster rows under HEAD, and the Hotels rows. */
export function allocate(rows: CellValue[][], opts: AllocateOptions = {}, hotels = HOTELS, event = EVENT): RoomAllocation {
  return allocateRooms(workbook({ 会议信息: event, 参会人员: [HEAD, ...rows], 酒店: hotels }), { spareRooms: 0, ...opts });
}

/** "标准间-01: 张伟+李强" lines of the occupied rooms. */
export function roomLines(a: RoomAllocation): string[] {
  return a.rooms.filter((r) => !r.spare).map((r) => `${r.room}: ${r.occupants.map((o) => o.name).join("+")}`);
}

/** The room a person is in. */
export function roomOf(a: RoomAllocation, name: string): string | undefined {
  return a.rooms.find((r) => r.occupants.some((o) => o.name === name))?.room;
}

/**
 * The rules every plan keeps, whatever the roster: occupants ≤ beds each night, one gender per
 * shared room (outside locked rooms and mutual pairs), no block exceeded but by locked rooms,
 * nobody both placed and unplaceable or placed twice, cost = nights × rate.
 */
export function expectSound(a: RoomAllocation, beds: (hotel: string, type: string) => number): void {
  const seen = new Set<number>();
  for (const r of a.rooms) {
    for (const o of r.occupants) {
      expect(seen.has(o.row)).toBe(false);
      seen.add(o.row);
    }
    for (const night of r.nights) {
      const there = r.occupants.filter((o) => o.nights.includes(night));
      expect(there.length).toBeLessThanOrEqual(beds(r.hotel, r.type));
    }
    if (!r.locked && r.occupants.length > 1) {
      const genders = new Set(r.occupants.map((o) => o.gender));
      expect(genders.size).toBe(1);
      expect(genders.has(undefined)).toBe(false);
    }
    if (r.rate !== undefined) expect(r.cost).toBe(r.rate * r.nights.length);
    if (r.spare) expect(r.occupants).toEqual([]);
  }
  for (const u of a.unplaceable) expect(seen.has(u.row)).toBe(false);
  // Only rooms locked by the planner can take a type past its block.
  for (const b of a.blockUse) if (b.over) expect(a.rooms.some((r) => r.locked && r.hotel === b.hotel && r.type === b.type)).toBe(true);
  for (const b of a.blockUse) if (b.block !== undefined && !b.over) expect(b.used + b.spare).toBeLessThanOrEqual(b.block);
}
