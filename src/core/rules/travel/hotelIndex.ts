import type { ParsedTable } from "../../schema/parsedSheet";
import type { HotelFields } from "../../schema/sheets";
import type { ParsedRecord } from "../../schema/values";
import { placeKey } from "./placeKey";

export type HotelRow = ParsedRecord<HotelFields>;

/** One room type of one hotel on the Hotels sheet. */
export interface RoomBlock {
  /** The first row naming this hotel and type; findings point at it. */
  row: HotelRow;
  hotel: string;
  roomType: string;
  /** Rooms held (房间数), summed over rows repeating the same hotel and type; undefined when none is given. */
  rooms?: number;
  /** Beds per room (床位), from the first row that gives it. */
  beds?: number;
}

export interface HotelIndex {
  /** Hotel key → the hotel's name as the Hotels sheet spells it. */
  hotels: Map<string, string>;
  /** `${hotel key}|${room type key}` → the block. */
  blocks: Map<string, RoomBlock>;
  /** Blocks in sheet order. */
  ordered: RoomBlock[];
}

export function blockKey(hotel: string, roomType: string): string {
  return `${placeKey(hotel)}|${placeKey(roomType)}`;
}

const cache = new WeakMap<ParsedTable<HotelFields>, HotelIndex>();

/** The Hotels sheet as keyed maps, built once per parsed workbook. */
export function hotelIndex(sheet: ParsedTable<HotelFields>): HotelIndex {
  const hit = cache.get(sheet);
  if (hit) return hit;
  const hotels = new Map<string, string>();
  const blocks = new Map<string, RoomBlock>();
  const ordered: RoomBlock[] = [];
  for (const row of sheet.records) {
    const hotel = row.fields.hotel?.value;
    if (!hotel || !placeKey(hotel)) continue;
    if (!hotels.has(placeKey(hotel))) hotels.set(placeKey(hotel), hotel);
    const roomType = row.fields.roomType?.value;
    if (!roomType) continue;
    const key = blockKey(hotel, roomType);
    const rooms = row.fields.rooms?.value;
    const beds = row.fields.beds?.value;
    const block = blocks.get(key);
    if (!block) {
      const b: RoomBlock = { row, hotel, roomType, rooms, beds };
      blocks.set(key, b);
      ordered.push(b);
    } else {
      if (rooms !== undefined) block.rooms = (block.rooms ?? 0) + rooms;
      if (block.beds === undefined) block.beds = beds;
    }
  }
  const index = { hotels, blocks, ordered };
  cache.set(sheet, index);
  return index;
}

/** "滨江国际酒店标准间" / "Riverside Hotel, Twin". */
export function blockName(hotel: string, roomType: string): { zh: string; en: string } {
  return { zh: `${hotel}${roomType}`, en: `${hotel}, ${roomType}` };
}
