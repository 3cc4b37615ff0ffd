import type { Finding } from "../../finding";
import { cellOf, finding, personLabel } from "../cells";
import { isActive } from "../people";
import type { Rule } from "../types";
import { blockKey, hotelIndex, type HotelIndex } from "./hotelIndex";
import { placeKey } from "./placeKey";

/** Hotel key → the room types the Hotels sheet lists for it, in sheet order and spelling. */
function typesByHotel(index: HotelIndex): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const block of index.ordered) {
    const key = placeKey(block.hotel);
    const list = out.get(key);
    if (list) list.push(block.roomType);
    else out.set(key, [block.roomType]);
  }
  return out;
}

/**
 * A guest of a hotel the Hotels sheet lists, in a room type it does not list for that hotel
 * (booked outside the block, or misspelt). Such a guest counts against no block, so
 * travel.block-exceeded cannot see them. A hotel listed without any room type is one not filled
 * in yet, and an unlisted hotel is travel.unknown-hotel's to report.
 */
export const unknownRoomType: Rule = {
  id: "travel.unknown-room-type",
  family: "travel",
  severity: "warning",
  title: { zh: "房型不在酒店表中", en: "Room type not on the Hotels sheet" },
  needs: [
    { sheet: "roster", columns: ["hotel", "roomType"] },
    { sheet: "hotels", columns: ["hotel", "roomType"] },
  ],
  run({ wb }) {
    const index = hotelIndex(wb.hotels);
    const types = typesByHotel(index);
    const hotelsSheet = wb.hotels.sheet!;
    const out: Finding[] = [];
    for (const p of wb.roster.records) {
      const hotel = p.fields.hotel?.value;
      const type = p.fields.roomType?.value;
      // Someone who needs no hotel is not counted against a block either way.
      if (!hotel || !type || !placeKey(type) || !isActive(p) || p.fields.needsHotel?.value === false) continue;
      const listed = types.get(placeKey(hotel));
      if (!listed || index.blocks.has(blockKey(hotel, type))) continue;
      const name = index.hotels.get(placeKey(hotel))!;
      const who = personLabel(p.fields.name?.value, p.fields.organisation?.value, p.row);
      out.push(
        finding(
          unknownRoomType,
          wb.roster.sheet!,
          cellOf(wb.roster, p, "roomType"),
          {
            zh: `${who.zh}的房型“${type}”不是“${hotelsSheet}”表中${name}的房型（该酒店有：${listed.join("、")}），因此不计入任何预留房间。`,
            en: `${who.en} has room type "${type}", which the "${hotelsSheet}" sheet does not list for ${name} (it has ${listed.join(", ")}), so they are not counted against any room block.`,
          },
          {
            zh: `把房型改为该酒店已有的房型；如确需此房型，请在“${hotelsSheet}”表中为该酒店添加这一房型并填写房间数。`,
            en: `Change the room type to one the hotel has; if this type is really needed, add it for the hotel on "${hotelsSheet}" with the rooms held.`,
          },
        ),
      );
    }
    return out;
  },
};
