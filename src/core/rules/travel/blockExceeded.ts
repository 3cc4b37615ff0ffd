import type { Finding } from "../../finding";
import { cellOf, finding } from "../cells";
import { isActive, peopleIndex, type PeopleIndex, type Person } from "../people";
import type { Rule } from "../types";
import { dayLabel } from "./dayLabels";
import { blockKey, blockName, hotelIndex, type RoomBlock } from "./hotelIndex";
import { placeKey } from "./placeKey";
import { mutualRoommate } from "./roommates";
import { stayCalendar } from "./stay";
import { readRoomSettings } from "../../rooms/roomSettings";

/** The guests of one room type of one hotel on one night. */
interface Tally {
  /** Rooms already decided: numbered rooms and mutual roommate pairs. */
  rooms: Set<string>;
  male: number;
  female: number;
  unknown: number;
}

const tally = (): Tally => ({ rooms: new Set(), male: 0, female: 0, unknown: 0 });

/**
 * The fewest rooms that house a night's guests the way the room allocator (src/core/rooms) will:
 * each numbered room and each mutual pair that may share is one room; the others share with
 * guests of the same gender up to the beds of the type; a guest of unknown gender sleeps alone.
 */
function roomsNeeded(t: Tally, beds: number | undefined): number {
  const b = beds !== undefined && beds > 0 ? beds : 1;
  return t.rooms.size + Math.ceil(t.male / b) + Math.ceil(t.female / b) + t.unknown;
}

/** A mutual pair shares a room only where the allocator lets them: a bed each, and not a man and a woman unless couples are allowed (异性同住). */
function mayShare(a: Person, b: Person, beds: number | undefined, mixedAllowed: boolean): boolean {
  if ((beds ?? 1) < 2) return false;
  const ga = a.fields.gender?.value;
  const gb = b.fields.gender?.value;
  return !(ga && gb && ga !== gb && !mixedAllowed);
}

/** What a guest adds to a night: a room of their own, a room shared with their roommate, or a bed. */
function roomOf(p: Person, key: string, index: PeopleIndex, beds: number | undefined, mixedAllowed: boolean): string | undefined {
  const room = p.fields.room?.value;
  if (room) return `room:${placeKey(room)}`;
  const mate = mutualRoommate(p, index);
  if (mate && !mate.fields.room?.value && !mayShare(p, mate, beds, mixedAllowed)) return undefined;
  const mateHotel = mate?.fields.hotel?.value;
  const mateType = mate?.fields.roomType?.value;
  if (!mate || !mateHotel || !mateType || blockKey(mateHotel, mateType) !== key) return undefined;
  const mateRoom = mate.fields.room?.value;
  if (mateRoom) return `room:${placeKey(mateRoom)}`;
  return `pair:${Math.min(p.row, mate.row)}-${Math.max(p.row, mate.row)}`;
}

function add(t: Tally, p: Person, room: string | undefined): void {
  if (room) t.rooms.add(room);
  else if (p.fields.gender?.value === "male") t.male++;
  else if (p.fields.gender?.value === "female") t.female++;
  else t.unknown++;
}

/**
 * More rooms of a type needed on some night than the hotel holds (房间数). Nights run from the
 * arrival date to the night before departure. An error when the confirmed guests alone overflow
 * the block; a warning when it takes the unconfirmed ones too.
 */
export const blockExceeded: Rule = {
  id: "travel.block-exceeded",
  family: "travel",
  severity: "error",
  title: { zh: "酒店预留房间不足", en: "Hotel block exceeded" },
  needs: [
    { sheet: "roster", columns: ["hotel", "roomType"] },
    { sheet: "hotels", columns: ["hotel", "roomType", "rooms", "beds"] },
  ],
  run({ wb }) {
    const { blocks, ordered } = hotelIndex(wb.hotels);
    const index = peopleIndex(wb.roster);
    const stays = stayCalendar(wb.event);
    const mixedAllowed = readRoomSettings(wb.event).settings.mixedGenderPairs;
    // block key → night → everyone coming, and those who have not left it pending.
    const demand = new Map<string, Map<string, { all: Tally; firm: Tally }>>();
    for (const p of wb.roster.people ?? wb.roster.records) {
      const hotel = p.fields.hotel?.value;
      const type = p.fields.roomType?.value;
      if (!hotel || !type || !isActive(p) || p.fields.needsHotel?.value === false) continue;
      const key = blockKey(hotel, type);
      if (blocks.get(key)?.rooms === undefined) continue;
      const nights = stays.nights(p);
      if (!nights || nights.length === 0) continue;
      const room = roomOf(p, key, index, blocks.get(key)?.beds, mixedAllowed);
      const firm = p.fields.status?.value !== "pending";
      let byNight = demand.get(key);
      if (!byNight) demand.set(key, (byNight = new Map()));
      for (const night of nights) {
        let t = byNight.get(night);
        if (!t) byNight.set(night, (t = { all: tally(), firm: tally() }));
        add(t.all, p, room);
        if (firm) add(t.firm, p, room);
      }
    }
    const out: Finding[] = [];
    for (const block of ordered) {
      const byNight = demand.get(blockKey(block.hotel, block.roomType));
      if (!byNight) continue;
      for (const night of [...byNight.keys()].sort())
        out.push(...overflow(wb.hotels.sheet!, cellOf(wb.hotels, block.row, "rooms"), block, night, byNight.get(night)!));
    }
    return out;
  },
};

function overflow(sheet: string, cell: string, block: RoomBlock, night: string, t: { all: Tally; firm: Tally }): Finding[] {
  const held = block.rooms!;
  const need = roomsNeeded(t.all, block.beds);
  if (need <= held) return [];
  const firm = roomsNeeded(t.firm, block.beds) > held;
  const name = blockName(block.hotel, block.roomType);
  const day = dayLabel(night);
  const pending = firm ? { zh: "", en: "" } : { zh: "，其中有人回执尚未确认", en: "; some of them have not confirmed yet" };
  return [
    finding(
      blockExceeded,
      sheet,
      cell,
      {
        zh: `${name.zh}${day.zh}晚需要${need}间，预留只有${held}间，缺${need - held}间${pending.zh}。`,
        en: `${name.en}: ${need} room${need === 1 ? "" : "s"} needed on the night of ${day.en}, ${held} held (${need - held} short)${pending.en}.`,
      },
      {
        zh: "向酒店追加预留房间，或调整入住安排（安排同住、换房型或换酒店）。",
        en: "Ask the hotel for more rooms, or re-plan the stays (shared rooms, another room type or hotel).",
      },
      firm ? "error" : "warning",
    ),
  ];
}
