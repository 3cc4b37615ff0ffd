import type { Finding } from "../../finding";
import { cellOf, finding } from "../cells";
import type { Person } from "../people";
import type { Rule } from "../types";
import { dayLabel } from "./dayLabels";
import { blockKey, hotelIndex, type HotelIndex, type RoomBlock } from "./hotelIndex";
import { ANY_NIGHT, roomName, roomOccupancy } from "./roomOccupancy";

/** The room type of a numbered room: the first guest's type that the Hotels sheet lists with beds. */
function blockOf(guests: Person[], hotels: HotelIndex): RoomBlock | undefined {
  for (const p of guests) {
    const hotel = p.fields.hotel?.value;
    const type = p.fields.roomType?.value;
    const block = hotel && type ? hotels.blocks.get(blockKey(hotel, type)) : undefined;
    if (block?.beds !== undefined && block.beds > 0) return block;
  }
  return undefined;
}

function names(guests: Person[]): { zh: string; en: string } {
  const list = guests.map((p) => p.fields.name?.value ?? `#${p.row + 1}`);
  return { zh: list.join("、"), en: list.join(", ") };
}

/** A numbered room (same hotel + 房号) with more guests on some night than its type has beds (床位). */
export const roomOverCapacity: Rule = {
  id: "travel.room-over-capacity",
  family: "travel",
  severity: "error",
  title: { zh: "房间入住人数超过床位", en: "More guests than beds in a room" },
  needs: [
    { sheet: "roster", columns: ["hotel", "roomType", "room"] },
    { sheet: "hotels", columns: ["hotel", "roomType", "beds"] },
  ],
  run({ wb }) {
    const hotels = hotelIndex(wb.hotels);
    const found: { row: number; finding: Finding }[] = [];
    for (const use of roomOccupancy(wb)) {
      if (use.guests.length < 2) continue;
      const block = blockOf(use.guests, hotels);
      if (!block) continue;
      const beds = block.beds!;
      const busiest = [...use.nights].find(([, guests]) => guests.length > beds);
      if (!busiest) continue;
      const [night, guests] = busiest;
      // The guest who does not fit is the one to move.
      const extra = guests[beds];
      const room = roomName(use);
      const when =
        night === ANY_NIGHT ? { zh: "", en: "" } : { zh: `${dayLabel(night).zh}晚`, en: ` on the night of ${dayLabel(night).en}` };
      const who = names(guests);
      found.push({
        row: extra.row,
        finding: finding(
          roomOverCapacity,
          wb.roster.sheet!,
          cellOf(wb.roster, extra, "room"),
          {
            zh: `${room.zh}（${block.roomType}，${beds}个床位）${when.zh}安排了${guests.length}人：${who.zh}。`,
            en: `${room.en} (${block.roomType}, ${beds} bed${beds === 1 ? "" : "s"}) has ${guests.length} guests${when.en}: ${who.en}.`,
          },
          { zh: "给多出的人另排房号，或换成床位更多的房型。", en: "Give the extra guest another room, or use a room type with more beds." },
        ),
      });
    }
    return found.sort((a, b) => a.row - b.row).map((f) => f.finding);
  },
};
