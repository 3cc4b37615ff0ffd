import type { Bilingual } from "../i18n";
import type { Gender } from "../schema/enums";
import type { LocalDate } from "../schema/normalize/calendar";
import { cellOf } from "../rules/cells";
import type { RoomBlock } from "../rules/travel/hotelIndex";
import { mutualRoommate } from "../rules/travel/roommates";
import { leaderOf, type Guest, type GuestList } from "./guests";
import { beds } from "./roomBook";
import { who } from "./reasons";
import type { RoomSettings } from "./roomSettings";
import type { RoomNotice } from "./types";
import type { ParsedWorkbook } from "../schema/parseWorkbook";

/** One person, or a mutual roommate pair, to be put in one room. */
export interface Unit {
  guests: Guest[];
  /** Every night any of them sleeps there, in date order. */
  nights: LocalDate[];
  /** The known gender of the unit; undefined when no member gives one. */
  gender?: Gender;
  /** A member's gender is not given: they get a room to themselves (or with their mutual roommate). */
  closed: boolean;
  staff: boolean;
  hotelKey: string;
  /** The room type, when the roster gives one. */
  block?: RoomBlock;
  /** For an aide (同行): the leader they accompany, who is housed in the same hotel. */
  leader?: Guest;
  /** A mutual roommate locked into a room: this unit joins that room. */
  joinLocked?: Guest;
}

function unionNights(guests: Guest[]): LocalDate[] {
  if (guests.length === 1) return [...guests[0].nights];
  return [...new Set(guests.flatMap((g) => g.nights))].sort();
}

function unit(guests: Guest[], block: RoomBlock | undefined): Unit {
  const genders = guests.map((g) => g.p.fields.gender?.value);
  return {
    guests,
    nights: unionNights(guests),
    gender: genders.find((x) => x !== undefined),
    closed: genders.some((x) => x === undefined),
    staff: guests.every((g) => g.staff),
    hotelKey: guests[0].hotelKey,
    block,
  };
}

const SPLIT = {
  hotel: { zh: "所住酒店不同", en: "they are booked at different hotels" },
  type: { zh: "房型不同", en: "they are booked in different room types" },
  single: { zh: "所订房型每间只有一张床", en: "their room type has one bed" },
  gender: {
    zh: "两人性别不同（如为夫妻、家属，可在名单中锁定同一房号）",
    en: "they are of different genders (for a couple or family, lock them into one room number on the roster)",
  },
} satisfies Record<string, Bilingual>;

/** A mutual pair housed apart, and why. */
function splitNotice(wb: ParsedWorkbook, a: Guest, b: Guest, why: Bilingual): RoomNotice {
  return {
    sheet: wb.roster.sheet ?? undefined,
    cell: cellOf(wb.roster, a.p, "roommate"),
    message: {
      zh: `${who(a.p).zh}与${who(b.p).zh}互为同住人，但${why.zh}，分开安排。`,
      en: `${who(a.p).en} and ${who(b.p).en} asked to share, but ${why.en}; they get separate rooms.`,
    },
  };
}

/** 0: VIPs, rostrum, precedence, guests and speakers; 1: confirmed; 2: pending. Who gets a room first when the block is short. */
function tier(g: Guest): number {
  const f = g.p.fields;
  if (f.vip?.value || f.dais?.value || f.precedence || f.role?.value === "guest" || f.role?.value === "speaker") return 0;
  return f.status?.value === "pending" ? 2 : 1;
}

/**
 * The units to place, in placing order: mutual pairs formed (when they can share), then sorted by
 * hotel and room type (sheet order; no type last, so the typed are placed first), priority,
 * staff apart, gender, organisation (colleagues share) and roster row; an aide comes right after
 * their leader, so their room is opened next to the leader's.
 */
