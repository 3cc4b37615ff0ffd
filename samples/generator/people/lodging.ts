import type { HotelSpec, Lexicon, RoomTypeSpec } from "../lexicon/types";
import type { Rng } from "../prng";
import { isActive, type Person } from "../types";

export interface HotelPlan {
  name: string;
  spec: HotelSpec;
  /** Day, relative to the first meeting day, when unbooked rooms go back to the hotel. */
  releaseDay: number;
}

const PEOPLE_PER_HOTEL = 300;

export function chooseHotels(people: Person[], lex: Lexicon): HotelPlan[] {
  const guests = people.filter((p) => p.needsHotel && isActive(p)).length;
  const count = Math.max(2, Math.ceil(guests / PEOPLE_PER_HOTEL));
  return Array.from({ length: count }, (_, i) => {
    const spec = lex.hotels[i % lex.hotels.length];
    const round = Math.floor(i / lex.hotels.length);
    const name = round === 0 ? spec.name : lex.lang === "zh" ? `${spec.name}（${round + 1}号楼）` : `${spec.name} Annex ${round + 1}`;
    return { name, spec, releaseDay: i === 0 ? -14 : -10 };
  });
}

function book(p: Person, h: HotelPlan, type: RoomTypeSpec): void {
  p.hotel = h.name;
  p.roomType = type.type;
}

/**
 * Hotel and room type for everyone who needs one: suites for VIP guests, single rooms for
 * speakers and aides, twins for most delegates (an organisation stays in one hotel), and two
 * staff on duty in each hotel. Mutual roommate requests for some twin-room colleagues.
 */
export function assignRooms(people: Person[], hotels: HotelPlan[], lex: Lexicon, rng: Rng): void {
  const byName = new Map(people.map((p) => [p.name, p]));
  const orgHotel = new Map<string, HotelPlan>();
  const weights = hotels.map((_, i) => (i === 0 ? 1.3 : 1));
  const first = hotels[0];
  for (const p of people) {
    if (!p.needsHotel || !isActive(p)) continue;
    const boss = p.party ? byName.get(p.party) : undefined;
    if (p.role === "guest" && p.vip) book(p, first, first.spec.suite ?? first.spec.single);
    else if (p.role === "guest" || p.role === "speaker") book(p, first, first.spec.single);
    else if (boss?.hotel) {
      Object.assign(p, {
        arrival: boss.arrival,
        departure: boss.departure,
        arrivalTransport: boss.arrivalTransport,
        departureTransport: boss.departureTransport,
      });
      const h = hotels.find((x) => x.name === boss.hotel) ?? first;
      book(p, h, h.spec.single);
    } else {
      let h = orgHotel.get(p.org);
      if (!h) orgHotel.set(p.org, (h = rng.weighted(hotels, weights)));
      book(p, h, rng.chance(0.25) ? h.spec.single : h.spec.twin);
      // The allocator chooses the type when the planner has not.
      if (!p.planted && rng.chance(0.05)) p.roomType = "";
    }
  }
  dutyStaff(people, hotels, lex);
  pairRoommates(people, hotels, rng);
}

/** Two staff of the same gender stay in each hotel to look after the guests there. */
function dutyStaff(people: Person[], hotels: HotelPlan[], lex: Lexicon): void {
  const pool = people.filter((p) => p.role === "staff" && !p.planted && !p.needsHotel);
  for (const h of hotels) {
    const a = pool.shift();
    if (!a) return;
    const bi = pool.findIndex((p) => p.gender === a.gender);
    const b = bi >= 0 ? pool.splice(bi, 1)[0] : undefined;
    for (const s of b ? [a, b] : [a]) {
      Object.assign(s, { needsHotel: true, arrival: { day: -1, minutes: 480 }, departure: { day: 2, minutes: 600 } });
      book(s, h, h.spec.twin);
      s.notes = `${lex.teams[s.team ?? 1]}${lex.lang === "zh" ? "（驻店）" : " (hotel duty)"}`;
    }
    if (b) {
      a.roommate = [b.name];
      b.roommate = [a.name];
    }
  }
}

function pairRoommates(people: Person[], hotels: HotelPlan[], rng: Rng): void {
  const twinType = new Map(hotels.map((h) => [h.name, h.spec.twin.type]));
  const twins = new Map<string, Person[]>();
  for (const p of people) {
    if (p.planted || !p.hotel || p.role === "staff" || p.roommate.length > 0) continue;
    if (p.roomType === "" || twinType.get(p.hotel) !== p.roomType) continue;
    const key = `${p.hotel}|${p.org}|${p.gender}`;
    (twins.get(key) ?? twins.set(key, []).get(key)!).push(p);
  }
  for (const group of twins.values()) {
    for (let i = 0; i + 1 < group.length; i += 2) {
      if (!rng.chance(0.6)) continue;
      group[i].roommate = [group[i + 1].name];
      group[i + 1].roommate = [group[i].name];
    }
  }
}
