import type { RoomTypeSpec } from "../lexicon/types";
import { isActive, type Person } from "../types";
import type { HotelPlan } from "./lodging";

export interface RoomBlock {
  hotel: HotelPlan;
  type: RoomTypeSpec;
  rooms: number;
  /** Room-nights the roster needs in this block, for the budget. */
  roomNights: number;
}

function nights(p: Person): number[] {
  const from = p.arrival?.day ?? -1;
  const to = p.departure?.day ?? 1;
  const out: number[] = [];
  for (let d = from; d < to; d++) out.push(d);
  return out;
}

/**
 * Rooms held per hotel and type: the busiest night's need (two people per twin room, mutual
 * roommates together, same gender otherwise) plus a few spare rooms (机动房).
 */
export function roomBlocks(people: Person[], hotels: HotelPlan[]): RoomBlock[] {
  const out: RoomBlock[] = [];
  const byHotel = new Map<string, Person[]>();
  for (const p of people) if (p.hotel && isActive(p)) (byHotel.get(p.hotel) ?? byHotel.set(p.hotel, []).get(p.hotel)!).push(p);
  for (const h of hotels) {
    const types = [h.spec.twin, h.spec.single, ...(h.spec.suite ? [h.spec.suite] : [])];
    const staying = byHotel.get(h.name) ?? [];
    for (const type of types) {
      const isTwin = type === h.spec.twin;
      const guests = staying.filter((p) => p.roomType === type.type || (isTwin && p.roomType === ""));
      const perNight = new Map<number, number>();
      let roomNights = 0;
      const add = (night: number, rooms: number) => {
        perNight.set(night, (perNight.get(night) ?? 0) + rooms);
        roomNights += rooms;
      };
      if (isTwin) {
        const byNight = new Map<number, { pairs: Set<string>; male: number; female: number }>();
        for (const p of guests) {
          for (const n of nights(p)) {
            const e = byNight.get(n) ?? byNight.set(n, { pairs: new Set(), male: 0, female: 0 }).get(n)!;
            const mate = p.roommate[0];
            if (mate) e.pairs.add(p.name < mate ? `${p.name}|${mate}` : `${mate}|${p.name}`);
            else e[p.gender]++;
          }
        }
        for (const [n, e] of byNight) add(n, e.pairs.size + Math.ceil(e.male / 2) + Math.ceil(e.female / 2));
      } else {
        for (const p of guests) for (const n of nights(p)) add(n, 1);
      }
      const peak = Math.max(0, ...perNight.values());
      const rooms = peak === 0 ? 2 : peak + Math.max(1, Math.ceil(peak * 0.08));
      out.push({ hotel: h, type, rooms, roomNights });
    }
  }
  return out;
}