export function buildUnits(wb: ParsedWorkbook, list: GuestList, settings: RoomSettings): { units: Unit[]; notices: RoomNotice[] } {
  const { byPerson, index, hotels } = list;
  const notices: RoomNotice[] = [];
  const done = new Set<Guest>();
  const units: Unit[] = [];
  for (const g of list.guests) {
    if (done.has(g) || g.lockedRoom) continue;
    done.add(g);
    const mate = mutualRoommate(g.p, index);
    const mg = mate && byPerson.get(mate);
    const mutual = mg && mutualRoommate(mate, index) === g.p;
    if (!mg || !mutual) {
      units.push(unit([g], g.block));
      continue;
    }
    if (mg.lockedRoom) {
      units.push({ ...unit([g], g.block), joinLocked: mg });
      continue;
    }
    const block = g.block ?? mg.block;
    const ga = g.p.fields.gender?.value;
    const gb = mg.p.fields.gender?.value;
    const why =
      g.hotelKey !== mg.hotelKey
        ? SPLIT.hotel
        : g.block && mg.block && g.block !== mg.block
          ? SPLIT.type
          : block && beds(block) < 2
            ? SPLIT.single
            : ga && gb && ga !== gb && !settings.mixedGenderPairs
              ? SPLIT.gender
              : undefined;
    if (why) {
      notices.push(splitNotice(wb, g, mg, why));
      done.add(mg);
      units.push(unit([g], g.block), unit([mg], mg.block));
      continue;
    }
    done.add(mg);
    units.push(unit([g, mg], block));
  }
  for (const u of units) {
    const leader = leaderOf(u.guests[0].p, index);
    const lg = leader && byPerson.get(leader);
    if (lg && lg.hotelKey === u.hotelKey && !u.guests.includes(lg)) u.leader = lg;
  }
  const hotelOrder = new Map([...hotels.hotels.keys()].map((k, i) => [k, i]));
  const typeOrder = new Map(hotels.ordered.map((b, i) => [b, i]));
  const key = (u: Unit): (number | string)[] => [
    hotelOrder.get(u.hotelKey) ?? 0,
    u.block ? typeOrder.get(u.block)! : Number.MAX_SAFE_INTEGER,
    Math.min(...u.guests.map(tier)),
    u.staff ? 1 : 0,
    u.gender === "male" ? 0 : u.gender === "female" ? 1 : 2,
    u.guests[0].p.fields.organisation?.value ?? "",
    u.guests[0].p.row,
  ];
  const keys = new Map(units.map((u) => [u, key(u)]));
  units.sort((a, b) => compareKeys(keys.get(a)!, keys.get(b)!));
  return { units: leadersFirst(units), notices };
}

function compareKeys(a: (number | string)[], b: (number | string)[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

/** Aides moved right after their leader's unit; aides of locked leaders first of all. */
function leadersFirst(units: Unit[]): Unit[] {
  const ofLeader = new Map<Guest, Unit[]>();
  const unitOf = new Map<Guest, Unit>();
  for (const u of units) for (const g of u.guests) unitOf.set(g, u);
  for (const u of units) {
    if (!u.leader) continue;
    const list = ofLeader.get(u.leader);
    if (list) list.push(u);
    else ofLeader.set(u.leader, [u]);
  }
  const out: Unit[] = [];
  const emitted = new Set<Unit>();
  const emit = (u: Unit) => {
    if (emitted.has(u)) return;
    emitted.add(u);
    out.push(u);
    for (const g of u.guests) for (const aide of ofLeader.get(g) ?? []) emit(aide);
  };
  for (const [leader, aides] of ofLeader) if (leader.lockedRoom) aides.forEach(emit);
  for (const u of units) {
    // An aide waits for the leader's unit, unless the leader is not among the units (locked, or a cycle).
    const lu = u.leader && unitOf.get(u.leader);
    if (lu && lu !== u && !emitted.has(lu) && !isAideOf(lu, u)) continue;
    emit(u);
  }
  for (const u of units) emit(u);
  return out;
}

function isAideOf(a: Unit, b: Unit): boolean {
  return !!a.leader && b.guests.includes(a.leader);
}
